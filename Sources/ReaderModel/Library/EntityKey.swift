/// How mentions of the same entity are grouped in the index: case- and space-insensitive surface form.
enum EntityKey {
    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
