import ReaderModel

/// Which passage `p` jumps from and where to: pure, so it is tested without a terminal.
enum PassageNavigation {
    /// From the passage `p` last landed on (back to where it came from), else the first repeated passage
    /// on screen or below it, else the first one; nil when the article repeats nothing.
    static func target(report: PassageReport, text: ReaderText, document: Int, scroll: Int, landed: PassageJump?) -> (passage: RepeatedPassage, source: PassageSource)? {
        if let landed, landed.document == document,
           let passage = report.repeated.first(where: { $0.field == landed.field && $0.range.overlaps(landed.range) }),
           let source = passage.sources.first(where: { Int($0.article) == landed.from }) ?? passage.sources.first {
            return (passage, source)
        }
        let below = report.repeated.first { passage in
            (text.line(of: passage.field, offset: passage.range.lowerBound) ?? -1) >= scroll
        }
        guard let passage = below ?? report.repeated.first, let source = passage.sources.first else { return nil }
        return (passage, source)
    }
}
