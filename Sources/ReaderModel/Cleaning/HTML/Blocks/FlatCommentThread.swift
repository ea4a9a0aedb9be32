/// Old blog templates put the comment thread in the post's own container, as plain paragraphs after
/// a heading the page names for comments (`<h2 id="comments">`, `<h2><a id="comments"></a>Comments</h2>`,
/// "trackbacks"): no element wraps the thread, so no class marks its paragraphs as furniture and
/// they read as more of the article. The heading's name says where the article ends.
struct FlatCommentThread {
    /// The nodes after the naming heading, to the end of its parent: the thread.
    private var thread: Range<Int>?
    /// The heading that started the thread, for `--explain`.
    private(set) var heading = ""

    /// Whether `block` (given in page order) is article text inside a thread started by an earlier
    /// heading in the article. A heading starts one when the article already has text (`hasArticleText`) and its own
    /// class or id, or that of an empty anchor inside it, names comments or trackbacks.
    mutating func contains(_ block: TextBlock, document: HTMLDocument, inContent: [Bool], hasArticleText: Bool) -> Bool {
        let node = block.node
        if let thread, thread.contains(node) { return inContent[node] }
        let nodes = document.nodes
        guard hasArticleText, nodes[node].kind.contains(.heading), inContent[node], nodes[node].parent > 0,
              let name = Self.commentName(of: node, document: document) else { return false }
        let parent = nodes[node].parent
        thread = nodes.subtreeEnd(node) ..< nodes.subtreeEnd(parent)
        heading = "<\(nodes[node].tag) \"\(name.prefix(40))\">"
        return false
    }

    /// The class or id naming comments on the heading or on an empty element right inside it.
    private static func commentName(of heading: Int, document: HTMLDocument) -> String? {
        let nodes = document.nodes
        if namesComments(nodes[heading].classAndID) { return nodes[heading].classAndID }
        for child in document.children(of: heading) where !nodes[child].isText && nodes[child].firstChild < 0 {
            if namesComments(nodes[child].classAndID) { return nodes[child].classAndID }
        }
        return nil
    }

    private static func namesComments(_ classAndID: String) -> Bool {
        guard !classAndID.isEmpty else { return false }
        if BoilerplateWords(classAndID).noise == .comments { return true }
        return BoilerplateWords.words(classAndID).contains { word in threadWords.contains { word.hasPrefix($0) } }
    }

    /// Replies from other blogs listed like comments.
    private static let threadWords = ["trackback", "pingback"]
}
