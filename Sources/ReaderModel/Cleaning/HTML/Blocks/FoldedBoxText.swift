/// The text of a `LabelledBox` after a story that stands on its own: a press release, a transcript
/// or a spec sheet the page folds behind a short toggle label ("Show full text"). The box won the
/// scoring by its length alone and was lifted so the story's paragraphs before it join; those
/// paragraphs are the article, the folded text is the source's, shown only on a click.
enum FoldedBoxText {
    /// For each body candidate (node and length, in page order), whether it is the box's text (its
    /// label included). All false when the story kept before the box is shorter than
    /// `minimumStoryBytes`: then the box may be the rest of the story folded after its opening.
    static func inBox(_ candidates: [(node: Int, length: Int)], box: Int, nodes: [HTMLNode]) -> [Bool] {
        guard box > 0 else { return [] }
        let end = nodes.subtreeEnd(box)
        let inside = candidates.map { $0.node >= box && $0.node < end }
        guard let first = inside.firstIndex(of: true) else { return [] }
        let storyBefore = candidates[..<first].reduce(0) { $0 + $1.length }
        return storyBefore >= minimumStoryBytes ? inside : []
    }

    /// Two or three paragraphs: a story of its own, not the lead-in of a longer text folded after it.
    static let minimumStoryBytes = 400
}
