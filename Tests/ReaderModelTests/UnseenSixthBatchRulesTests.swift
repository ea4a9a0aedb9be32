import Foundation
import Testing
@testable import ReaderModel

/// The rules the sixth batch of unseen pages (`UnseenPageFixtureTests`: a Spanish interview, an
/// Italian AMP page, a Dutch results story, Serbian in Cyrillic, Marathi, Kannada, Pashto, Yoruba)
/// called for. All text is invented.
@Suite struct UnseenSixthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Реклама", NoiseReason.advertisement), ("Прочитајте још: У граду отворен нови парк", .related),
        ("Коментари (4)", .comments), ("© 2025 Пример новине. Сва права задржана.", .navigation),
        ("जाहिरात", .advertisement), ("हेही वाचा: शहरात नवे उद्यान सुरू", .related), ("प्रतिक्रिया (२)", .comments),
        ("© २०२५ उदाहरण वार्ता. सर्व हक्क राखीव.", .navigation),
        ("यो पनि पढ्नुहोस्: सहरमा नयाँ पार्क खुल्यो", .related), ("© २०८१ उदाहरण खबर। सर्वाधिकार सुरक्षित।", .navigation),
        ("ಜಾಹೀರಾತು", .advertisement), ("ಇದನ್ನೂ ಓದಿ: ನಗರದಲ್ಲಿ ಹೊಸ ಉದ್ಯಾನ", .related), ("ಪ್ರತಿಕ್ರಿಯೆಗಳು (3)", .comments),
        ("ಹಂಚಿಕೊಳ್ಳಿ", .social),
        ("اعلان", .advertisement), ("دا هم ولولئ: په ښار کې نوی پارک جوړ شو", .related), ("نظرونه (۲)", .comments),
        ("© ۲۰۲۵ بېلګه ورځپاڼه. ټول حقونه خوندي دي.", .navigation),
        ("Ìpolówó ọjà", .advertisement), ("Ẹ tún lè ka: Wọ́n ṣí ọgbà tuntun ní ìlú", .related), ("Àwọn èsì (2)", .comments),
        ("© 2025 Ìwé Ìròyìn Àpẹẹrẹ. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.", .navigation),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Општина је објавила оглас за нове раднике, а пријаве трају до краја месеца у згради суда.",
        "गावकऱ्यांनी दिलेल्या प्रतिक्रिया पाहून अधिकाऱ्यांनी पुढील वर्षी आणखी निधी देण्याचे आश्वासन दिले.",
        "ಗ್ರಾಮಸ್ಥರ ಪ್ರತಿಕ್ರಿಯೆ ನೋಡಿ ಅಧಿಕಾರಿಗಳು ಮುಂದಿನ ವರ್ಷ ಇನ್ನಷ್ಟು ಹಣ ನೀಡುವುದಾಗಿ ಹೇಳಿದರು.",
        "د ولسوالۍ چارواکو د نوي ښوونځي د پرانیستو په اړه اعلان وکړ او خلکو ته یې بلنه ورکړه.",
        "Àwọn èèyàn ìlú náà fi èsì wọn ránṣẹ́ sí ìjọba ìbílẹ̀ nípa ọjà tuntun náà.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Month names and byline labels

    @Test(arguments: [
        ("14. март 2025.", "2025-03-14"), ("3. септембра 2024.", "2024-09-03"), ("12. oktobra 2025.", "2025-10-12"),
        ("14 ಮಾರ್ಚ್ 2025", "2025-03-14"), ("ಡಿಸೆಂಬರ್ 2, 2024", "2024-12-02"),
        ("१४ ऑगस्ट २०२५", "2025-08-14"), ("५ नोभेम्बर २०२४", "2024-11-05"),
        ("۱۴ مارچ ۲۰۲۵", "2025-03-14"), ("۳ اګست ۲۰۲۴", "2024-08-03"), ("12 جنوری 2025", "2025-01-12"),
        ("14 mar 2025", "2025-03-14"), ("3 dic 2024", "2024-12-03"), ("21 ott. 2025", "2025-10-21"),
    ])
    func monthsOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// A lower-case English abbreviation counts as a month only between a day and a year.
    @Test(arguments: ["they may 2 go", "I may 2025 be there", "14 mar the old road"])
    func lowerCaseAbbreviationNeedsDayAndYear(text: String) {
        #expect(DateNormalizer.iso(text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("Аутор: Милица Јовановић", "Милица Јовановић"), ("ವರದಿ: ಸುರೇಶ್ ಹೆಗಡೆ", "ಸುರೇಶ್ ಹೆಗಡೆ"),
        ("لیکوال: احمد شاه ستانکزی", "احمد شاه ستانکزی"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    /// Latin labels that are also words of prose name an author only on a line of label and names.
    @Test(arguments: [
        ("di Chiara Bellandi", "Chiara Bellandi"), ("Door Femke van der Laan", "Femke van der Laan"),
        ("Láti ọwọ́ Adéwálé Ògúnmọ́lá", "Adéwálé Ògúnmọ́lá"),
    ])
    func wholeLineLabelsNameTheAuthor(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    @Test(arguments: ["Door County officials said the road would reopen", "Di Maio e Salvini hanno parlato a lungo",
                      "di solito il mercato apre alle sette"])
    func wholeLineLabelsSkipSentences(line: String) {
        #expect(MetadataPatterns.byline(in: line) == nil, "\(line)")
    }
}
