/// The final role of one line and the reason when it is dropped.
struct LineDecision: Sendable {
    var role: BlockRole
    var reason: NoiseReason?
    var note: String?
}

/// Decides every line's role from its evidence, its place relative to the body and its neighbours.
enum RoleAssigner {
    static func assign(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, meta: TextMetadata) -> [LineDecision] {
        var decisions: [LineDecision] = []
        decisions.reserveCapacity(lines.count)
        var tailReason: NoiseReason?
        var tailHeavy = false
        for i in lines.indices {
            let ev = evidence[i]
            if i == meta.titleIndex { decisions.append(LineDecision(role: .title, note: "title-like line before the body")); continue }
            if i == meta.standfirstIndex { decisions.append(LineDecision(role: .standfirst, note: "summary after the title")); continue }
            if i == meta.bylineIndex { decisions.append(LineDecision(role: .byline, reason: .metadata)); continue }
            if i == meta.publisherIndex { decisions.append(LineDecision(role: .publisher, reason: .metadata)); continue }
            if i == meta.dateIndex { decisions.append(LineDecision(role: .dateline, reason: .metadata)); continue }
            if i < body.lowerBound {
                if ev.isCaption, ev.noise == nil || ev.noise == .credit {
                    decisions.append(LineDecision(role: .caption, note: "caption or credit"))
                } else {
                    decisions.append(LineDecision(role: .removed, reason: ev.noise ?? .navigation,
                                                  note: ev.noiseSource ?? "before the main text"))
                }
            } else if i < body.upperBound {
                decisions.append(inBody(i, lines, evidence, body: body))
            } else {
                if ev.isHeavyNoise { tailHeavy = true }
                if ev.isCaption, !tailHeavy, ev.noise == nil {
                    decisions.append(LineDecision(role: .caption, note: "caption or credit"))
                    continue
                }
                if let noise = ev.noise, noise != .repeated, noise != .fragment { tailReason = noise }
                let reason = ev.noise ?? tailReason ?? (ev.isHeadlineLike ? .related : .navigation)
                decisions.append(LineDecision(role: .removed, reason: reason, note: ev.noiseSource ?? "after the main text"))
            }
        }
        return decisions
    }

    private static func inBody(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> LineDecision {
        let ev = evidence[i]
        if ev.isCaption, ev.noise == nil { return LineDecision(role: .caption, note: "caption or credit") }
        if let noise = ev.noise { return LineDecision(role: .removed, reason: noise, note: ev.noiseSource) }
        if ev.isMetadata, ev.shape != .good {
            return LineDecision(role: .removed, reason: .metadata, note: "date, byline or source inside the body")
        }
        if ev.shape != .short { return LineDecision(role: .body) }
        // Short lines take the class of their neighbours: a sub-heading leads into prose.
        let next = ((i + 1)..<body.upperBound).first(where: { evidence[$0].noise == nil && !evidence[$0].isCaption })
        let previous = (body.lowerBound..<i).last(where: { evidence[$0].noise == nil && !evidence[$0].isCaption })
        if let next, evidence[next].shape != .short, previous != nil, lines[i].wordCount >= 2 || lines[i].text.count >= 4 {
            return LineDecision(role: .body, note: "short line between paragraphs")
        }
        return LineDecision(role: .removed, reason: .fragment, note: "short line not leading into prose")
    }
}
