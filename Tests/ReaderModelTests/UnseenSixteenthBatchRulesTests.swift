import Foundation
import Testing
@testable import ReaderModel

/// What the sixteenth batch of unseen pages called for: Sakha, Northern Sami, Tok Pisin, Twi and
/// Shona (`UnseenPageFixtureTests`), and pages of other years in languages already covered: a 1999
/// Russian page in KOI8-R, a 2004 Japanese page in EUC-JP, a 2007 Hebrew portal in windows-1255, a
/// 2010 Taiwanese forum thread in Big5 and a 2021 Indonesian page behind a cookie wall
/// (`UnseenLegacyCharsetPageTests`, `UnseenPageFixtureTests`). All text is invented.
@Suite struct UnseenSixteenthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Эмиэ ааҕыҥ: Нэһилиэккэ саҥа балыыһа аһылынна", NoiseReason.related), ("Сибээстээх сонуннар", .related),
        ("Reklámá", .advertisement), ("Loga maiddái: Ođđa márkan gillái", .related),
        ("Advetaismen", .advertisement), ("Ritim tu: Nupela maket long taun", .related),
        ("Dawurubɔ", .advertisement), ("Kenkan bio: Dwam foforo wɔ kurom", .related),
        ("Kushambadza", .advertisement), ("Verenga zvakare: Musika mutsva mumusha", .related),
        ("Санаалар (5)", .comments), ("Kommeanttat (5)", .comments), ("Ol tingting (5)", .comments),
        ("Adwene (5)", .comments), ("Mazano (5)", .comments),
        ("© 2025 Тыа Сонуна. Бары бырааптар көмүскэллээхтэр.", .navigation),
        ("© 2025 Gilliáviisa. Buot vuoigatvuođat leat várrejuvvon.", .navigation),
        ("© 2025 Nius Bilong Ples. Olgeta rait i stap.", .navigation),
        ("© 2025 Kurom Nsɛm. Hokwan nyinaa yɛ yɛn dea.", .navigation),
        ("© 2025 Nhau dzeMusha. Kodzero dzose dzakachengetedzwa.", .navigation),
        ("Ааҕыы кэмэ: 4 мүнүүтэ", .banner), ("Lohkanáigi: 4 minuhta", .banner), ("Taim bilong ritim: 4 minit", .banner),
        ("Kenkan berɛ: simma 4", .banner), ("Nguva yekuverenga: maminitsi 4", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose: Sakha "киир" ("enter"), Northern Sami
    /// "oza" and "vástit", Tok Pisin "painim" and "bekim", Twi "adwene" and "bua", Shona "pinda" and "mazano".
    @Test(arguments: [
        "Оҕолор оскуолаҕа киирэн, учууталларыгар махтал тылларын эттилэр.",
        "Mánát ohce geađggiid jogas, ja oahpaheaddji vástidii sin gažaldagaide.",
        "Ol pikinini i painim ston long wara, na tisa i bekim askim bilong ol.",
        "Mmofra no hwehwɛɛ abo wɔ asuo no mu, na ɔkyerɛkyerɛfo no buaa wɔn nsɛmmisa.",
        "Vana vakatsvaga matombo murwizi, uye mudzidzisi akapindura mibvunzo yavo nemazano akanaka.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    /// Furniture of other years: a 1999 page's bracketed link row under the story, and the appeal to
    /// follow a channel that closes a 2021 Indonesian story.
    @Test(arguments: [
        ("[Назад] [Наверх] [Гостевая книга]", NoiseReason.navigation),
        ("Simak berita pilihan lainnya dan ikuti Kabar Desa di Google News.", .social),
    ])
    func eraFurniture(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// A sentence that only mentions going back up or following the news stays prose (the row's words
    /// count only where a block opens with them).
    @Test(arguments: [
        "Он оглянулся назад, наверх по крутой лестнице поднимался уже без фонаря.",
        "Warga diminta menyimak berita resmi dari pemerintah daerah.",
    ])
    func eraProseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("14 атырдьах 2025", "2025-08-14"), ("3 ахсынньы 2024", "2024-12-03"),
        ("14. borgemánnu 2025", "2025-08-14"), ("3. juovlamánu 2024", "2024-12-03"),
        ("14 Ogas 2025, 10:30", "2025-08-14T10:30"), ("3 Disemba 2024", "2024-12-03"),
        ("Ɔsanaa 14, 2025, 10:30", "2025-08-14T10:30"), ("Ɔpɛnimma 3, 2024", "2024-12-03"),
        ("14 Nyamavhuvhu 2025, 10:30", "2025-08-14T10:30"), ("3 Zvita 2024", "2024-12-03"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Words of prose that also name a month stay out: Sakha "от" (grass), Tok Pisin "mas" (must)
    /// and "me", Shona "mbudzi" (goat), Twi "ɛbɔ".
    @Test func shortNamesAreLeftOut() {
        for word in ["от", "mas", "me", "mbudzi", "ɛbɔ", "балаҕан"] { #expect(MonthNames.entry(word) == nil, "\(word)") }
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Čálli: Elle Kristiina Somby", "Elle Kristiina Somby"), ("Raita: Grace Kaupa", "Grace Kaupa"),
        ("Ɔkyerɛwfo: Akosua Mensah", "Akosua Mensah"), ("Munyori: Rudo Moyo", "Rudo Moyo"),
        ("Penulis: Dimas Prasetyo", "Dimas Prasetyo"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    @Test func sakhaBylineLabel() {
        #expect(BylineLabels.name(in: "Суруйда: Сардаана Иванова") == "Сардаана Иванова")
    }

    // MARK: Photo credits

    @Test(arguments: [
        "Волонтердар муоста остуолбаларын бөҕөргөтөллөр. Хаартыска: Айаал Петров",
        "Eaktodáhtolaččat čatnet šaldi stolpaid. Govva: Ánte Mikkel Gaup",
        "Kuw no mufo resiesie abura no ano. Mfonini: Kofi Asante",
        "Vazvipiri vachisunga matanda ebhiriji. Mufananidzo: Farai Mutasa",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(UnseenFourteenthBatchRulesTests.line(text)), "\(text)")
    }

    // MARK: Big5

    /// The seven codes glibc's BIG5-HKSCS table lacks come out as WHATWG's index gives them, and the
    /// characters after them are read in their own pairs (the trail byte was read as a lead).
    @Test func big5IndexGapsDecode() throws {
        // "記者林家豪／台南報導" in Big5: the full-width slash is A1 FE.
        let bytes: [UInt8] = [0xB0, 0x4F, 0xAA, 0xCC, 0xAA, 0x4C, 0xAE, 0x61, 0xBB, 0xA8, 0xA1, 0xFE, 0xA5, 0x78, 0xAB, 0x6E,
                              0xB3, 0xF8, 0xBE, 0xC9]
        let text = try #require(Big5IndexGaps.decode(bytes[...], iconvName: "BIG5-HKSCS", strict: true))
        #expect(text == "記者林家豪／台南報導")
        // A backslash (A2 40) between ASCII letters; a trail byte of 0x40-0x7E after another lead is no gap.
        #expect(Big5IndexGaps.decode([0x61, 0xA2, 0x40, 0x62][...], iconvName: "BIG5-HKSCS", strict: true) == "a＼b")
        #expect(Big5IndexGaps.decode([0xA4, 0x40, 0xA1, 0x5A][...], iconvName: "BIG5-HKSCS", strict: true) == "一╴")
    }

    @Test func declaredBig5PageDecodesItsSlash() {
        let head = Array("<meta charset=\"big5\"><p>".utf8)
        let decoded = TextDecoder.decode(head + [0xB0, 0x4F, 0xAA, 0xCC, 0xA1, 0xFE, 0xA5, 0x78, 0xAB, 0x6E], honouringHTMLCharset: true)
        #expect(decoded.encoding == .big5)
        #expect(decoded.text.hasSuffix("記者／台南"))
    }
}
