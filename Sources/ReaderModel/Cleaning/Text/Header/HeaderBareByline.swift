/// A byline under the headline that neither a known label nor capitals mark: Irish "Le" before a
/// name (`IrishBylineLabel`), or a name alone in a script without capitals (`UncasedBareName`),
/// read only with the date line right beside it, where a header sets the writer.
enum HeaderBareByline {
    /// The name on line `i` and the evidence that took it, or nil.
    static func find(at i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> (name: String, note: String)? {
        let ev = evidence[i]
        guard ev.noise == nil, !ev.isCaption, ev.dateISO == nil, let lead = lines[i].text.utf8.first else { return nil }
        let next = i + 1 < lines.count ? lines[i + 1].text : nil
        if lead | 0x20 == 0x6C, let name = IrishBylineLabel.name(in: lines[i].text, next: next) {
            return (name, IrishBylineLabel.evidence)
        }
        guard lead >= 0x80, lines[i].stopwordCount == 0, !lines[i].endsSentence || lines[i].text.last == "།" else { return nil }
        let besideDate = (i + 1 < lines.count && evidence[i + 1].dateISO != nil) || (i > 0 && evidence[i - 1].dateISO != nil)
        guard besideDate, let name = UncasedBareName.name(lines[i].text) else { return nil }
        return (name, UncasedBareName.evidence)
    }
}
