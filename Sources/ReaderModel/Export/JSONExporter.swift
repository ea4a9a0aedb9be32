/// The `lede clean --format json` object on one line: keys always present, in a fixed order, null where unknown;
/// `title_derived` and `derived_title` follow `title` only when the page has no headline.
public enum JSONExporter {
    // The object is written as UTF-8 bytes into one buffer, each string escaped straight into it:
    // building a String per field and per removed block, then joining them, made the export cost
    // a fifth of `lede clean --format json` on a folder of text pages (every removed block is output).
    public static func render(_ document: Document) -> String {
        var out: [UInt8] = []
        render(document, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `render`'s bytes (valid UTF-8), appended to `out`: `lede clean --format json` writes them
    /// as they are, since making a String of them validated every byte again (2% of the command
    /// on a folder of text pages).
    public static func render(_ document: Document, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + estimatedCount(document))
        out.append(UInt8(ascii: "{"))
        key("source", &out, first: true)
        append(document.source, to: &out)
        key("title", &out)
        optional(document.title, &out)
        // A page without a headline: the display title made from its first sentence, marked as derived.
        if let derived = document.derivedTitle {
            key("title_derived", &out)
            literal("true", &out)
            key("derived_title", &out)
            append(derived, to: &out)
        }
        key("byline", &out)
        optional(document.byline, &out)
        key("published", &out)
        optional(document.published, &out)
        key("publisher", &out)
        optional(document.publisher, &out)
        key("standfirst", &out)
        optional(document.standfirst, &out)
        key("paragraphs", &out)
        array(document.paragraphs, &out)
        key("captions", &out)
        array(document.captions, &out)
        key("removed", &out)
        out.append(UInt8(ascii: "["))
        for (k, block) in document.removed.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            literal(#"{"text":"#, &out)
            append(block.text, to: &out)
            literal(#","reason":"#, &out)
            append(block.reason.rawValue, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        literal("]}", &out)
    }

    /// `"name":`, after a comma unless it is the first key.
    private static func key(_ name: StaticString, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(0x22)
        literal(name, &out)
        out.append(0x22)
        out.append(UInt8(ascii: ":"))
    }

    /// The bytes of a literal, copied whole: appending a String literal's `utf8` went through the
    /// generic sequence append, about 170 instructions for a few bytes, twice for every removed block.
    @inline(__always)
    private static func literal(_ text: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        if let value { append(value, to: &out) } else { literal("null", &out) }
    }

    private static func array(_ values: [String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (k, value) in values.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The text's bytes plus a little for quotes, keys and escapes: one allocation for most pages.
    private static func estimatedCount(_ document: Document) -> Int {
        var count = 256 + document.source.utf8.count
        for text in [document.title, document.byline, document.published, document.publisher, document.standfirst, document.derivedTitle] {
            count += (text?.utf8.count ?? 0) + 16
        }
        for text in document.paragraphs { count += text.utf8.count + 3 }
        for text in document.captions { count += text.utf8.count + 3 }
        for block in document.removed { count += block.text.utf8.count + block.reason.rawValue.utf8.count + 24 }
        return count + count / 32
    }

    /// A JSON string literal. Control characters are escaped so the object stays on one line;
    /// U+2028/U+2029 too, because JavaScript treats them as line breaks.
    public static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quote(text)`'s bytes, appended to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        if text.utf8.withContiguousStorageIfAvailable({ escape($0, into: &out) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { escape($0, into: &out) }
        }
        out.append(0x22)
    }

    /// Whether a byte may start something to escape: a control, `"`, `\`, DEL, or the lead byte of
    /// a C1 control (C2) or of U+2028/U+2029 (E2). Every other byte is copied as it is.
    @inline(__always)
    private static func mayEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// The bytes of `word` (eight bytes read little-endian) that `mayEscape` may hold, each marked
    /// by its top bit. The lowest marked byte is always one `mayEscape` accepts (a borrow only runs
    /// upward from a byte that matched); bytes above it may be marked falsely.
    @inline(__always)
    private static func mayEscapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & tops }
        let controls = (word &- ones &* 0x20) & ~word & tops
        // C2 and E2 differ in the 0x20 bit alone: one test for both lead bytes.
        return controls | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
            | zeroBytes(word ^ (ones &* 0x7F)) | zeroBytes((word | ones &* 0x20) ^ (ones &* 0xE2))
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // Runs of bytes that need no escape (nearly all of them) are copied whole; they are found
        // eight bytes at a time (byte by byte, the scan was most of the export's cost).
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let mask = mayEscapeMask(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if mask == 0 { index += 8; continue }
                index += mask.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            guard mayEscape(byte) else { index += 1; continue }
            // A C2 or E2 that starts no C1 control and no U+2028/U+2029 stays inside the run.
            if byte == 0xC2, !(index + 1 < count && bytes[index + 1] < 0xA0) { index += 1; continue }
            if byte == 0xE2, !(index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            index += 1
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0xC2:
                // C1 controls (U+0080-U+009F; U+009B is a one-byte CSI) are escaped like C0.
                out += Array("\\u\(hex4(UInt32(bytes[index])))".utf8)
                index += 1
            case 0xE2:
                out += Array((bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)  // U+2028/U+2029
                index += 2
            default: out += Array("\\u\(hex4(UInt32(byte)))".utf8)  // the other C0 controls and DEL
            }
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Escapes the C1 controls (UTF-8 C2 80-C2 9F) a JSON encoder left raw; in JSON they can
    /// only occur inside strings, so escaping them is valid anywhere in the text.
    public static func escapingC1Controls(_ json: String) -> String {
        guard json.utf8.contains(0xC2) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count)
        var iterator = json.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0xC2, let next = iterator.next() else { out.append(byte); continue }
            if next < 0xA0 { out += Array("\\u\(hex4(UInt32(next)))".utf8) } else { out += [byte, next] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
