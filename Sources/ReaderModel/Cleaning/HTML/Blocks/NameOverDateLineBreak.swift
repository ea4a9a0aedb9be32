/// A metadata box that sets the writer's bare name on its first line and the date, under its own
/// label, after a `<br>` (`<div class="authordate">שרון כהן<br>פורסם: 12.03.07, 14:25</div>`). Read
/// as one line, the date's label runs on after the name as a third word that no capital tells from
/// it, so the name is read from the box's own line: a bare name in a script without capitals right
/// over (or under) a line holding a date.
enum NameOverDateLineBreak {
    static let evidence = "; the writer's name alone on the box's line beside its date line, parted by a line break"
    /// Elements walked at most: a metadata box is small.
    private static let maximumNodes = 40

    /// The bare name on one of `node`'s lines, next to a line holding a date; nil when the box has no
    /// break, or no such pair of lines.
    static func name(of node: Int, in document: HTMLDocument) -> String? {
        let nodes = document.nodes
        let end = nodes.subtreeEnd(node)
        guard end - node <= maximumNodes,
              ((node + 1)..<end).contains(where: { nodes[$0].kind.contains(.lineBreak) }) else { return nil }
        var segments: [String] = [""]
        for i in (node + 1)..<end {
            if nodes[i].isText { segments[segments.count - 1] += document.text(of: i) }
            else if !nodes[i].kind.isDisjoint(with: [.block, .lineBreak]) { segments.append("") }
        }
        let lines = segments.map { WhitespaceNormalizer.normalize($0) }.filter { !$0.isEmpty }
        guard lines.count >= 2 else { return nil }
        for (k, line) in lines.enumerated() {
            guard let name = UncasedBareName.name(Substring(line)) else { continue }
            let beside = [k - 1, k + 1].filter { lines.indices.contains($0) }
            if beside.contains(where: { BylineDateRow.holdsDigit(lines[$0]) && DateNormalizer.iso(lines[$0]) != nil }) { return name }
        }
        return nil
    }
}
