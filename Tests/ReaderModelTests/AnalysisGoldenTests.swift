import Foundation
import Testing
@testable import ReaderModel

/// What the indexer stores per article besides the document (entity spans, story signature, passage
/// keys and units) must not change when the work behind it is made faster: a stored index keeps the
/// values of earlier runs, and new ones must compare with them. Digests recorded before the speed-ups.
@Suite struct AnalysisGoldenTests {
    /// Original text in several scripts, typeset with curly quotes, dashes and no-break spaces.
    static let mixed = Document(
        source: "/lib/mixed.txt", title: "Fähre nach Klein\u{00A0}Skerry: Ja\u{2014}aber wann?", byline: "Ilse Vorn",
        published: "2025-03-05",
        standfirst: "Der Rat von Portmere stimmte am Dienstag für die Fähre; die Insel jubelt\u{2026} vorerst.",
        paragraphs: [
            "\u{201E}Wir haben zehn Jahre gewartet, und wir warten keinen Winter mehr\u{201C}, sagte Ratsfrau Ada Brenn am 4.\u{00A0}März 2025.",
            "Остров ждал паром десять лет, и теперь рыбаки говорят: \u{00AB}Мы больше не будем ждать ни одной зимы\u{00BB}.",
            "Η δημοτική επιτροπή ενέκρινε 4,2 εκατ. λίρες για το πλοίο και μια νέα ράμπα στη βόρεια αποβάθρα.",
            "The Calder yard\u{2019}s foreman\u{2014}Tomas Reld\u{2014}said the hull would be ready by May\u{00A0}31; \u{201C}we start on Monday,\u{201D} he added.",
            "Les pêcheurs de l\u{2019}île ont applaudi quand le vote est passé par neuf voix contre deux, à 18\u{00A0}h\u{00A0}30.",
            "港の議会は火曜日にフェリー路線の予算を承認した。島民は鐘を鳴らして祝った。",
            "Cafe\u{0301} owners on the quay said: \u{201C}It is about time, it truly is about time for the island\u{201D} \u{2013} and then poured coffee.",
        ])

    static var documents: [Document] {
        [StoryFixtures.ferryVote, StoryFixtures.ferryReaction, StoryFixtures.ferryDoubts, StoryFixtures.lighthouse,
         StoryFixtures.orchard, PassageFixtures.ledger, PassageFixtures.post, PassageFixtures.weather, mixed]
    }

    private static func digest(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { FileFingerprint.fnv1a($0) }
    }

    /// One digest over everything stored for the documents.
    static func analysisDigest() -> [String] {
        documents.map { document in
            let spans = EntityRecognizer().recognize(document)
            let signature = StorySignatureCodec.encode(StorySignature(document: document, spans: spans, fileDay: 20_000))
            let passages = ArticlePassages(document: document)
            var units: [UInt8] = []
            for unit in passages.units {
                units += Array("\(unit.field)|\(unit.range)|\(unit.wordCount)|\(unit.isQuote)|\(unit.shingles)\n".utf8)
            }
            let stored = StoredPassages(passages)
            return [String(digest(Array(SpanCodec.encode(spans))), radix: 16),
                    String(digest(Array(signature)), radix: 16),
                    String(digest(units), radix: 16),
                    String(passages.wordCount),
                    String(digest(Array(stored.list.utf8)), radix: 16)].joined(separator: " ")
        }
    }

    @Test func spansSignaturesAndPassagesAreWhatTheyWere() {
        let got = Self.analysisDigest()
        #expect(got == Self.golden, "\(got)")
    }

    /// The indexer's shortcut to the keys (no units built) gives the keys of the units.
    @Test func lookupKeysAreTheKeysOfTheUnits() {
        for document in Self.documents {
            #expect(PassageExtractor().lookupKeys(of: document) == ArticlePassages(document: document).keys)
        }
        let odd = Document(source: "odd", standfirst: "", paragraphs: ["", "a b", "\u{201C}one two three four\u{201D}", "x, y, z, w, v: u; t"])
        #expect(PassageExtractor().lookupKeys(of: odd) == ArticlePassages(document: odd).keys)
    }

    static let golden: [String] = [
        "53383b40f4de2a07 49a764e3eae94e0a 3c7ce0ea22ef6556 103 dbc9b73b389f66ab",
        "11a8ecd7f8035541 aaed1199d7c5947d 9998f059edd06677 94 cf042e2496401ca3",
        "6581fc4a3fee8f33 72b564a2374c498b a4bd842cdd519e95 77 c1ae28c3e30b6a11",
        "56b6480ed2de655f e91652e9ed0290a4 a6ac9e8daadea6ea 67 5fa794a4c8d9ccd2",
        "3744a536ca57a9b4 28037b6e213e79c1 78896a7c712f75e3 52 b3cddbd05a3f33d2",
        "84c23082c00da557 da4b9ffc4c14c172 b822f95ec3deb44e 76 c5ad12743f8f7cb2",
        "9e0f7e34c2dd4d56 6e230b43c286c23 ca110b4d272dc6a1 55 150b285719f911fe",
        "a20429c09cfd061e eb0ed6da34827743 3fafcffd052a13a6 35 e730146c05c49c6b",
        // Re-recorded when German month names came to the date parser: "4. März 2025" is now one
        // DATE span (was a stray "März" entity); passages unchanged.
        "d8b190b7a8694043 76154adfcbb4e171 814d04743a750780 135 583c192ae5e5b6ff",
    ]
}
