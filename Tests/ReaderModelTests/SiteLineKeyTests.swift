import Foundation
import Testing
@testable import ReaderModel

/// The byte-wise line key of `SiteContext` against the string normalisation it replaces.
@Suite struct SiteLineKeyTests {
    func key(_ line: String) -> UInt64 { SiteLineKey.key(line[...]) }

    /// The key the exact path gives: the old normalised string, in NFC, hashed.
    func reference(_ line: String) -> UInt64 {
        var line = line
        return line.withUTF8 { SiteLineKey.exactKey($0) }
    }

    @Test func asciiSpacingAndCaseDoNotMatter() {
        #expect(key("Sign up for our newsletter") == key("  sign UP\tfor  our newsletter "))
        #expect(key("Sign up for our newsletter") != key("Sign up for our newsletters"))
        #expect(key("ab c") != key("a bc"))
    }

    @Test func unicodeSpacesAreWhitespace() {
        let plain = key("Read more from our team")
        #expect(key("Read\u{00A0}more from\u{2009}our\u{202F}team") == plain)
        #expect(key("Read\u{3000}more\u{2003}\u{2003}from our\u{205F}team\u{00A0}") == plain)
        #expect(key("Read\u{2028}more from our team") == plain)
        // A zero-width space is not White_Space: it stays part of the word.
        #expect(key("Read\u{200B}more from our team") != plain)
    }

    @Test func nonASCIILettersCaseFoldLikeLowercased() {
        #expect(key("ŁÓDŹ AND SÃO PAULO") == key("łódź and são paulo"))
        #expect(key("ZELENSKYY IN KYIV") == key("zelenskyy in kyiv"))
        #expect(key("КИЇВ І ХАРКІВ") == key("київ і харків"))
        #expect(key("ΣΟΦΙΑ") == key("σοφια"))
        // İ lowercases to i + combining dot, as `lowercased()` does; a plain i is another letter.
        #expect(key("İstanbul") == key("i\u{307}stanbul"))
        #expect(key("İstanbul") != key("istanbul"))
        #expect(key("Curly “quotes” — and ‘dashes’") == key("curly “quotes” — and ‘dashes’"))
    }

    @Test func canonicallyEqualLinesShareAKey() {
        #expect(key("Café in São Paulo") == key("Cafe\u{301} in Sa\u{303}o Paulo"))
        #expect(key("CAFÉ") == key("cafe\u{301}"))
    }

    @Test func blankLinesHaveTheEmptyKey() {
        #expect(key("") == SiteLineKey.empty)
        #expect(key(" \t\u{00A0}\u{3000} ") == SiteLineKey.empty)
        #expect(key("a") != SiteLineKey.empty)
    }

    @Test func fastPathEqualsTheStringNormalisation() {
        // Lines drawn from pieces real pages carry, including marks after spaces (one grapheme
        // cluster with the space) and Arabic number signs (which pull the next space into theirs).
        let pieces = ["Read", "MORE", "São", "ŁÓDŹ", "Zelenskyy", "Київ", "ΣΟΦΙΑ", "İ", "ß", "“", "”", "—", "’s", "€5",
                      "😀", "👍🏽", "中文", "かな", "한국", "e\u{301}", "\u{301}", "\u{200D}", "\u{0903}", "\u{0600}", "\u{00AD}",
                      " ", "  ", "\t", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{2028}", "\u{0085}", "\u{200B}", "Ⱥ", "ǅ", "K"]
        expectKeysMatch(lines: 2_000, of: pieces, maxPieces: 16, seed: 0x1234_5678)
    }

    @Test func eightByteChunksEqualTheStringNormalisation() {
        // Mostly ASCII, so whole runs of eight bytes take the chunked path: case boundaries around
        // A-Z ("@", "[", "`", "{"), spaces at chunk edges and in pairs, controls, DEL, and a few
        // non-ASCII pieces and marks that end a chunk early.
        let pieces = ["Read", "MORE", "AZ", "az", "@[`{", "x", "Q9", ".", ",", " ", " ", " ", "  ", "\t", "\u{7F}", "\u{1}",
                      "\u{1F}", "\r", "São", "—", "\u{301}", "\u{00A0}", "ZELENSKYY", "the newsletter", "K"]
        expectKeysMatch(lines: 3_000, of: pieces, maxPieces: 32, seed: 0x9876_5432)
        #expect(key("Sign Up For Our Daily Newsletter Today") == key("sign up for our daily newsletter today"))
    }

    /// Random lines of up to `maxPieces` pieces (a fixed LCG, so failures repeat) keyed both ways.
    private func expectKeysMatch(lines: Int, of pieces: [String], maxPieces: Int, seed: UInt64) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        for _ in 0..<lines {
            let line = (0..<Int(next() % UInt64(maxPieces)) + 1).map { _ in pieces[Int(next() >> 33) % pieces.count] }.joined()
            #expect(key(line) == reference(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func addAndLookupAgree() {
        let a = Article(source: "a.txt", format: .text, text: "Subscribe  to the Harbour Ledger\nŁódź news\u{2028}Sign up today\r\nBody one.")
        let b = Article(source: "b.txt", format: .text, text: "SUBSCRIBE TO THE HARBOUR\u{00A0}LEDGER\n\nŁÓDŹ NEWS\nsign up today\nBody two.")
        let site = SiteContext(articles: [a, b])
        #expect(site.pageCount == 2)
        #expect(site.pagesContaining("subscribe to the harbour ledger") == 2)
        #expect(site.pagesContaining(" Łódź\u{3000}News ") == 2)
        #expect(site.pagesContaining("Sign up today") == 2)
        #expect(site.pagesContaining("Body one.") == 1)
        #expect(site.pagesContaining("Body three.") == 0)
    }

    @Test func aLineRepeatedInOnePageCountsOnce() {
        let a = Article(source: "a.txt", format: .text, text: "Share\nBody.\nshare\nSHARE")
        #expect(SiteContext(articles: [a]).pagesContaining("Share") == 1)
    }

    @Test func mergedContextsCountLikeOne() {
        let articles = (0..<6).map { i in
            Article(source: "\(i).txt", format: .text, text: "Menu\nStory \(i % 3)\nFooter \(i % 2)")
        }
        var merged = SiteContext(articles: Array(articles[..<2]))
        merged.merge(SiteContext(articles: Array(articles[2...])))
        let whole = SiteContext(articles: articles)
        #expect(merged.pageCount == whole.pageCount)
        #expect(merged.lineCounts == whole.lineCounts)
        #expect(merged.pagesContaining("menu") == 6)
        #expect(merged.pagesContaining("story 1") == 2)
    }
}
