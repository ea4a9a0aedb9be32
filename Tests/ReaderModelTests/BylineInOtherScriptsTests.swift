import Testing
@testable import ReaderModel

/// A text copy's labelled byline line in scripts without capitals (Kannada), right to left (Pashto)
/// and with tone marks and under-dots (Yoruba): the name is read from the header line whatever its
/// script, as the saved page reads it from the byline element. Invented pages.
@Suite struct BylineInOtherScriptsTests {
    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "invented.txt", format: .text, text: text))
    }

    @Test func kannadaLabelAndNameWithoutCapitals() {
        let doc = Self.clean("""
        ಮುಖಪುಟ

        ನಗರದ ಉದ್ಯಾನದಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯ ಆರಂಭ

        ವರದಿ: ಲತಾ ಕುಲಕರ್ಣಿ
        ಏಪ್ರಿಲ್ 2, 2025

        ನಗರದ ಹಳೆಯ ಉದ್ಯಾನದಲ್ಲಿ ಮಕ್ಕಳಿಗಾಗಿ ಹೊಸ ಗ್ರಂಥಾಲಯವನ್ನು ಸ್ವಯಂಸೇವಕರು ಆರಂಭಿಸಿದ್ದಾರೆ. ಪ್ರತಿದಿನ ಸಂಜೆ ನೂರಾರು ಮಕ್ಕಳು ಅಲ್ಲಿ ಪುಸ್ತಕ ಓದುತ್ತಾರೆ ಎಂದು ಸಂಘಟಕರು ಹೇಳಿದರು.
        ಗ್ರಂಥಾಲಯಕ್ಕೆ ಪುಸ್ತಕಗಳನ್ನು ಊರಿನ ಜನರೇ ದಾನ ಮಾಡಿದ್ದಾರೆ. ಮುಂದಿನ ತಿಂಗಳು ಓದುವ ಸ್ಪರ್ಧೆ ನಡೆಯಲಿದೆ ಎಂದು ಅವರು ತಿಳಿಸಿದರು.
        """)
        #expect(doc.byline == "ಲತಾ ಕುಲಕರ್ಣಿ")
        #expect(doc.published == "2025-04-02")
    }

    @Test func pashtoLabelRightToLeft() {
        let doc = Self.clean("""
        کور

        د ښار په پارک کې نوی کتابتون پرانیستل شو

        لیکوال: محمد نعیم وردک
        ۲ اپریل ۲۰۲۵

        د ښار په زاړه پارک کې رضاکارانو د ماشومانو لپاره یو نوی کتابتون پرانیست. هره ورځ ماښام سلګونه ماشومان هلته کتابونه لولي او د کتابتون مسؤلینو وویل چې شمېر یې ورځ تر بلې زیاتېږي.
        د کتابتون کتابونه د سیمې خلکو ورکړي دي. راتلونکې میاشت به د لوستلو سیالي هم جوړه شي او ګټونکو ته به جایزې ورکړل شي.
        """)
        #expect(doc.byline == "محمد نعیم وردک")
        #expect(doc.published == "2025-04-02")
    }

    @Test func yorubaLabelOfTwoWordsAndNumberedMonth() {
        let doc = Self.clean("""
        Ìròyìn

        Àwọn ọmọdé ní ìlú Ẹ̀dẹ́ ṣí ilé ìkàwé tuntun

        Láti ọwọ́ Fúnmiláyọ̀ Àkàndé
        2 Oṣù Kẹrin 2025

        Àwọn olùyọ̀ǹda ara ẹni ní ìlú Ẹ̀dẹ́ ti ṣí ilé ìkàwé tuntun fún àwọn ọmọdé nínú ọgbà ìlú náà. Ọgọ́rọ̀ọ̀rún ọmọdé ni wọ́n ń wá kàwé níbẹ̀ ní gbogbo ìrọ̀lẹ́, gẹ́gẹ́ bí àwọn olùṣètò ṣe sọ.
        Àwọn ará ìlú ló fi ìwé ṣe ẹ̀bùn fún ilé ìkàwé náà. Ìdíje kíkàwé yóò wáyé ní oṣù tó ń bọ̀, wọ́n sì máa fún àwọn tó borí ní ẹ̀bùn.
        """)
        #expect(doc.byline == "Fúnmiláyọ̀ Àkàndé")
        #expect(doc.published == "2025-04-02")
    }

    /// "Oṣù" is a month word to the word lexicon, so a Yoruba date line without a four-digit year
    /// still reaches the date parser.
    @Test(arguments: ["2 Oṣù Kẹrin, 10:20", "Oṣù Kẹta 14"])
    func yorubaMonthWordMayHoldADate(text: String) {
        let line = TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1)
        #expect(line.hasMonthWord)
    }
}
