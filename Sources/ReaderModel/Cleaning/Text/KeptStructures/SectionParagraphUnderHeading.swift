/// A short line glued above a long paragraph inside the body is the section's sub-heading and the
/// section's text, not a teaser's headline and summary: a teaser's summary is a sentence or two
/// (a dek, under about 35 words on the dev pages of every set), while a paragraph of 40 words or
/// more is the article's own prose. Word units count unspaced scripts by their letters
/// (`ScriptProfile`), so the length holds for CJK and Thai as for spaced scripts.
enum SectionParagraphUnderHeading {
    static let evidence = "not a teaser: the line glued under the short line is a full paragraph, longer than a teaser's summary"
    /// The fewest words of a paragraph that no teaser summary reaches.
    static let minimumParagraphWords = 40

    /// Line `summary` is long enough to be a paragraph of the article rather than a teaser's summary.
    static func isParagraph(_ summary: TextLine) -> Bool {
        summary.wordCount >= minimumParagraphWords
    }
}
