/// A furniture label of a script without spaces (Chinese, Japanese, Thai) glued to what follows
/// it: "相关阅读邻岛公交时刻表再次调整" is the label "相关阅读" and a teaser headline with no
/// punctuation between, one run of letters to the tokenizer, so neither the whole-line table nor a
/// phrase sees the label. The label must be the first run's start, at least four letters long
/// (shorter ones such as "推荐" or "广告" begin ordinary words), and the line short and not a
/// sentence (a paragraph that opens with "相关报道称…" ends with 。); a "related" label of two or
/// three letters ("推荐") counts only at the head of a run of teasers (`markShortLabelRuns`). A
/// copyright notice glued inside a run ("本网版权所有未经授权不得转载") is found the same way,
/// anywhere in the run.
enum UnspacedLabelPrefix {
    /// The label's reason when `firstWord`, the first word of a line of `wordCount` words, starts
    /// with a label of the table and goes on after it.
    static func reason(firstWord: String, wordCount: Int, endsSentence: Bool) -> NoiseReason? {
        guard !endsSentence, wordCount <= maxWords, let lead = firstWord.utf8.first, lead >= 0xE0 else { return nil }
        let bytes = Array(firstWord.utf8)
        guard bytes.count > minBytes, let candidates = labelsByFirstLetter[firstLetterKey(bytes)] else { return nil }
        for label in candidates where label.bytes.count < bytes.count && bytes.starts(with: label.bytes) {
            return label.reason
        }
        return nil
    }

    /// The reason of a copyright notice glued inside a run ("本网版权所有未经授权不得转载"): the
    /// strong phrases a language counts anywhere in a block, looked for inside each unspaced word
    /// of a short line that is not a sentence.
    static func reason(words: [String], endsSentence: Bool) -> NoiseReason? {
        guard !endsSentence, words.count <= maxWords else { return nil }
        for word in words {
            guard let lead = word.utf8.first, lead >= 0xE0, lead < 0xF0, word.utf8.count > minBytes else { continue }
            let bytes = Array(word.utf8)
            for label in innerLabels where label.bytes.count < bytes.count && bytes.firstRange(of: label.bytes) != nil {
                return label.reason
            }
        }
        return nil
    }

    /// The same judgement on a block's text (the saved-HTML cleaner keeps no words): only a short
    /// text with a letter of a three-byte script is tokenised.
    /// `wordCount` and `endsSentence` as the block's judgement found them: most blocks are longer
    /// than a label and a headline and are not scanned.
    static func reason(leadingTextOf text: String, wordCount: Int, endsSentence: Bool) -> NoiseReason? {
        guard !endsSentence, wordCount <= maxWords, text.utf8.count <= maxTextBytes, text.utf8.contains(where: { $0 >= 0xE0 && $0 < 0xF0 }) else {
            return nil
        }
        let tokens = WordTokenizer.tokens(text)
        guard let first = tokens.words.first else { return nil }
        return reason(firstWord: first, wordCount: tokens.words.count, endsSentence: false)
            ?? reason(words: tokens.words, endsSentence: false)
    }

    /// A "related" label of two or three letters ("推荐", "热读", "排行榜") glued to the first of a
    /// run of teasers: too short to trust on one line ("推荐一款适合全家人的桌游" is a headline that
    /// recommends), so the line must open a run of at least `minTeasersAfterShortLabel` lines that
    /// look like it, each a short unspaced headline that ends no sentence, and the label's rest
    /// must be teaser-sized itself (four letters or more). The teasers after it are the label's
    /// list and go with it.
    static func markShortLabelRuns(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices where evidence[i].noise == nil {
            let line = lines[i]
            guard let first = line.words.first, let lead = first.utf8.first, lead >= 0xE0, lead < 0xF0,
                  isTeaserShaped(line), let reason = shortLabel(startingWithoutSpace: first) else { continue }
            var teasers = 0
            var j = i + 1
            while j < lines.count, teasers < minTeasersAfterShortLabel, isTeaserShaped(lines[j]), evidence[j].noise == nil {
                teasers += 1
                j += 1
            }
            guard teasers >= minTeasersAfterShortLabel else { continue }
            evidence[i].noise = reason
            evidence[i].noiseSource = .rule("a \(reason.rawValue) label of two or three letters glued to the first of a run of teasers")
        }
    }

