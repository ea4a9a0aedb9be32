/// A run of text the reader would see as one paragraph, cut from the page at block elements and `<br><br>`.
struct TextBlock: Sendable {
    /// Whitespace-normalised text.
    var text: String
    /// The block element whose text this is (a `p`, or a `div` holding bare text).
    var node: Int
    /// UTF-8 length of `text`, and how much of it sits inside links.
    var length: Int
    var linkLength: Int

    var linkDensity: Double { length > 0 ? Double(linkLength) / Double(length) : 0 }
}
