/// The writer's name set in bold as a paragraph of its own under the article's last paragraph
/// (`<p><strong>Trần Hoàng Nam</strong></p>`, as Vietnamese and Indonesian newsrooms sign a
/// story): a byline, not prose. The text copy drops the same line as a fragment; the HTML side
/// reads it by its markup and shape: the paragraph's only content is one bold element holding two
/// to four capitalised words, with no digit and no punctuation.
enum BoldNameUnderStory {
    static let evidence = "the writer's name in bold, a paragraph of its own under the last paragraph: a byline"

    /// The article's last block, at `node`, is such a name, after a paragraph of prose (`previousLength` bytes).
    static func holds(_ text: String, length: Int, node: Int, previousLength: Int, document: HTMLDocument) -> Bool {
        guard length <= 60, previousLength >= 80 else { return false }
        // Cheap shape first: two to four words, each opening on a capital, nothing but letters.
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return false }
        // The block is the paragraph, or the bold element itself when the segmenter stopped there.
        let tag = document.nodes[node].tag
        let paragraph = tag == "strong" || tag == "b" ? document.nodes[node].parent : node
        guard paragraph >= 0 else { return false }
        var element: Int?
        for child in document.children(of: paragraph) {
            let n = document.nodes[child]
            if n.isText {
                guard n.textCount == 0 || document.text(of: child).allSatisfy(\.isWhitespace) else { return false }
            } else {
                guard element == nil, n.tag == "strong" || n.tag == "b" else { return false }
                element = child
            }
        }
        return element != nil
    }
}
