/// A comment-named element that holds most of the page's prose is either a mislabelled wrapper
/// around the article or a long thread under a short post (a video page, a link round-up). A thread
/// is made of units the template names for comments too (each comment's body, author, reply link),
/// starting near its top; a wrapper around an article holds no such run, or only after the article's
/// text (its own comment list). So the element keeps its furniture mark when several elements inside
/// it are named for comments as well and the first of them comes before most of its text.
enum CommentThreadUnits {
    /// Whether at least `minimumUnits` elements below `element` have class or id words naming comments,
    /// the first of them before three quarters of the element's text. Scans the element's subtree:
    /// asked only for the rare element that holds most of the page's prose.
    static func holdsThread(_ element: Int, nodes: [HTMLNode], words: [BoilerplateWords]) -> Bool {
        let end = nodes.subtreeEnd(element)
        var units = 0
        var textBefore = -1
        var text = 0
        var k = element + 1
        while k < end {
            if nodes[k].isText {
                text += nodes[k].textCount
            } else if words[k].noise == .comments {
                units += 1
                if textBefore < 0 { textBefore = text }
            }
            k += 1
        }
        return units >= minimumUnits && textBefore * 4 < text * 3
    }

    private static let minimumUnits = 3
}
