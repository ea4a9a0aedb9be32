/// A photo caption inside the article's container, before its last paragraph: the article's own
/// words about its picture, read in place as readability.js reads a figure's caption (readability's
/// and cleanportal's gold keep them, dragnet's about half). Captions after the last paragraph,
/// outside the container, or three or more in a row with no paragraph between them (a gallery
/// beside the story, which the gold mostly drops) stay in `Document.captions`.
enum InlineCaption {
    static let evidence = "caption inside the article's container, before its last paragraph: read in place"

    /// Captions in a row, with no paragraph between them, that make a gallery rather than a figure.
    static let galleryRun = 3

    /// For each caption (its node and how many body candidates came before it), whether it is
    /// read in place among the `bodyCount` candidates.
    static func kept(_ captions: [(node: Int, bodyBefore: Int)], bodyCount: Int, inContent: [Bool]) -> [Bool] {
        var inRow: [Int: Int] = [:]
        for caption in captions { inRow[caption.bodyBefore, default: 0] += 1 }
        return captions.map { caption in
            inContent[caption.node] && caption.bodyBefore < bodyCount && inRow[caption.bodyBefore, default: 0] < galleryRun
        }
    }
}
