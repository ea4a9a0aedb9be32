/// Where the article starts inside the chosen run: under its own header, with the evidence that
/// says so and the lines above it that the evidence names as page chrome.
struct BodyStart: Sendable {
    /// The first line of the article.
    let line: Int
    let evidence: String
    /// Lines above the header that read as navigation chrome (`--explain`); empty when unnamed.
    var chrome: Range<Int> = 0..<0
    /// What the chrome lines are, for their removal's reason.
    var chromeReason: NoiseReason = .navigation
}

/// A kind of header evidence that may move the chosen run's start down to under the article's header.
protocol BodyStartSource: Sendable {
    /// The start this evidence sets inside `run`; nil when it is absent.
    static func start(_ lines: [TextLine], _ evidence: [LineEvidence], run: Range<Int>) -> BodyStart?
}
