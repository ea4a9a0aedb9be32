import ReaderModel

/// Strips what must never reach the terminal: escape sequences, C0/C1 controls, bidi overrides.
enum Sanitizer {
    /// One visible character of the original text with its UTF-8 position there.
    struct Glyph: Equatable, Sendable {
        var text: String
        var width: Int
        /// UTF-8 offset of the character in the original string.
        var offset: Int
        var isSpace: Bool { text == " " }
    }

    /// The text with every unsafe character removed and whitespace runs kept as single spaces.
    static func clean(_ text: String) -> String {
        glyphs(text).map(\.text).joined()
    }

    /// The safe, printable characters of `text`, each with its display width and original offset.
    /// Tabs and newlines become spaces (callers lay out lines themselves).
    static func glyphs(_ text: String) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.utf8.count)
        var escape = EscapeSequence()
        var offset = 0
        for ch in text {
            let length = ch.utf8.count
            defer { offset += length }
            if skipsEscape(ch, &escape) { continue }
            if ch.isNewline || ch == "\t" {
                if out.last?.isSpace != true { out.append(Glyph(text: " ", width: 1, offset: offset)) }
                continue
            }
            let safe = String(String.UnicodeScalarView(ch.unicodeScalars.filter(isSafe)))
            guard !safe.isEmpty else { continue }
            let width = DisplayWidth.of(safe)
            if width == 0 {
                // A lone combining mark or zero-width character attaches to the previous glyph.
                if !out.isEmpty { out[out.count - 1].text += safe }
                continue
            }
            out.append(Glyph(text: safe, width: width, offset: offset))
        }
        return out
    }

    /// The glyphs `glyphs(_:)` gives, as width and whether it is a space only, in order: no string
    /// is made, so a huge text can be measured (the reader counts lines this way).
    static func forEachGlyph(_ text: String, _ body: (_ width: Int, _ isSpace: Bool) -> Void) {
        var escape = EscapeSequence()
        // One glyph is held back: a zero-width character that follows attaches to it (and a
        // space with a mark attached is no longer a space), as in `glyphs`.
        var pending: (width: Int, isSpace: Bool)? = nil
        for ch in text {
            if skipsEscape(ch, &escape) { continue }
            if ch.isNewline || ch == "\t" {
                if pending?.isSpace != true {
                    if let glyph = pending { body(glyph.width, glyph.isSpace) }
                    pending = (1, true)
                }
                continue
            }
            var width = 0, count = 0, onlySpace = true
            for scalar in ch.unicodeScalars where isSafe(scalar) {
                width += DisplayWidth.of(scalar)
                count += 1
                if scalar != " " { onlySpace = false }
            }
            guard count > 0 else { continue }
            if width == 0 {
                pending?.isSpace = false
                continue
            }
            if let glyph = pending { body(glyph.width, glyph.isSpace) }
            pending = (width, count == 1 && onlySpace)
        }
        if let glyph = pending { body(glyph.width, glyph.isSpace) }
    }

    /// Scalars that are printable and cannot move the cursor or change how later text is shown.
    static func isSafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return false          // C0, DEL, C1 (0x9B is a one-byte CSI)
        case 0x202A...0x202E, 0x2066...0x2069: return false  // bidi embeddings/overrides/isolates
        case 0x200E, 0x200F, 0x061C: return false            // direction marks
        case 0x2028, 0x2029: return false                     // line/paragraph separators
        case 0xFFF9...0xFFFB: return false                    // interlinear annotation controls
        // Emoji presentation selector, joiner and skin tones make terminals draw a different
        // width than wcwidth (and so ncurses) counts; without them columns stay aligned.
        case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF: return false
        default:
            if s.properties.generalCategory == .unassigned { return false }
            if s.properties.generalCategory == .privateUse { return false }
            return true
        }
    }

    /// True when `ch` starts or belongs to an escape sequence (followed scalar by scalar by
    /// ReaderModel's `EscapeSequence`, the same rules the document stripper uses).
    private static func skipsEscape(_ ch: Character, _ escape: inout EscapeSequence) -> Bool {
        guard let first = ch.unicodeScalars.first else { return false }
        guard escape.isActive || first == "\u{1B}" || first == "\u{9B}" else { return false }
        return ch.unicodeScalars.allSatisfy { escape.consume($0) || escape.begin($0) }
    }
}
