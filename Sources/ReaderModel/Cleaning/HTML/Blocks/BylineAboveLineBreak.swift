/// A byline box of a table-laid page sets the writer's name and, after a `<br>`, the writer's role
/// or outlet ("By Jo Example<br>Herald Staff Writer"). Read as one line, the capitalised role words
/// run on after the name as more of it. When the line above the break reads as a byline whose name
/// the whole box's reading only lengthens, the name ends at the break.
enum BylineAboveLineBreak {
    static let evidence = "; the name ends at the box's line break (the line under it names the writer's role or outlet)"
    /// Elements walked at most: a byline box is small, a layout cell holding the article is not read.
    private static let maximumNodes = 300

    /// The line of `node` that opens `line` (the block's text) and ends at a `<br>` with more of
    /// `line` after it, when that line reads as a byline whose name the whole line's reading only
    /// lengthens; nil otherwise.
    static func head(of node: Int, line: String, in document: HTMLDocument) -> String? {
        let nodes = document.nodes
        let end = nodes.subtreeEnd(node)
        // A box with no break inside has no name above one: most boxes are turned away before the byline is read.
        guard end - node <= maximumNodes,
              ((node + 1)..<end).contains(where: { !nodes[$0].kind.isDisjoint(with: [.block, .lineBreak]) }),
              let whole = MetadataPatterns.byline(in: line), whole.utf8.contains(0x20) else { return nil }
        // The element's text cut at each line break and block element.
        var segments: [String] = [""]
        for i in (node + 1)..<end {
            if nodes[i].isText { segments[segments.count - 1] += document.text(of: i) }
            else if !nodes[i].kind.isDisjoint(with: [.block, .lineBreak]) { segments.append("") }
        }
        let lines = segments.map { WhitespaceNormalizer.normalize($0) }.filter { !$0.isEmpty }
        for k in lines.indices.dropLast() where line.hasPrefix(lines[k] + " ") {
            guard line.dropFirst(lines[k].count + 1).hasPrefix(lines[k + 1]) else { continue }
            guard let name = MetadataPatterns.byline(in: lines[k]), whole.hasPrefix(name + " ") else { return nil }
            return lines[k]
        }
        return nil
    }
}
