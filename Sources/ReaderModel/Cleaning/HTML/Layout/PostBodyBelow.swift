/// Elements with an element named for a post's body below them (`<div class="entry_body">`):
/// such an element wraps a post, whatever its own class says about a date or a writer.
///
/// Blog templates name a post's box for its date or author ("entry_date", "entry_author_<name>"),
/// so a short post without `<p>` paragraphs reads like a byline by its words alone; a byline or
/// dateline holds its line, never the post's body box.
enum PostBodyBelow {
    /// One flag per node: true when some box (`div`, `section`) strictly below it is named for the
    /// body ("entry_body", "post-content") and for nothing else (no metadata, writer or furniture
    /// word) and holds some text outside links: a share widget's "content" pane of buttons inside a
    /// dateline is no post. A link named "post-link" or a note named "post-text" inside a byline is
    /// no body box. `raw` and `linked` are each node's text bytes and linked text bytes below it.
    static func marks(_ nodes: [HTMLNode], words: [BoilerplateWords], raw: [Int], linked: [Int]) -> [Bool] {
        var below = [Bool](repeating: false, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 1, by: -1) {
            let parent = nodes[i].parent
            guard parent >= 0, below[i] || (boxTags.contains(nodes[i].tag) && raw[i] - linked[i] >= minimumUnlinkedText
                && namesBody(words[i])
                && BoilerplateWords.words(nodes[i].classAndID).contains(where: bodyWords.contains)) else { continue }
            below[parent] = true
        }
        return below
    }

    /// Bytes of unlinked text a body box holds at least: a line of a post, more than a button's label.
    private static let minimumUnlinkedText = 20
    private static let boxTags: Set<String> = ["div", "section", "article", "main"]
    /// Words that name the body box itself; "text" or "post" alone also name a note or a link inside a byline.
    private static let bodyWords: Set<String> = ["body", "content", "articlebody", "richtext", "prose"]

    private static func namesBody(_ words: BoilerplateWords) -> Bool {
        words.isPositive && !words.isMetadata && !words.namesAuthor && words.noise == nil
            && !words.isCaption && !words.isStandfirst
    }
}
