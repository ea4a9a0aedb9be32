/// The headline of a page laid out before heading tags were in use (`<center><font size=5><b>`
/// in a table cell): before any article prose, a block whose letters are the page title's is
/// the headline whatever its tag, the short lines above it are the page's head (section, date
/// row) and a byline line right under it is the byline.
enum UntaggedHeadline {
    static let evidence = "matches the page title before any prose of the article: a headline set without a heading tag"
    static let headEvidence = "short line above the headline set without a heading tag: the page's head, no prose"
    static let bylineEvidence = "right under the headline set without a heading tag and reads as a byline"
    /// Candidates above the headline that may still be the page's head; more are a list page.
    static let maximumHeadLines = 6
    /// A line of prose is longer than this (in bytes); the head's lines are shorter.
    static let maximumHeadBytes = 100

    /// The body candidates so far (their lengths) leave room for a headline below them.
    static func mayFollow(_ lengths: some Collection<Int>) -> Bool {
        lengths.count <= maximumHeadLines && lengths.allSatisfy { $0 < maximumHeadBytes }
    }

    /// A short line under the headline that names the writer ("By Name Staff Writer"), no sentence.
    static func isByline(_ text: String, length: Int) -> Bool {
        length < maximumHeadBytes && MetadataPatterns.byline(in: text) != nil && !LinkedSentenceRun.isSentence(text)
    }
}
