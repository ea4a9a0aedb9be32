/// A comment-named element that holds most of the page's prose is either a mislabelled wrapper
/// around the article or a long thread under a short post (a video page, a link round-up). A thread
/// is made of units the template names for comments too (each comment's body, author, reply link);
/// a wrapper around an article holds no such run. So the element keeps its furniture mark when
/// several elements inside it are named for comments as well.
enum CommentThreadUnits {
    /// Whether at least `minimumUnits` elements below `element` have class or id words naming comments.
    /// Scans the element's subtree only: asked for the rare element that holds most of the page's prose.
    static func holdsThread(_ element: Int, nodes: [HTMLNode], words: [BoilerplateWords]) -> Bool {
        let end = nodes.subtreeEnd(element)
        var units = 0
        var k = element + 1
        while k < end {
            if words[k].noise == .comments {
                units += 1
                if units >= minimumUnits { return true }
            }
            k += 1
        }
        return false
    }

    private static let minimumUnits = 3
}