    /// Teasers that must follow a two- or three-letter label's line.
    static let minTeasersAfterShortLabel = 2

    /// A short headline of a script without spaces: one or a few words, no sentence end, no more
    /// than a line of a teaser list holds.
    private static func isTeaserShaped(_ line: TextLine) -> Bool {
        !line.endsSentence && line.script.isUnspaced && line.words.count <= maxWords && line.wordCount <= 20
    }

    /// The reason of a short label `word` starts with, followed by four letters or more.
    private static func shortLabel(startingWithoutSpace word: String) -> NoiseReason? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 6 + minBytes, let candidates = shortLabelsByFirstLetter[firstLetterKey(bytes)] else { return nil }
        for label in candidates where bytes.count - label.bytes.count >= minBytes && bytes.starts(with: label.bytes) {
            return label.reason
        }
        return nil
    }

    /// Each language's "related" headers of two or three letters of a script without spaces; longest first.
    static let shortLabelsByFirstLetter: [UInt32: [Label]] = {
        var labels: [Label] = []
        for language in ForeignNoiseVocabulary.languages {
            for (reason, lines) in language.exactLines where reason == .related {
                labels += lines.compactMap { Label(unspaced: Substring($0), reason, minBytes: 6) }
                    .filter { $0.bytes.count < UnspacedLabelPrefix.minBytes }
            }
        }
        var table: [UInt32: [Label]] = [:]
        for label in labels.sorted(by: { $0.bytes.count > $1.bytes.count }) {
            table[firstLetterKey(label.bytes), default: []].append(label)
        }
        return table
    }()

    /// Longer blocks are not a label and a headline.
    static let maxTextBytes = 400
    /// A teaser headline after the label is a few words at most; a paragraph is more.
    static let maxWords = 6
    /// Four letters of a three-byte script.
    static let minBytes = 12

    private static func firstLetterKey(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }

    struct Label {
        var bytes: [UInt8]
        var reason: NoiseReason

        /// A label that may be glued: `text` is one word of a script without spaces, of `minBytes`
        /// UTF-8 bytes or more (four letters; two for the short labels that need a run of teasers).
        init?(unspaced text: Substring, _ reason: NoiseReason, minBytes: Int = UnspacedLabelPrefix.minBytes) {
            let words = WordTokenizer.tokens(text).words
            guard words.count == 1 else { return nil }
            let bytes = Array(words[0].utf8)
            guard bytes.count >= minBytes, bytes[0] >= 0xE0, bytes[0] < 0xF0,
                  ScriptProfile.unspacedKind(lead: bytes[0], second: bytes[1], third: bytes[2]) != nil else { return nil }
            self.bytes = bytes
            self.reason = reason
        }
    }

    /// The labels that may be glued: each language's block-start phrases (`^`) and its "related"
    /// headers, when they are one unspaced word of four letters or more; longest first, so
    /// "相关阅读" never hides a longer label that begins the same way.
    static let labelsByFirstLetter: [UInt32: [Label]] = {
        var labels: [Label] = []
        for language in ForeignNoiseVocabulary.languages {
            for (reason, specs) in language.phrases {
                labels += specs.filter { $0.hasPrefix("^") }.compactMap { Label(unspaced: $0.drop { $0 == "^" || $0 == "!" }, reason) }
            }
            for (reason, lines) in language.exactLines where reason == .related {
                labels += lines.compactMap { Label(unspaced: Substring($0), reason) }
            }
        }
        var table: [UInt32: [Label]] = [:]
        for label in labels.sorted(by: { $0.bytes.count > $1.bytes.count }) {
            table[firstLetterKey(label.bytes), default: []].append(label)
        }
        return table
    }()

    /// The strong phrases counted anywhere in a block ("版权所有", "無断転載"), when they are one
    /// unspaced word of four letters or more.
    static let innerLabels: [Label] = {
        var labels: [Label] = []
        for language in ForeignNoiseVocabulary.languages {
            for (reason, specs) in language.phrases {
                labels += specs.filter { $0.hasPrefix("!") }.compactMap { Label(unspaced: $0.dropFirst(), reason) }
            }
        }
        return labels.sorted { $0.bytes.count > $1.bytes.count }
    }()
}
