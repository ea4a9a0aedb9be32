/// A short post of bare lines (a list, a few notes) under its own header, whose reply form's label
/// follows it at once, with a sidebar blurb right past that label: the blurb outweighs the post and
/// no furniture between label and blurb shows a comment section for `PostBeforeCommentSection`.
/// The header (a headline directly over its date or byline line) and a label that counts nothing
/// ("Leave a reply", not "3 comments", which sits in an article's header over its text) stand in
/// for that section.
enum HeadedPostOverReplyLabel {
    static let evidence = "short post under its headline and date or byline, ending at a reply label right below it"

    /// The line under `headline` is its date or byline line, and the comments label at `label` holds no digit.
    static func holds(headline: Int, label: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let meta = headline + 1
        guard meta < label, HeaderMetadataLine.matches(meta, lines, evidence) else { return false }
        return !lines[label].text.utf8.contains { $0 >= 48 && $0 <= 57 }
    }
}
