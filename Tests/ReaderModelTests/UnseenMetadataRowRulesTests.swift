import Foundation
import Testing
@testable import ReaderModel

/// The rules the gaps of the sixth batch of unseen pages called for: a byline-and-date row and a
/// share-and-reading-time toolbar in boxes of no known class, a byline that stops at the month
/// after the name, the Yoruba byline label and Yoruba's numbered months. All text is invented.
@Suite struct UnseenMetadataRowRulesTests {
    // MARK: A row of only a labelled byline and a date

    @Test(arguments: [
        "Аутор: Милица Јовановић 14. март 2025. 10:25",
        "Por Lucía Ferrer | 3 de mayo de 2024",
        "By Tom Harlow 12 March 2025 09:40 GMT",
        "Von Jana Reiter, 7. April 2025",
        "ವರದಿ: ಸುರೇಶ್ ಹೆಗಡೆ ಮಾರ್ಚ್ 14, 2025",
        "14 March 2025 · By Ana Example",
        "Láti ọwọ́ Adéwálé Ògúnmọ́lá 14 Oṣù Kẹta 2025",
    ])
    func bylineAndDateRowIsMetadata(text: String) {
        #expect(BylineDateRow.matches(text), "\(text)")
    }

    @Test(arguments: [
        "Por la mañana del 3 de mayo de 2024 llovió en toda la sierra",
        "By March 2025 the bridge will reopen to traffic",
        "Von Jana Reiter stammt die Idee, 7. April 2025",
        "Аутор: Милица Јовановић",
        "By Tom Harlow 12 March 2025, after the council voted to close the road",
        "14 March 2025: the day the ferry came back",
    ])
    func proseWithANameOrDateStaysText(text: String) {
        #expect(!BylineDateRow.matches(text), "\(text)")
    }

    @Test func savedRowInABoxOfNoKnownClassIsMetadata() {
        let html = """
        <html><head><title>Нови мост у селу</title></head><body><article><h1>Нови мост у селу</h1>
        <div class="item-info"><span class="who">Аутор: Петар Илић</span> <span>3. мај 2025.</span></div>
        <p>Мештани су током пролећа сами изградили нови дрвени мост преко потока, јер стари више није могао да издржи тежину трактора и запреге.</p>
        <p>Општина је дала грађу, а радове је водио један пензионисани столар из суседног села, који је мост и нацртао.</p>
        </article></body></html>
        """
        let doc = Cleaner().clean(Article(source: "row.html", format: .html, text: html))
        #expect(doc.paragraphs.count == 2, "\(doc.paragraphs)")
        #expect(doc.byline == "Петар Илић")
        #expect(doc.published == "2025-05-03")
        // The first field's label is read too (`FirstFieldName`), which adds its note after the row's.
        #expect(doc.blocks.contains { $0.role != .body && $0.evidence?.hasPrefix(BylineDateRow.evidence) == true })
    }

    // MARK: A toolbar of a chrome label and a reading time

    @Test(arguments: [
        ("Condividi 4 min", NoiseReason.social), ("Share · 6 min read", .social), ("5 dk Paylaş", .social),
        ("Teilen 3 Min. Lesezeit", .social), ("Поделиться 7 мин", .social),
    ])
    func labelAndReadingTimeIsChrome(text: String, reason: NoiseReason) {
        #expect(ReadingTimeToolbar.reason(for: text) == reason, "\(text)")
    }

    @Test(arguments: [
        "The walk takes 4 min", "Bake for 12 minutes", "Condividi", "Sindaco 4 min",
        "Il treno parte ogni 20 minuti dalla stazione",
    ])
    func otherShortLinesWithMinutesStay(text: String) {
        #expect(ReadingTimeToolbar.reason(for: text) == nil, "\(text)")
    }

    // MARK: Bylines

    @Test(arguments: [
        ("ವರದಿ: ಸುರೇಶ್ ಹೆಗಡೆ ಮಾರ್ಚ್ 14, 2025, 11:20 IST", "ಸುರೇಶ್ ಹೆಗಡೆ"),
        ("लेखक: अनिता जोशी मार्च 3, 2025", "अनिता जोशी"),
        ("Láti ọwọ́ Adéwálé Ògúnmọ́lá 14 Oṣù Kẹta 2025", "Adéwálé Ògúnmọ́lá"),
        ("Автор: Ирина Соколова марта 2025", "Ирина Соколова"),
        ("By Alice May", "Alice May"),
    ])
    func nameStopsAtTheMonth(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    @Test func yorubaLabelNeedsCapitalisedNames() {
        #expect(BylineLabels.name(in: "láti ọwọ́ ìjọba ìbílẹ̀ ni owó náà ti wá") == nil)
    }

    // MARK: Yoruba's numbered months

    @Test(arguments: [
        ("14 Oṣù Kẹta 2025", "2025-03-14"), ("2 Oṣù Kejìlá 2024", "2024-12-02"), ("5 oṣù Karùn-ún 2025", "2025-05-05"),
        ("21 Osu Kesan-an 2024", "2024-09-21"), ("1 Oṣù Kìíní 2026", "2026-01-01"),
    ])
    func yorubaMonths(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test(arguments: ["14 Oṣù 2025", "Oṣù Kẹta ni wọ́n parí iṣẹ́ náà"])
    func yorubaMonthWordAloneIsNoDate(text: String) {
        #expect(DateNormalizer.iso(text) == nil, "\(text)")
    }
}
