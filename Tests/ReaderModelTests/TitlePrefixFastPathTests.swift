import Testing
@testable import ReaderModel

/// The byte readings of `MetadataPatterns.cleanTitle` (an ASCII head's prefixes, the leading
/// ASCII bytes of any other head, the last separator) and `CodeSampleRun`'s paragraph ends give the answers of the readings they replace.
@Suite struct TitlePrefixFastPathTests {
    /// The title cleaner as it read before: `lowercased()` and `String.hasPrefix` on every head,
    /// the separator found by walking `Substring.UTF8View` back.
    static func formerCleanTitle(_ title: String) -> String {
        var text = Substring(title).trimmingOuterSpace()
        var changed = MetadataPatterns.titlePrefixFirstWords.contains(WordTokenizer.tokens(text.prefix(16)).words.first ?? "")
        while changed {
            changed = false
            let lowerHead = text.prefix(24).lowercased()
            let length = text.utf8.count
            for prefix in MetadataPatterns.titlePrefixes {
                guard length > prefix.utf8.count + 3, lowerHead.hasPrefix(prefix) else { continue }
                let rest = text.dropFirst(prefix.count)
                let afterSpace = rest.drop(while: { $0 == " " })
                guard let mark = afterSpace.first, [":", "|", "-", "–", "—"].contains(mark) else { continue }
                text = afterSpace.dropFirst().trimmingOuterSpace()
                changed = true
            }
        }
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            guard let range = formerLastRange(of: separator, in: text) else { continue }
            let head = text[..<range.lowerBound]
            let tail = text[range.upperBound...]
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            let tailLooksLikeName = tail.first?.isUppercase == true && !tail.contains(where: { ".?!".contains($0) })
            if tailWords <= (separator == " | " ? 6 : 3), headWords >= 4, tailLooksLikeName,
               separator == " | " || tail.split(separator: " ").count(where: { $0.first?.isLowercase == true }) < 2 {
                text = head.trimmingOuterSpace()
                break
            }
        }
        return String(text)
    }

    static func formerLastRange(of separator: String, in text: Substring) -> Range<Substring.Index>? {
        let needle = Array(separator.utf8)
        let utf8 = text.utf8
        guard utf8.count >= needle.count, let firstByte = needle.first else { return nil }
        var i = utf8.index(utf8.endIndex, offsetBy: -needle.count)
        while true {
            if utf8[i] == firstByte {
                var j = i
                var k = 0
                while k < needle.count, utf8[j] == needle[k] { j = utf8.index(after: j); k += 1 }
                if k == needle.count { return i..<j }
            }
            if i == utf8.startIndex { return nil }
            i = utf8.index(before: i)
        }
    }

    /// Pieces of invented titles: prefix words in every case, their marks, separators, and the
    /// characters that make a head non-ASCII or join a mark to the letter before it.
    static let pieces: [String] = MetadataPatterns.titlePrefixes + MetadataPatterns.titlePrefixes.map { $0.uppercased() } + [
        "Live", "Breaking News", "Updated", "Watch", ":", " : ", "|", " | ", "-", " - ", "–", " – ", "—", " — ", " :: ",
        " ", "  ", "\r\n", "\r", "\n", "\t", "\u{301}", "\u{200D}", "\u{903}", "é", "İ", "\u{212A}", "ß", "Σ", "ς", "日本",
        "Harbour", "Council", "votes", "on", "the", "new", "ferry", "timetable", "Daily", "Tidings", "Q.", "why?", "x",
        "\u{A0}", "\u{1F600}", "Ünter", "a", "b", "k", "BREA", "ING", "in", "pictures", "\u{0}",
    ]

    /// Random titles built from `pieces`, and every piece glued after every prefix: the cleaner
    /// gives the former answer on each.
    @Test func cleanTitleMatchesFormerReading() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var titles: [String] = []
        for prefix in MetadataPatterns.titlePrefixes + MetadataPatterns.titlePrefixes.map({ $0.capitalized }) {
            for piece in Self.pieces {
                titles.append(prefix + piece + ": Harbour council votes on the ferry timetable")
                titles.append(prefix + ": " + piece + " council votes on ferry | Daily Tidings")
            }
        }
        for round in 0..<30000 {
            let count = 1 + round % 14
            titles.append((0..<count).map { _ in Self.pieces[next() % Self.pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " "))
        }
        for title in titles {
            #expect(MetadataPatterns.cleanTitle(title) == Self.formerCleanTitle(title), "\(Array(title.unicodeScalars))")
        }
    }

    /// Heads outside ASCII within their first 25 bytes, settled on their leading ASCII bytes where
    /// those decide (`MetadataPatterns.asciiLeadAnswer`): a character outside ASCII, a mark, a
    /// Kelvin sign or a carriage return set at every place in and around each prefix, in every
    /// case, give the former answer.
    @Test func nonASCIIHeadsMatchFormerReading() {
        let inserts = ["é", "\u{301}", "\u{200D}", "\u{903}", "\u{212A}", "İ", "ß", "Σ", "日本", "\u{A0}", "\r", "\r\n",
                       "\u{1F600}", "Ü", "k", " ", "–"]
        var titles: [String] = []
        for base in MetadataPatterns.titlePrefixes {
            for prefix in [base, base.uppercased(), base.capitalized] {
                let characters = Array(prefix)
                for cut in 0...characters.count {
                    for insert in inserts {
                        let head = String(characters[..<cut]) + insert + String(characters[cut...])
                        titles.append(head + ": Harbour council votes on the ferry timetable")
                        titles.append(head + " – Harbour council votes | Daily Tidings")
                        titles.append(prefix + ": " + insert + " council votes on ferry")
                        titles.append(prefix + " \(insert): council votes")
                    }
                }
            }
        }
        for title in titles {
            #expect(MetadataPatterns.cleanTitle(title) == Self.formerCleanTitle(title), "\(Array(title.unicodeScalars))")
        }
    }

    /// The byte search finds the separator the index walk found, at the same offsets.
    @Test func lastRangeMatchesFormerWalk() {
        let texts = ["", " ", " | ", "a | b | c", "é – ü – x", "x :: y", "a - ", " - a", "日本 — 語", "a\r\n| b", "ab"]
        for text in texts {
            let whole = "z" + text + "z"
            for sub in [Substring(text), whole.dropFirst().dropLast()] {
                for separator in [" | ", " – ", " — ", " - ", " :: "] {
                    let new = MetadataPatterns.lastRange(of: separator, in: sub)
                    let old = Self.formerLastRange(of: separator, in: sub)
                    #expect(new == old, "\(text) \(separator)")
                    if let new, let old { #expect(sub[..<new.lowerBound] == sub[..<old.lowerBound] && sub[new.upperBound...] == sub[old.upperBound...]) }
                }
            }
        }
    }

    /// A paragraph's reading by its ends answers as the byte reading without tokens, on random lines.
    @Test func codeEndsMatchByteReading() {
        let alphabet = Array("{};([])/*<>!$ aZ9=_é".unicodeScalars)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for round in 0..<20000 {
            var text = ""
            for _ in 0..<(round % 7) { text.unicodeScalars.append(alphabet[next() % alphabet.count]) }
            #expect(CodeSampleRun.isCodeShapedByEnds(Substring(text)) == CodeSampleRun.isCodeShaped(Substring(text), byTokens: false), "\(text)")
        }
    }
}
