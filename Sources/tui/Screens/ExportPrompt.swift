import ReaderModel

/// The one-key export format choice shown after `e`.
enum ExportPrompt {
    static let choices: [(key: Character, format: ExportFormat)] = [("m", .markdown), ("t", .text), ("j", .json), ("h", .html)]

    static func format(forKey key: Character) -> ExportFormat? {
        choices.first { $0.key == Character(key.lowercased()) }?.format
    }

    /// The prompt text for the status line.
    static var prompt: String {
        "Export as: " + choices.map { "[\($0.key)] \($0.format.rawValue)" }.joined(separator: "  ") + "   Esc cancels"
    }
}
