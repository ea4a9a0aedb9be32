/// Some blogs list the reactions to a post under it as one line per reader: a handle followed by
/// the same few words each time ("quillfeather liked this", "oakbarrel shared this from tidewater
/// and added:"), the added remarks on the lines between. The shape is the evidence, not the words:
/// many short lines whose first token varies while the words after it repeat, a few lines apart.
enum ActivityNoteRun {
    /// `--explain` evidence of such a run.
    static let evidence = "reader activity notes: varied handles before the same repeated words"
    /// Note lines the run needs at least.
    static let minimumNotes = 8
    /// How often the same words must follow a handle on the page.
    static let minimumRepeats = 5
    /// Lines between two notes at most (a reader's added remark sits between them).
    static let maxGap = 4
    /// Longest note line, in whitespace-separated tokens.
    static let maxTokens = 10

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // The words after the handle of every short line that could be a note.
        var keys: [Substring?] = Array(repeating: nil, count: lines.count)
        // Counted first on the bytes of ASCII keys (equal as Strings only when their bytes are),
        // each other key counted as a possible copy of every key: most pages repeat no key five
        // times, and a Substring-keyed Dictionary hashed every short line of the page.
        var asciiCounts = LineKeyCounts(lines: lines.count)
        var mostRepeats = 0
        var otherKeys = 0
        for i in lines.indices {
            guard let key = noteKey(lines[i]) else { continue }
            keys[i] = key
            if let h = asciiHash(key) { mostRepeats = max(mostRepeats, asciiCounts.add(h)) } else { otherKeys += 1 }
        }
        guard mostRepeats + otherKeys >= minimumRepeats else { return }
        var counts: [Substring: Int] = Dictionary(minimumCapacity: lines.count)
        for case let key? in keys { counts[key, default: 0] += 1 }
        guard counts.values.contains(where: { $0 >= minimumRepeats }) else { return }
        var run: [Int] = []
        for i in lines.indices {
            guard let key = keys[i], counts[key, default: 0] >= minimumRepeats else { continue }
            if let last = run.last, i - last > maxGap + 1 {
                markRun(run, lines, &evidence)
                run = []
            }
            run.append(i)
        }
        markRun(run, lines, &evidence)
    }

    private static func markRun(_ run: [Int], _ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        guard run.count >= minimumNotes else { return }
        // The handles vary: a label repeated down a list ("Posted in ...") is not a reader.
        let actors = Set(run.map { handle(lines[$0].text) })
        guard actors.count * 5 >= run.count * 3 else { return }
        // A last note that introduces a remark ("... and added:") takes the remark's lines with it.
        var end = run[run.count - 1]
        if lines[end].text.utf8.last == 58 {
            while end + 1 < lines.count, end - run[run.count - 1] < maxGap, lines[end + 1].wordCount >= 1,
                  evidence[end + 1].isCleanOrFragment || evidence[end + 1].noise == .related { end += 1 }
        }
        for i in run[0]...end where evidence[i].noise == nil || evidence[i].noise == .repeated || evidence[i].noise == .fragment
            || evidence[i].noise == .related || evidence[i].noise == .feed {
            evidence[i].noise = .comments
            evidence[i].noiseSource = .rule("comment thread (\(run.count) notes: \(Self.evidence))")
            evidence[i].isCaption = false
        }
    }

    /// `WordHashTable.hash` of the key's bytes when they are all ASCII, nil otherwise.
    private static func asciiHash(_ key: Substring) -> UInt64? {
        let hash = { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64? in
            var h = WordHashTable<Int>.hashSeed
            for b in bytes {
                if b >= 0x80 { return nil }
                h = WordHashTable<Int>.hashStep(h, b)
            }
            return WordHashTable<Int>.hashFinal(h)
        }
        return key.utf8.withContiguousStorageIfAvailable(hash) ?? Array(key.utf8).withUnsafeBufferPointer(hash)
    }

    /// The first whitespace-separated token: the reader's handle.
    static func handle(_ text: Substring) -> Substring {
        text.split(maxSplits: 1, omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" }).first ?? text
    }

    /// The two tokens after the handle, when the line is short, holds a single-token handle and is
    /// no sentence: the repeated part of a note. Read in place, without splitting the line, since
    /// every short line of every page passes here.
    static func noteKey(_ line: TextLine) -> Substring? {
        guard line.wordCount >= 2, line.wordCount <= 16, !line.endsSentence else { return nil }
        // A table row copied one cell a line leads with its first cell, not a reader's handle: a
        // column that repeats down the table ("Self explanatory") is data.
        guard !TabCellRowJoiner.isCellRow(line) else { return nil }
        let text = line.text
        // A handle opens with a letter or "@"; version numbers, counts and bullets do not.
        guard let lead = text.utf8.first, opensHandle(lead) ?? text.unicodeScalars.first!.properties.isAlphabetic else { return nil }
        // The token walk runs on the contiguous bytes with integer offsets: stepping through
        // `Substring.UTF8View` indices cost about 1,000 instructions a line.
        let bytes = text.utf8
        guard let span = bytes.withContiguousStorageIfAvailable(digitlessKeySpan) ?? Array(bytes).withUnsafeBufferPointer(digitlessKeySpan)
        else { return nil }
        let keyStart = bytes.index(bytes.startIndex, offsetBy: span.start)
        let keyEnd = span.end.map { bytes.index(bytes.startIndex, offsetBy: $0) } ?? text.endIndex
        return text[keyStart..<keyEnd]
    }

    /// Whether a line whose first byte is `lead` opens with a letter or "@", read on the byte when
    /// it is ASCII (the Alphabetic scalars of ASCII are A-Z and a-z: `ActivityNoteRunTests` checks
    /// all 128); nil for a non-ASCII lead, whose scalar's properties decide.
    @inline(__always)
    static func opensHandle(_ lead: UInt8) -> Bool? {
        guard lead < 0x80 else { return nil }
        return (lead | 0x20) &- 97 < 26 || lead == UInt8(ascii: "@")
    }

    /// `keySpan`, nil too when the key holds a digit: the repeated words hold none, since a date or
    /// figure repeated down a table is a column. Read on the same bytes, not the key's Substring again.
    private static func digitlessKeySpan(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int?)? {
        guard let span = keySpan(bytes) else { return nil }
        for k in span.start..<(span.end ?? bytes.count) where bytes[k] &- 48 < 10 { return nil }
        return span
    }

    /// The byte offsets of the second token's start and of the space or tab ending the third token
    /// (nil: the key runs to the line's end); nil when the line has over `maxTokens` tokens or fewer than 2.
    private static func keySpan(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int?)? {
        var tokens = 0
        var inToken = false
        var keyStart: Int?
        var keyEnd: Int?
        for i in 0..<bytes.count {
            let byte = bytes[i]
            if byte == 32 || byte == 9 {
                if inToken, tokens == 3 { keyEnd = i }
                inToken = false
            } else if !inToken {
                inToken = true
                tokens += 1
                if tokens > maxTokens { return nil }
                if tokens == 2 { keyStart = i }
            }
        }
        guard let keyStart, tokens >= 2 else { return nil }
        return (keyStart, keyEnd)
    }
}
