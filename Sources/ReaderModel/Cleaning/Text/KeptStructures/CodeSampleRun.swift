/// A tutorial's code sample copies as a run of short lines that end in `{`, `;` or `}`, lines of
/// bare brackets and lines of markup. Each alone is a fragment (and a `});` repeated is "repeated
/// in the page"), yet the run is part of the article when it sits inside the body. Shape only:
/// the punctuation that ends and opens the lines, calls, `snake_case` names, operators and
/// terminal tables, never the words in them (a query's `SELECT` and a loop's `for` alike).
enum CodeSampleRun {
    static let evidence = "code sample (run of code-shaped lines inside the body)"
    /// Code-shaped lines a sample needs: one or two may be a stray parenthesis or a smiley.
    static let minimumCodeLines = 3

    /// Marks the lines of every code sample on the page before the body is chosen: a sample weighs
    /// nothing, so its lines, which recur down a tutorial (`SELECT`, `FROM`, `});`), neither count as
    /// page chrome nor cut the article apart.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Each line is judged once here; the body's reading (`bodyLines`) reads the same answers.
        var count = 0
        // A copy that keeps its indentation sets a figure deeper than its paragraphs (`IndentedFigureBlock`).
        let indent = IndentedFigureBlock.paragraphIndent(lines, evidence)
        for i in lines.indices {
            if isCode(lines[i], shape: evidence[i].shape) {
                evidence[i].isCodeShaped = true
            } else if let indent, evidence[i].shape != .good, IndentedFigureBlock.isFigureLine(lines[i], paragraphIndent: indent) {
                evidence[i].isCodeShaped = true
                evidence[i].isIndentedFigure = true
            } else {
                continue
            }
            count += 1
        }
        // A page with fewer code-shaped lines than a sample needs (a "Comments(3)" link, a `user_name`) has none.
        guard count >= minimumCodeLines else { return }
        let marks = Self.lines(lines, evidence, body: lines.indices)
        guard !marks.isEmpty else { return }
        // A paragraph inside the span keeps its weight as prose.
        for i in lines.indices where marks[i] && evidence[i].shape != .good { evidence[i].isCodeSample = true }
    }

    /// The body's sample lines: those of samples inside it, and those marked on the page before the
    /// body was chosen that still carry no noise but their shape or their repeats.
    static func bodyLines(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> [Bool] {
        var marks = Self.lines(lines, evidence, body: body)
        for i in body where evidence[i].isCodeSample && isSoft(evidence[i]) {
            if marks.isEmpty { marks = [Bool](repeating: false, count: lines.count) }
            marks[i] = true
        }
        return marks
    }

    /// Whether each line of `body` belongs to a code sample; empty when the body holds none. Reads
    /// the code-shaped lines `mark` found.
    static func lines(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> [Bool] {
        // Most pages have no code at all: one cheap look at each body line settles them.
        guard let firstCode = body.first(where: { evidence[$0].isCodeShaped }) else { return [] }
        var code = [Bool](repeating: false, count: lines.count)
        var count = 0
        for i in firstCode..<body.upperBound where evidence[i].isCodeShaped {
            code[i] = true
            count += 1
        }
        guard count >= minimumCodeLines else { return [] }
        var marks = [Bool](repeating: false, count: lines.count)
        var start: Int?
        for i in body.lowerBound...body.upperBound {
            if i < body.upperBound, mayJoin(lines[i], evidence[i], code: code[i]) {
                if start == nil { start = i }
            } else if let first = start {
                markSample(first..<i, lines, evidence, code, &marks)
                start = nil
            }
        }
        return marks
    }

    /// Keeps the span from the run's first to its last code-shaped line when code dominates it.
    private static func markSample(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence], _ isCode: [Bool],
                                   _ marks: inout [Bool]) {
        let code = run.filter { isCode[$0] }
        guard code.count >= minimumCodeLines, var first = code.first, var last = code.last,
              code.count * 2 >= last - first + 1 else { return }
        // Lines glued to the sample with no blank between are its own (a query's bare `SELECT`,
        // a closing `END`): a heading or a paragraph stands apart from a block by a blank line.
        while first > run.lowerBound, !lines[first].blankBefore { first -= 1 }
        while last + 1 < run.upperBound, !lines[last + 1].blankBefore { last += 1 }
        for i in first...last where isSoft(evidence[i]) { marks[i] = true }
    }

    /// A line that may sit inside a sample: not a paragraph of prose (unless code-shaped) and no
    /// furniture named by its words.
    private static func mayJoin(_ line: TextLine, _ ev: LineEvidence, code: Bool) -> Bool {
        if ev.noiseSource == .vocabulary || ev.isCaption { return false }
        return ev.shape == .short || code
    }

    /// A code-shaped line; a paragraph that reads as prose only by how it ends or opens, since
    /// prose names calls and variables too ("the clone() method", "set max_age").
    // The shape alone, not the line's whole evidence: a copy of that retains its every string.
    private static func isCode(_ line: TextLine, shape: LineShape) -> Bool {
        // A paragraph is read by its ends alone, on its first, second and last bytes: most lines of
        // a page are paragraphs, and the contiguous-bytes closure cost more than the three reads.
        shape == .good ? isCodeShapedByEnds(line.text) : isCodeShaped(line.text, byTokens: true)
    }

    /// `isCodeShaped(text, byTokens: false)`: how the line ends and opens, without its tokens.
    static func isCodeShapedByEnds(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        return hasCodeEnds(first: first, second: utf8.dropFirst().first, last: last)
    }

    /// Noise that says only that the line is short, wordless or repeated in the page.
    private static func isSoft(_ ev: LineEvidence) -> Bool {
        guard ev.noise != nil, let source = ev.noiseSource else { return true }
        return source.isSoft
    }

    /// Ends like a statement or block (`{`, `}`, `;`, `(`, `[`), opens like a closing block, a
    /// comment or a tag (`}`, `)`, `//`, `/*`, `<x`, `</`), is markup from `<` to `>`, or holds a
    /// token prose never writes: a shell prompt (`$ ls`), a call glued to its name (`avg(n)`), a `snake_case` name, an
    /// operator (`==`, `+=`, `=>`, ` = `) or a terminal table's box-drawing rule (`│`, `─`).
    static func isCodeShaped(_ text: Substring, byTokens: Bool = true) -> Bool {
        // On the contiguous bytes, ends and tokens alike: this looks at every line of every page,
        // and reading the ends through `Substring.UTF8View` cost about as much as the token pass.
        let judge = { (bytes: UnsafeBufferPointer<UInt8>) in isCodeShaped(bytes: bytes, byTokens: byTokens) }
        return text.utf8.withContiguousStorageIfAvailable(judge) ?? Array(text.utf8).withUnsafeBufferPointer(judge)
    }

    private static func isCodeShaped(bytes: UnsafeBufferPointer<UInt8>, byTokens: Bool) -> Bool {
        let n = bytes.count
        guard n > 0 else { return false }
        let first = bytes[0]
        let second: UInt8? = n > 1 ? bytes[1] : nil
        if hasCodeEnds(first: first, second: second, last: bytes[n - 1]) { return true }
        guard byTokens else { return false }
        // A shell prompt before a command (`$ make install`); a price has its figure glued on.
        if first == UInt8(ascii: "$"), second == UInt8(ascii: " "), n > 2, bytes[2] | 0x20 >= 97 && bytes[2] | 0x20 <= 122 { return true }
        return mayHoldCodeToken(bytes) && holdsCodeToken(bytes)
    }

    /// Ends like a statement or block, or opens like a closing block, a comment or a tag.
    @inline(__always)
    private static func hasCodeEnds(first: UInt8, second: UInt8?, last: UInt8) -> Bool {
        switch last {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: "["): return true
        default: break
        }
        switch first {
        case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"): return true
        case UInt8(ascii: "/"): return second == UInt8(ascii: "/") || second == UInt8(ascii: "*")
        case UInt8(ascii: "<"):
            guard last == UInt8(ascii: ">"), let second else { return false }
            return second == UInt8(ascii: "/") || second == UInt8(ascii: "!") || (second | 0x20 >= 97 && second | 0x20 <= 122)
        default: return false
        }
    }

    /// Whether the bytes hold one of the bytes `holdsCodeToken` can answer true at or after: "(",
    /// "=", "_" (a `snake_case` name answers at the byte after it), or 0x94 / 0x95 (box drawing).
    /// Without any, `holdsCodeToken` is false. Read eight bytes at a time: most lines of prose hold
    /// none, and the token pass spent a dozen instructions on each of their bytes.
    static func mayHoldCodeToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasByte(word, 0x28) || hasByte(word, 0x3D) || hasByte(word, 0x5F)
                    || hasZeroByte((word ^ 0x9494_9494_9494_9494) & 0xFEFE_FEFE_FEFE_FEFE) { return true }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x28 || b == 0x3D || b == 0x5F || b == 0x94 || b == 0x95 { return true }
            i += 1
        }
        return false
    }

    /// Some byte of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// Some byte of `x` is zero: exact for the question "any?" (a false mark can only sit above a
    /// true zero byte, never alone).
    @inline(__always)
    private static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// One pass over the bytes for the tokens of `isCodeShaped`.
    static func holdsCodeToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        // An operator needs an operand before it: `=====` and `-=-=-` are rules drawn in text.
        var operand = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("):
                // `name(` with the name glued on: prose leaves a space before its brackets.
                if isNameByte(previous), previous != UInt8(ascii: "_") { return true }
            case UInt8(ascii: "="):
                // `==`, `!=`, `+=`, `-=`, `:=`, and ` = ` between spaced operands.
                guard operand else { break }
                switch previous {
                case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: ":"),
                     UInt8(ascii: "*"), UInt8(ascii: "|"), UInt8(ascii: "&"): return true
                case UInt8(ascii: " ") where beforePrevious != 0 && beforePrevious != UInt8(ascii: " "): return true
                default: break
                }
            case 0x94:
                // U+2500...U+257F (box drawing) is E2 94 xx or E2 95 xx: `psql`, `tree` and `ls` output.
                if previous == 0xE2 { return true }
            case 0x95:
                if previous == 0xE2 { return true }
            default:
                if isAlphanumeric(byte) { operand = true }
                // A `snake_case` name: letters or digits on both sides of the underscore.
                if isNameByte(byte), byte != UInt8(ascii: "_"), previous == UInt8(ascii: "_"), isAlphanumeric(beforePrevious) {
                    return true
                }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }
}
