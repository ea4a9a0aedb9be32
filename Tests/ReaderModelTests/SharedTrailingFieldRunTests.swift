import Testing
@testable import ReaderModel

/// Invented articles that print a table as glued lines, each closing on a dash and a measured value
/// of one format (open rates, vote shares), with no bullets: the lines stay between the article's
/// paragraphs. A run whose lines close on values of different formats, or a run not between
/// paragraphs, is left to the other rules.
@Suite struct SharedTrailingFieldRunTests {
    static let opening = [
        "Seed Swap Newsletter Reaches Its Fifth Year",
        "We looked back at every issue we sent to the allotment society this year and counted how many readers opened each one within a week.",
        "Here are the subject lines, from the least opened to the most opened, with the share of readers who opened each.",
    ]
    static let items = [
        "Frost is coming! – 14.2%",
        "Your tomato questions answered – 15.8%",
        "Five beans we grew side by side – 16.1%",
        "A short note from the treasurer – 16.9%",
        "Why we moved the swap to March (and what happens to the old stall, the raffle and the tea urn) – 17.3%",
        "Last call for the autumn bulbs - 18.0%",
        "The slug survey results are in! - 19.4%",
    ]
    static let closing = [
        "The pattern is plain enough: the subject lines that promise something to do in the garden this week were opened far more than the news about the society.",
    ]

    static func evidence(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence]) {
        let text = paragraphs.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    static func page(_ items: [String]) -> String {
        (opening.map { $0 + "\n" } + [items.joined(separator: "\n") + "\n"] + closing).joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func readsTheFieldsFormat() {
        #expect(SharedTrailingFieldRun.field("Frost is coming! – 14.2%") == .init(decimals: 1, unit: 0x25))
        #expect(SharedTrailingFieldRun.field("Last call for the autumn bulbs - 18.0%") == .init(decimals: 1, unit: 0x25))
        #expect(SharedTrailingFieldRun.field("Die Grünen — 23,5 %") == .init(decimals: 1, unit: 0x25))
        #expect(SharedTrailingFieldRun.field("Chapter 12") == nil)
        #expect(SharedTrailingFieldRun.field("Rates rose to 18.0%") == nil)
    }

    @Test func theTableBetweenParagraphsStays() {
        let doc = Self.clean(Self.page(Self.items))
        for item in Self.items { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.paragraphs.contains(Self.closing[0]))
        let explained = doc.evidence(of: Self.items[2])
        #expect(explained.contains("closing on the same field"))
    }

    @Test func aGermanTableOfVoteSharesStays() {
        let text = """
        Die Gemeinde hat am Sonntag einen neuen Rat gewählt, und die Beteiligung lag mit knapp sechzig Prozent höher als vor fünf Jahren.

        Die Stimmen verteilen sich wie folgt auf die fünf Listen, die zur Wahl standen.
        Freie Wähler am See – 31,4 %
        Bürgerliste Unterdorf – 24,9 %
        Die Jungen für das Dorf – 18,2 %
        Liste Landwirtschaft und Handwerk – 15,0 %
        Parteilose Einzelbewerber – 10,5 %
        Der neue Rat kommt im Mai zum ersten Mal zusammen und wählt dann auch den Bürgermeister aus seiner Mitte, wie es die Gemeindeordnung für Orte dieser Größe vorsieht.

        Die Freien Wähler hatten schon vor fünf Jahren die meisten Sitze gewonnen, mussten aber diesmal Stimmen an die neue Liste der jungen Leute abgeben, die zum ersten Mal angetreten ist.

        Die Auszählung dauerte bis kurz nach Mitternacht, weil in zwei Wahllokalen die Briefwahlstimmen erst am Abend aus der Kreisstadt gebracht wurden.
        """
        let doc = Self.clean(text)
        #expect(doc.paragraphs.contains("Bürgerliste Unterdorf – 24,9 %"))
        #expect(doc.paragraphs.contains("Parteilose Einzelbewerber – 10,5 %"))
        let explained = doc.evidence(of: "Bürgerliste Unterdorf – 24,9 %")
        #expect(explained.contains("closing on the same field"))
    }

    @Test func valuesOfDifferentFormatsAreNoTable() {
        let mixed = ["Frost is coming! – 14.2%", "Your tomato questions answered – 15", "Five beans we grew side by side – 16.12",
                     "A short note from the treasurer – 3", "Why we moved the swap to March", "Last call for the autumn bulbs"]
        let text = Self.page(mixed)
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        SharedTrailingFieldRun.mark(lines, &evidence, body: 0..<lines.count)
        #expect(!evidence.contains { $0.listItem == .sharedTrailingField })
    }

    @Test func aRunClosingThePageIsLeftToTheOtherRules() {
        let text = (Self.opening.map { $0 + "\n" } + [Self.items.joined(separator: "\n")]).joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        SharedTrailingFieldRun.mark(lines, &evidence, body: 0..<lines.count)
        #expect(!evidence.contains { $0.listItem == .sharedTrailingField })
    }
}
