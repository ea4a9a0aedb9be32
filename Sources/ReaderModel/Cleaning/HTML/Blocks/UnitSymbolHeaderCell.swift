/// A data table's header cell may be only a unit's symbol ("%" over the share of the vote, "€",
/// "±"): no letters or digits, read alone it is a stray symbol, but it names its column, and
/// dropping it shifts the header row against the figures under it (`DataTableHeaderCell`).
enum UnitSymbolHeaderCell {
    /// A symbol heading is at most this many bytes.
    static let maximumBytes = 8

    /// Short, no letters or digits, some ink.
    static func matches(_ text: String) -> Bool {
        guard text.utf8.count <= maximumBytes, text.utf8.contains(where: { $0 > 0x20 }) else { return false }
        return !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
