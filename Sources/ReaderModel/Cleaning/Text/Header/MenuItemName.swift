/// A line of capitalised words set between two short lines in a run of a menu ("Share" / "Report
/// Abuse" / "Next Blog", "Spotify" / "Apple Podcasts" / "iVoox") is one more item of that menu, not a
/// writer's name: no label names it, its neighbours are link-like words, and the run holds a line
/// already known as navigation, sharing or a feed.
enum MenuItemName {
    /// Noise of a menu's items.
    private static let menuNoise: Set<NoiseReason> = [.navigation, .social, .feed]
    /// The most lines looked at on each side for the run's menu line.
    private static let reach = 8

    /// True when line `i`, whose byline reading is `name`, is the line itself (no label), both lines
    /// beside it are short items glued to it (no blank line between, no sentence, no date, no name
    /// of their own), and a line of their run is a menu's.
    static func isMenuItem(_ i: Int, name: String, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard i > 0, i + 1 < lines.count, !lines[i].blankBefore, !lines[i + 1].blankBefore,
              name == String(lines[i].text.trimmingOuterSpace()) else { return false }
        for k in [i - 1, i + 1] {
            guard lines[k].wordCount <= 3, !lines[k].endsSentence, evidence[k].dateISO == nil, evidence[k].byline == nil,
                  !evidence[k].isCaption else { return false }
        }
        var start = i
        while start > max(0, i - reach), !lines[start].blankBefore { start -= 1 }
        var end = i + 1
        while end < min(lines.count, i + 1 + reach), !lines[end].blankBefore { end += 1 }
        return (start..<end).contains { k in k != i && evidence[k].noise.map { menuNoise.contains($0) } == true }
    }
}
