import Foundation
import Testing
@testable import ReaderModel

/// The rules the eighth batch of unseen pages (`UnseenPageFixtureTests`: Danish, Slovak,
/// Lithuanian, Latvian, Estonian, Albanian, Macedonian, Mongolian, Uzbek, Sorani Kurdish) called
/// for. All text is invented.
@Suite struct UnseenEighthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Prečítajte si aj: V meste otvorili novú knižnicu", NoiseReason.related), ("Diskusia (4)", .comments),
        ("Taip pat skaitykite: Mieste atidarytas naujas parkas", .related), ("Reklāma", .advertisement),
        ("Lasi arī: Pilsētā atvērta jauna bibliotēka", .related), ("Reklaam", .advertisement),
        ("Loe ka: Linnas avati uus raamatukogu", .related), ("Kommentaarid (5)", .comments),
        ("Reklamë", .advertisement), ("Lexo edhe: Në qytet u hap një bibliotekë e re", .related),
        ("© 2025 Gazeta Shembull. Të gjitha të drejtat e rezervuara.", .navigation),
        ("Прочитајте и: Во градот отворена нова библиотека", .related),
        ("Сурталчилгаа", .advertisement), ("Мөн уншаарай: Хотод шинэ номын сан нээгдлээ", .related),
        ("Сэтгэгдэл (3)", .comments),
        ("Shuningdek o‘qing: Shaharda yangi kutubxona ochildi", .related), ("Izohlar (2)", .comments),
        ("ڕیکلام", .advertisement), ("ئەمەش بخوێنەوە: لە شار کتێبخانەیەکی نوێ کرایەوە", .related),
        ("© 2025 ڕۆژنامەی نموونە. هەموو مافەکان پارێزراون.", .navigation),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Obec sa rozhodla, že výsledky zbierky zverejní v diskusia s obyvateľmi až na jeseň, keď sa skončia práce.",
        "Kaimo žmonės sutinku ne kartą sakė, kad malūnas yra jų istorijos dalis ir jį reikia saugoti.",
        "Малчид сурталчилгаа хийхээс илүүтэй худгаа засахыг чухалчилж, бүх айл нэг дор цугларчээ.",
        "خەڵکی گوندەکە دەڵێن ئەمەش بخوێنەوە و ئەو کارێزە کۆنە بۆ نەوەکانی داهاتوو بپارێزن، چونکە مێژووی گوندەکەیە.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Month names and date orders

    @Test(arguments: [
        ("12. marts 2025 kl. 08.15", "2025-03-12"), ("3. desember 2024", "2024-12-03"),
        ("14. mája 2025 o 10:20", "2025-05-14"), ("2. októbra 2024", "2024-10-02"),
        ("17 јуни 2025, 12:40", "2025-06-17T12:40"), ("15 shtator 2025, 09:50", "2025-09-15T09:50"),
        ("4 dhjetor 2024", "2024-12-04"), ("21. veebruar 2025", "2025-02-21"),
        // Lithuanian and Latvian write the year first, each with its own word after it.
        ("2025 m. birželio 18 d. 09:30", "2025-06-18T09:30"), ("2024 m. gruodžio 3 d.", "2024-12-03"),
        ("2025. gada 9. jūlijs 14:35", "2025-07-09T14:35"), ("2024. gada 30. novembrī", "2024-11-30"),
        // A name spelt as the English one, in lower case, between a day and a year.
        ("3. september 2025, 11:05", "2025-09-03T11:05"), ("12 april 2025", "2025-04-12"),
        // Uzbek joins the day to the month with a hyphen.
        ("12-oktabr 2025, 16:45", "2025-10-12T16:45"), ("3-mart 2024", "2024-03-03"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// A lower-case English name without a day and a year after it stays a word; a hyphen joins
    /// only a month of another language.
    @Test(arguments: ["in april the river rose", "the 12-may plan"])
    func lowerCaseEnglishNamesNeedADayAndAYear(text: String) {
        #expect(DateNormalizer.iso(text) == nil, "\(text)")
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Autorė: Rūta Petrauskienė", "Rūta Petrauskienė"), ("Autore: Ilze Bērziņa", "Ilze Bērziņa"),
        ("Muallif: Dilnoza Karimova", "Dilnoza Karimova"), ("Af Mette Kjærgaard", "Mette Kjærgaard"),
        ("Av Ola Nordby", "Ola Nordby"), ("Nga Elira Hoxha", "Elira Hoxha"),
    ])
    func latinLabelLinesNameTheAuthor(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    /// "Af", "Av" and "Nga" are also words of prose: a line that is more than label and name names nobody.
    @Test(arguments: [
        "Af de mange frivillige kom de fleste fra Strynø.", "Av Oslo kommunes penger gikk halvparten til skolen.",
        "Nga Tirana deri në Vlorë, rruga u hap më 2024.",
    ])
    func proseOpeningWithALabelWordNamesNobody(line: String) {
        #expect(MetadataPatterns.byline(in: line) == nil, "\(line)")
    }

    @Test(arguments: [
        ("Сэтгүүлч: Б.Оюунчимэг", "Б.Оюунчимэг"), ("نووسەر: ئاراس محەمەد", "ئاراس محەمەد"),
        // A date whose day is joined to its month ends the name.
        ("Muallif: Dilnoza Karimova 12-oktabr 2025, 16:45", "Dilnoza Karimova"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "Savanoriai taiso malūno ratą (Tomo Jankausko nuotr.)",
        "Малчид худгийн ханыг шинээр өрж байна. Гэрэл зураг: Г.Батзориг",
        "گەنجانی گوندەکە قوڕ لە تونێلی کارێزەکە دەردەهێنن. وێنە: هێمن عەلی",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }
}
