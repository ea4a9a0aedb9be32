/// A block that opens with the page's headline and goes on with a byline ("Ferry service to
/// resume By Thomas Whitaker Staff Writer Published March 11, 2003"): a table-laid page sets the
/// two apart with one `<br>`, which joins lines into one block, so the block is the headline
/// and the story's metadata, no paragraph.
enum HeadlineRunIntoByline {
    static let evidence = "opens with the headline and goes on with a byline: headline and byline lines joined by one <br>"

    /// The text after `title` when `text` opens with it, a space between, and that text reads as
    /// a byline; nil otherwise.
    static func byline(after title: String, in text: String) -> String? {
        let titleBytes = title.utf8.count
        guard titleBytes >= 10, text.utf8.count > titleBytes + 4, text.utf8.first == title.utf8.first,
              text.hasPrefix(title) else { return nil }
        let rest = text.dropFirst(title.count)
        guard rest.first == " " else { return nil }
        let byline = String(rest.dropFirst())
        return MetadataPatterns.byline(in: byline) != nil && !LinkedSentenceRun.isSentence(byline) ? byline : nil
    }
}
