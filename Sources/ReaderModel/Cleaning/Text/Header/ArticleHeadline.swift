/// A headline that can head an article or a post: a title-like line of at least three words. Two-word
/// title-like lines are as often a section's label or a name as a headline.
enum ArticleHeadline {
    /// The fewest words of an article's or a post's headline.
    static let minimumWords = 3

    static func matches(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        line.wordCount >= minimumWords && TextMetadataExtractor.isTitleCandidate(line, ev)
    }
}
