/// A short name set in bold alone as the article's last paragraph (`<p><strong>Name Surname</strong></p>`):
/// the writer's signature, as news sites in many languages sign a story under its text.
enum ClosingBoldName {
    static let evidence = "a name alone in bold under the article's last paragraph: the writer's signature"
    /// A signature is a name: longer lines in bold are a closing remark or a subheading.
    static let maximumBytes = 60

    /// True when the last of `candidates` (text, length, node) is a `p` holding one `<b>` or
    /// `<strong>` of two to five capitalised words without digits or clause punctuation, under a
    /// paragraph that closes a sentence. Only the last block is read, and its bytes only when short.
    static func isSignature(_ candidates: [(text: String, length: Int, node: Int)], document: HTMLDocument) -> Bool {
        let nodes = document.nodes
        guard candidates.count >= 3, let last = candidates.last, last.length <= maximumBytes,
              nodes[last.node].kind.contains(.paragraph), !nodes[last.node].kind.contains(.heading),
              holdsOneBoldElement(last.node, document: document),
              let end = candidates[candidates.count - 2].text.unicodeScalars.last, ".!?…。।".unicodeScalars.contains(end)
        else { return false }
        let words = last.text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        for word in words {
            guard let first = word.first, first.isUppercase else { return false }
            if word.contains(where: { $0.isNumber || ",:;!?|/@()[]\"“”«»".contains($0) }) { return false }
        }
        return true
    }

    /// The paragraph's only child with text is one bold element (blank text around it aside).
    private static func holdsOneBoldElement(_ node: Int, document: HTMLDocument) -> Bool {
        let nodes = document.nodes
        var child = nodes[node].firstChild
        var bold = -1
        while child >= 0 {
            let tag = nodes[child].tag
            if tag == "b" || tag == "strong" {
                guard bold < 0 else { return false }
                bold = child
            } else if !nodes[child].isText {
                return false
            } else if document.hasInk(child) {
                // Bare text beside the bold name is a sentence it starts, not a signature.
                return false
            }
            child = nodes[child].nextSibling
        }
        return bold >= 0
    }
}
