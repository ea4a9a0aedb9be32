/// One piece of structural evidence that a run of lines is the article rather than a heavier run
/// elsewhere on the page (a comments header below it, end markers, its own headline and byline),
/// with how much it weighs in the body choice.
struct BodyFeature: Sendable {
    /// How a feature weighs: its run's prose counts `factor` times, or it settles the choice outright.
    enum Weight: Sendable {
        case factor(Double)
        /// The heavier run is proved not to be the article (it holds a comment thread; it is thin).
        case decisive
    }

    /// What the evidence is (`--explain`).
    let evidence: String
    let weight: Weight
    /// What the lines of the heavier run it beats read as, when the evidence says so (comments,
    /// related posts); nil leaves them to the later rules.
    var beatenRunReads: NoiseReason? = nil
    /// The run was weighed by its words because its lines are short by nature (a post of a line or
    /// two): a short last line is the post's own, not a teaser to trim.
    var keepsShortLines = false
}
