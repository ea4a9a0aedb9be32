import Foundation
import Testing
@testable import ReaderModel

/// The vocabulary the twelfth batch of unseen pages (`UnseenPageFixtureTests`: Sindhi, Tigrinya,
/// Assamese, Inuktitut, Javanese, Cebuano, Igbo, Xhosa, Haitian Creole, Malagasy) called for.
/// All text is invented.
@Suite struct UnseenTwelfthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("اشتهار", NoiseReason.advertisement), ("هي به پڙهو: شهر ۾ نئون باغ کليو", .related),
        ("መወዓውዒ", .advertisement), ("ከምኡውን ኣንብቡ፦ ኣብ ከተማ ሓድሽ ፓርክ ተኸፊቱ", .related),
        ("লগতে পঢ়ক: নগৰত নতুন উদ্যান মুকলি", .related),
        ("ᓇᓗᓇᐃᖅᓯᔾᔪᑎ", .advertisement), ("ᐅᖃᓕᒫᕆᓗᒍ ᐊᒻᒪᓗ: ᓂᐅᕕᕐᕕᒃ ᓄᑖᖅ", .related),
        ("Pariwara", .advertisement), ("Waca uga: Kutha mbukak taman anyar", .related),
        ("Paanunsiyo", .advertisement), ("Basaha usab: Ang lungsod nagbukas og bag-ong parke", .related),
        ("Mgbasa ozi", .advertisement), ("Gụọkwa: Obodo mepere ogige ọhụrụ", .related),
        ("Intengiso", .advertisement), ("Funda kwakhona: Idolophu ivula ipaki entsha", .related),
        ("Piblisite", .advertisement), ("Atik ki gen rapò: Vil la louvri yon nouvo pak", .related),
        ("Dokam-barotra", .advertisement), ("Vakio koa: Nanokatra zaridaina vaovao ny tanàna", .related),
        ("تبصرا (5)", .comments), ("ርእይቶታት (5)", .comments), ("Nkọwa (5)", .comments), ("Izimvo (5)", .comments),
        ("Kòmantè (5)", .comments), ("Hevitra (5)", .comments), ("ᐃᓱᒪᒋᔭᐅᔪᑦ (5)", .comments),
        ("© 2025 Tanang katungod gigahin.", .navigation), ("© 2025 Ikike niile echekwara.", .navigation),
        ("© 2025 Zo rehetra voatokana.", .navigation), ("© 2025 سڀ حق محفوظ آهن.", .navigation),
        ("Wektu maca: 4 menit", .banner), ("Tan lekti: 5 minit", .banner), ("Ixesha lokufunda: imizuzu emi-5", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose: Haitian "Li tou" ("he also") opens
    /// sentences, so the Haitian read-also label is "Atik ki gen rapò".
    @Test(arguments: [
        "Li tou di komite a ap chèche lòt volontè pou travay sou wout la ane pwochèn.",
        "Ang mga bata nagbasa usab sa mga daang sulat sa librarya sa eskwelahan.",
        "Ny ankizy dia namaky koa ireo taratasy taloha tao amin'ny tranomboky.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("14 آگسٽ 2025", "2025-08-14"), ("3 ڊسمبر 2024", "2024-12-03"),
        ("14 ነሓሰ 2025", "2025-08-14"), ("2 ታሕሳስ 2024", "2024-12-02"),
        ("১৪ আগষ্ট ২০২৫", "2025-08-14"), ("৩ নৱেম্বৰ ২০২৪", "2024-11-03"),
        ("14 Agustus 2025, 10:30", "2025-08-14T10:30"), ("3 Maret 2024", "2024-03-03"),
        ("14 Ọgọọst 2025", "2025-08-14"), ("5 Jenụwarị 2024", "2024-01-05"),
        ("14 EyeThupha 2025, 10:30", "2025-08-14T10:30"), ("1 Matshi 2024", "2024-03-01"),
        ("14 jiyè 2025", "2025-07-14"), ("3 desanm 2024", "2024-12-03"),
        ("14 Aogositra 2025", "2025-08-14"), ("2 Febroary 2024", "2024-02-02"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Haitian "out", "me", "mas" and "jen" are English and Romance words or a given name ("Jen"),
    /// Malagasy "Jona" a given name, and four Ethiopic names are Amharic's Ethiopian-calendar months:
    /// none is a month here.
    @Test(arguments: ["out", "me", "mas", "jen", "Jona", "መጋቢት", "መስከረም"])
    func wordsLeftOutAreNoMonths(word: String) {
        #expect(MonthNames.entry(word) == nil, "\(word)")
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Panulis: Sri Rahayu", "Sri Rahayu"), ("Odee: Chiamaka Okonkwo", "Chiamaka Okonkwo"),
        ("Mpanoratra: Hanta Rakotomalala", "Hanta Rakotomalala"), ("Ekri pa Jean-Robert Pierre", "Jean-Robert Pierre"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    /// Haitian "ekri pa" ("written by") is prose too.
    @Test func haitianLabelNamesOnlyOnItsOwnLine() {
        #expect(MetadataPatterns.byline(in: "Ekri pa Jean nan jounal la te fè anpil moun kontan.") == nil)
    }

    /// A bare "Pa" is no label: the agency line "PA Media" does not name "Media".
    @Test func agencyIsNoHaitianLabel() {
        #expect(MetadataPatterns.byline(in: "PA Media") != "Media")
    }

    @Test(arguments: [
        ("رپورٽ: عبدالرحمان سومرو", "عبدالرحمان سومرو"), ("ጸሓፊ፦ ሳባ ተኽለ", "ሳባ ተኽለ"),
        ("প্ৰতিবেদক: প্ৰিয়ংকা বৰুৱা", "প্ৰিয়ংকা বৰুৱা"), ("ᑎᑎᕋᖅᑎ: ᓵᓚ ᐊᑦᑕᒍᑦᓯᐊᖅ", "ᓵᓚ ᐊᑦᑕᒍᑦᓯᐊᖅ"),
    ])
    func otherScriptBylineLabels(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "শিশুসকলে বিদ্যালয়ৰ চোতালত খেলিছে। ফটো: ৰাজীৱ শইকীয়া",
        "Ang mga mag-uuma nag-ani og humay. Litrato: Jun Tecson",
        "Abalimi bavuna umbona. Umfanekiso: Lwazi Ntshona",
        "Mijinja vary ny tantsaha. Sary: Rivo Andrianaivo",
        "ᐃᓕᓐᓂᐊᖅᑏᑦ ᐱᙳᐊᖅᑐᑦ. ᐊᔾᔨᓕᐅᖅᑎ: ᔫᓯᐸᒍᑦ ᓄᕗᐊᓕᐊᖅ",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }
}
