/// A run of text the reader would see as one paragraph, cut from the page at block elements, `<br><br>` and a `<br>` between separately styled lines (`StyledLineBreak`).
struct TextBlock: Sendable {
    /// Whitespace-normalised text.
    var text: String
    /// The block element whose text this is (a `p`, or a `div` holding bare text).
    var node: Int
    /// UTF-8 length of `text`, and how much of it sits inside links.
    var length: Int
    var linkLength: Int
    /// The inline element (a `span`, an `a`) below `node` that holds all of the block's text, or -1:
    /// a `<span class="date">` run between two block elements is a line of its own, and its class
    /// words describe the line as much as a `p`'s would.
    var inlineWrapper: Int = -1
    /// Bytes of the links that end the block, after its last unlinked text (0: it ends unlinked).
    var trailingLinkLength: Int = 0
    /// A line of a stanza cut at its `<br>` (`VerseLineBreaks`).
    var isVerseLine = false
    /// A "Label: value" line of a record cut at its `<br>` (`FieldLineBreaks`).
    var isFieldLine = false
    /// The first and last text nodes with ink in the block (-1: not known), for rules that read
    /// which of its runs are linked (`DatedLinkList`).
    var firstText: Int = -1
    var lastText: Int = -1

    var linkDensity: Double { length > 0 ? Double(linkLength) / Double(length) : 0 }
}
