/// The header block of a MIME message or body part (RFC 5322 / RFC 2045): unfolded fields,
/// looked up by case-insensitive name, and a field's `; name=value` parameters.
struct MIMEHeaders: Sendable {
    /// Fields in order, names lower-cased.
    private(set) var fields: [(name: String, value: String)] = []

    /// Longest header block read: real ones are a few hundred bytes, and a file with no empty
    /// line must not be turned into header strings whole.
    static let maxHeaderBytes = 65_536

    /// Parses `bytes[start..<end]` up to the first empty line; `bodyStart` is where the body begins
    /// (`end` when there is no empty line, as in a part cut short, or the block is over `maxHeaderBytes`).
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int? = nil) -> (headers: MIMEHeaders, bodyStart: Int) {
        var headers = MIMEHeaders()
        var lines: [String] = []
        var i = start
        let limit = end ?? bytes.count
        var bodyStart = limit
        while i < limit, i - start < maxHeaderBytes {
            var newline = i
            while newline < limit, bytes[newline] != 0x0A { newline += 1 }
            var lineEnd = newline
            if lineEnd > i, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = min(newline + 1, limit)
            if lineEnd == i { bodyStart = next; break }
            // Header fields are ASCII; anything else is kept as Latin-1 so no byte is lost or traps.
            let line = String(bytes[i..<lineEnd].map { Character(Unicode.Scalar($0)) })
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += " " + line.drop { $0 == " " || $0 == "\t" }
            } else {
                lines.append(line)
            }
            i = next
        }
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingASCIISpaces().lowercased()
            headers.fields.append((name, String(line[line.index(after: colon)...].trimmingASCIISpaces())))
        }
        return (headers, bodyStart)
    }

    /// The first field called `name` (lower-case).
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The value before the first `;`, lower-cased ("text/html" of `text/html; charset=utf-8`).
    static func mainValue(_ value: String) -> String {
        String(value.prefix { $0 != ";" }).trimmingASCIISpaces().lowercased()
    }

    /// The `; name=value` parameters of a field, names lower-cased, quotes removed.
    static func parameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in value {
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted { pieces.append(current); current = "" } else { current.append(character) }
        }
        pieces.append(current)
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingASCIISpaces().lowercased()
            var value = piece[piece.index(after: equals)...].trimmingASCIISpaces()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            if result[name] == nil { result[name] = value }
        }
        return result
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (header values are ASCII).
    fileprivate func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
