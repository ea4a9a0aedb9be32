/// A breadcrumb trail ("Site > News > 2025 > Headline") ends in the page's headline; when the
/// scores choose the trail, the headline is its last step: the line of its own that repeats it, or
/// else the last step cut from the trail.
enum BreadcrumbTitle {
    /// Separators of breadcrumb steps.
    static let separators = [" > ", " › ", " » ", " / "]

    /// The last step of a trail of three steps or more, when it reads as a headline (three words or more).
    static func lastStep(_ text: Substring) -> Substring? {
        // ">" and "/" in ASCII, "›" and "»" after a 0xC2 or 0xE2 lead byte: most lines hold none.
        guard text.utf8.contains(where: { $0 == 62 || $0 == 47 || $0 == 0xBB || $0 == 0xBA }) else { return nil }
        for separator in separators {
            let steps = text.split(separator: separator, omittingEmptySubsequences: true)
            guard steps.count >= 3, let last = steps.last else { continue }
            let step = last.trimmingOuterSpace()
            return step.split(separator: " ").count >= 3 ? step : nil
        }
        return nil
    }

    /// The scored line that repeats the chosen trail's last step on its own; nil when the chosen line is no trail.
    static func replacement(for chosen: HeadlineFinder.Candidate, among scored: [HeadlineFinder.Candidate],
                            _ lines: [TextLine]) -> HeadlineFinder.Candidate? {
        guard let step = lastStep(lines[chosen.index].text) else { return nil }
        guard var own = scored.first(where: { $0.index != chosen.index && lines[$0.index].text == step }) else { return nil }
        own.reason = "headline: the last step of the breadcrumb trail above it, on a line of its own"
        return own
    }
}
