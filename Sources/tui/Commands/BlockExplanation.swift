import ReaderModel

/// The `lede clean --explain` listing: one line per block, label and reason in aligned columns,
/// the evidence on an indented line below.
enum BlockExplanation {
    static func render(_ document: Document) -> String {
        var lines = ["== \(PrintableText.escaped(document.source))"]
        // A page read only in part says so first: what follows is not the whole of it.
        lines += document.limits.map { "note: not read whole: \($0.description)" }
        let labelWidth = document.blocks.map { label($0).count }.max() ?? 0
        for block in document.blocks {
            let text = block.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let label = label(block)
            lines.append(label + String(repeating: " ", count: labelWidth - label.count) + "  " + text)
            if let evidence = block.evidence, !evidence.isEmpty {
                lines.append(String(repeating: " ", count: labelWidth) + "  └ " + evidence)
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// "body", "caption", "removed:newsletter".
    static func label(_ block: ExplainedBlock) -> String {
        block.reason.map { "\(block.role.rawValue):\($0.rawValue)" } ?? block.role.rawValue
    }
}
