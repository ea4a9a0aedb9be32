import Foundation
import Testing
@testable import ReaderModel

/// The rules the fourth batch of unseen pages (`UnseenPageFixtureTests`: Swahili, a second Hindi,
/// Korean, Arabic and Hebrew page, Malayalam, Japanese one-sentence paragraphs, a 2001 table page,
/// a 2015 live blog, Somali, Telugu, Tagalog) called for, one by one. All text is invented.
@Suite struct UnseenFourthBatchRulesTests {
    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Tangazo", NoiseReason.advertisement), ("Soma pia: Soko jipya la samaki lafunguliwa bandarini", .related),
        ("Maoni", .comments), ("Kubali", .cookie), ("Jiandikishe", .newsletter), ("Changia sasa", .membership),
        ("Tovuti hii inatumia vidakuzi kukupa huduma bora.", .cookie),
        ("© 2025 Gazeti la Mfano. Haki zote zimehifadhiwa.", .navigation),
        ("പരസ്യം", .advertisement), ("ഇതുകൂടി വായിക്കൂ: പുതിയ ബസ് സ്റ്റാൻഡ് തുറന്നു", .related),
        ("അഭിപ്രായങ്ങൾ", .comments), ("പങ്കിടുക ഫേസ്ബുക്ക് വാട്സ്ആപ്പ്", .social),
        ("शेयर करें फेसबुक व्हाट्सऐप ट्विटर", .social),
        ("हमारे न्यूज़लेटर की सदस्यता लें और ताज़ा खबरें पाएं।", .newsletter),
        ("טוקבקים (5)", .comments), ("PR", .advertisement), ("関連キーワード", .navigation),
        ("有料会員に登録する", .paywall), ("Auto update: On", .feed),
        ("ప్రకటన", .advertisement), ("ఇవి కూడా చదవండి: గ్రామంలో కొత్త బస్సు సర్వీసు", .related), ("వ్యాఖ్యలు", .comments),
        ("Basahin din: Bagong palengke, binuksan sa bayan", .related), ("Mga Komento", .comments),
        ("Xayaysiis", .advertisement), ("Sidoo kale akhri: Suuq cusub oo la furay", .related), ("Faallooyin (2)", .comments),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Wakulima walisema kuwa tangazo la serikali liliwafikia kuchelewa, lakini bado walipanda mbegu mpya mapema.",
        "ഗ്രാമത്തിലെ പരസ്യം പതിച്ച ചുവരുകൾ കുട്ടികൾ ചേർന്ന് വൃത്തിയാക്കി ചിത്രങ്ങൾ വരച്ചു.",
        "גם בחדשות המקומיות דיווחו השבוע על פתיחת הספרייה החדשה בכפר.",
        "Sinabi ng mga residente na basahin din nila ang abiso ng barangay bago magtanim sa baybayin.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    /// A bare "news" opens the menu, as in English: the lines under it are no feed.
    @Test func hebrewNewsIsAMenuItem() {
        #expect(NoiseVocabulary.reason(for: "חדשות") == .navigation)
    }

    // MARK: Dates of months the lexicon does not know

    @Test(arguments: ["12 Machi 2025", "Imechapishwa: 12 Machi 2025", "14 Maarso 2025", "Marso 15, 2025", "Posted 9 Hedar 2023"])
    func dayAndWordBeforeAYearIsADateLine(text: String) {
        #expect(UnparsedMonthDateLine.matches(Self.line(text)), "\(text)")
    }

    @Test(arguments: [
        "Wakulima 12 walipanda miche mwaka huu 2025",   // too many words for a date line
        "Tulipanda 12 Machi 2025.",                     // a sentence
        "12 Machi 1875",                                // no year of the web
        "Mwaka 2025 ulikuwa mzuri",                     // a year without a day
        "Member since 08/2003",                         // a year glued on by a slash
        "21.ago.2018 às 10h30",                         // a time after the year
        "Jumla 12 34 2025",                             // no word for a month
    ])
    func otherLinesAreNot(text: String) {
        #expect(!UnparsedMonthDateLine.matches(Self.line(text)), "\(text)")
    }

    /// A consent notice over the menu of a page in a language with no vocabulary (Hausa): the
    /// header's date line still says where the story starts, and the headline over it is the title.
    @Test func consentNoticeAboveAnUnknownLanguageHeader() {
        let page = """
        Wannan shafi yana amfani da fayiloli domin inganta hidimarmu. Idan ka ci gaba, ka amince da manufofinmu.
        Na amince
        Gida
        Labarai
        Siyasa
        Kasuwanci
        Wasanni
        Noma
        Manoman kauye sun haka sabuwar rijiya tare
        Daga Aisha Musa
        14 Maris 2025

        Manoman wani karamin kauye a kudancin jihar sun hada kai sun haka sabuwar rijiya bayan tsohuwar ta kafe lokacin rani.

        Kowane gida ya bayar da gudummawar kudi, yayin da yan kasuwa suka bada kayan aiki. Aikin ya dauki kusan watanni biyu.

        Dattijon kauyen ya ce rijiyar tana ba da ruwa ga gidaje fiye da dari uku da dabbobinsu a yanzu haka.
        """
        let doc = Cleaner().clean(Article(source: "ha.txt", format: .text, text: page))
        #expect(doc.title == "Manoman kauye sun haka sabuwar rijiya tare")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.paragraphs.first?.hasPrefix("Manoman wani karamin kauye") == true)
    }
}
