import Testing
@testable import ReaderModel

/// Invented pages whose menu copies a box of story cards as one long line per section, each card a
/// headline, a summary cut short and its credit: the cards leave, and the article under them stays.
@Suite struct GluedCardLineTests {
    static let cards = [
        "Harbour Festival Returns With Tall Ships And… The harbour festival came back this summer with a fleet of tall ships and a week of concerts on the quay,… - Mira Lund "
            + "Ferry Timetable Changes For The Winter Crossing The island ferry will sail twice a day from November, with the late boat dropped until the spring… - Tom Ashe",
        "Lighthouse Museum Opens Its Doors The keeper's cottage opened as a museum on Sunday, with logbooks and lamps laid out in the hall for visitors to… - Mira Lund "
            + "Storm Damage On The Sea Wall Engineers walked the sea wall after the weekend storm and found the old stones loose along the northern stretch… - Ana Roe",
    ]
    static let article = [
        "The town council voted on Tuesday to spend the summer's parking money on the sea wall, after engineers found two loose stretches near the lifeboat station.",
        "Work will start in March and run until the tourist season, the council said, and the promenade will stay open on the landward side while the crews work.",
        "Residents who spoke at the meeting asked for the benches to go back where they stood, and the council promised to look at the plans again in the spring.",
    ]

    @Test func cutSummariesFollowedByTheirCreditsAreJoints() {
        #expect(GluedCardLine.joints(in: Substring(Self.cards[0])) == 2)
        #expect(GluedCardLine.joints(in: "Une vague de chaleur… – Léa Martin Le port ferme… | Marc Roy") == 2)
        // An ellipsis in prose before a dash is one joint at most, and trailing dots lead to nothing.
        #expect(GluedCardLine.joints(in: "We waited... - and then waited some more, until the boat came in...") == 1)
        #expect(GluedCardLine.joints(in: "Well... I think... maybe... we should go… soon…") == 0)
    }

    @Test func menuOfGluedCardsLosesToTheArticle() {
        let page = ["Harbour News", "Stories ▼"] + [Self.cards[0], "All Stories→", "Photos ▼", Self.cards[1], "All Photos→", ""]
            + ["Council votes to mend the sea wall", "", "By Ana Roe", ""] + Self.article.flatMap { [$0, ""] }
            + ["Share this story", "About us", "Contact"]
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.evidence(of: Self.cards[0])
        #expect(explained.contains(GluedCardLine.evidence))
    }

    @Test func proseWithAnEllipsisAndADashStays() {
        let paragraph = "The crossing took four hours… - or so the captain said, and we believed him until the island came into view at dusk."
        let lines = LineSplitter.lines(of: ([paragraph] + Self.article).joined(separator: "\n\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        GluedCardLine.mark(lines, &evidence)
        #expect(evidence.allSatisfy { $0.noiseSource != .rule(GluedCardLine.evidence) })
    }

    /// The ellipsis search looks at every third byte: on thousands of generated lines it counts what
    /// a byte-by-byte scan counts.
    @Test func ellipsisSearchAgreesWithAByteScan() {
        let pieces = [".", "..", "...", "…", " ", "\u{00A0}", "\t", "-", "|", "–", "—", "a", "Wé", "“", "—…"]
        for line in GeneratedLines(pieces, count: 5000, length: 0...30, seed: 0x5851_F42D_4C95_7F2D) {
            #expect(GluedCardLine.joints(in: Substring(line)) == Self.byteScanJoints(Array(line.utf8)), "\(line)")
        }
    }

    /// Joints counted by reading every byte (the search as first written).
    static func byteScanJoints(_ bytes: [UInt8]) -> Int {
        func space(_ k: Int) -> Int {
            if bytes[k] == 0x20 || bytes[k] == 0x09 { return 1 }
            return bytes[k] == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xA0 ? 2 : 0
        }
        var count = 0
        var i = 0
        while i < bytes.count {
            var end: Int?
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { end = i + 3 }
            else if bytes[i] == 0x2E, i + 2 < bytes.count, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E { end = i + 3 }
            guard var k = end else { i += 1; continue }
            while k < bytes.count, bytes[k] == 0x2E { k += 1 }
            i = k
            while k < bytes.count, case let n = space(k), n > 0 { k += n }
            guard k < bytes.count else { break }
            if bytes[k] == 0x2D || bytes[k] == 0x7C { k += 1 }
            else if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { k += 3 }
            else { continue }
            guard k < bytes.count, case let n = space(k), n > 0, k + n < bytes.count, space(k + n) == 0 else { continue }
            count += 1
        }
        return count
    }
}
