import Foundation
import Testing
@testable import ReaderModel

/// The rules the ninth batch of unseen pages (`UnseenPageFixtureTests`: Malay, Dhivehi, Tibetan,
/// Odia) called for. All text is invented.
@Suite struct UnseenNinthBatchRulesTests {
    // MARK: Tibetan: words run together, a tsheg between syllables, a shad after a clause

    /// A Tibetan paragraph is two space-separated runs; it counts by its syllables, each a word
    /// as a Vietnamese syllable is, and a shad is punctuation, so a label matches without it.
    @Test func tibetanCountsBySyllables() {
        let paragraph = "ཆུ་ལམ་རྙིང་པ་དེ་ལོ་ངོ་བཅུ་ལྷག་ལ་བཀག་ཡོད། ཆུ་ལམ་ནང་དུ་འདམ་རྫབ་དང་རྡོ་བ་གང་བས་ཞིང་ཁར་ཆུ་མི་སླེབས།"
        let tokens = WordTokenizer.tokens(paragraph)
        #expect(tokens.words.count == 28)
        #expect(tokens.script.isUnspaced)
        #expect(tokens.script.wordCount(tokens: tokens.wordCount) == 28)
        #expect(WordTokenizer.tokens("ཁྱབ་བསྒྲགས།").words == ["ཁྱབ", "བསྒྲགས"])
        #expect(TextLine.endsLikeSentenceByScalars("ཞིང་ཁར་ཆུ་མི་སླེབས།"))
    }

    /// Vowel signs and subjoined letters sit on a letter and add no length of their own.
    @Test func tibetanStacksCountTheirBaseLetters() {
        let tokens = WordTokenizer.tokens("བསྐྱར་གསོ")
        #expect(tokens.script.southeastAsian == 5)
    }

    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Dengar berita ini", NoiseReason.social), ("Masa membaca: 3 minit", .banner),
        ("Sumbang sekarang", .membership),
        ("އިޝްތިހާރު", .advertisement), ("މިވެސް ކިޔައްވާ: ހުޅުމީދޫގައި އާ ލައިބްރަރީއެއް ހުޅުވައިފި", .related),
        ("ކޮމެންޓް (2)", .comments), ("© 2025 ރަށުގެ އަޑު. ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ.", .navigation),
        ("ཁྱབ་བསྒྲགས།", .advertisement), ("འདི་ཡང་ཀློག་རོགས། གྲོང་ཁྱེར་དུ་དཔེ་མཛོད་གསར་པ་ཞིག་སྒོ་ཕྱེ", .related),
        ("བསམ་ཚུལ། (2)", .comments), ("ཀློག་དུས། སྐར་མ་ ༣", .banner),
        ("ବିଜ୍ଞାପନ", .advertisement), ("ଆହୁରି ପଢ଼ନ୍ତୁ: ପୁରୁଣା ସ୍କୁଲ ଘର ଏବେ ଗାଁର ପାଠାଗାର", .related),
        ("ମନ୍ତବ୍ୟ (2)", .comments), ("© 2025 ଗାଁ ଖବର। ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ।", .navigation),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Ramai penduduk datang untuk dengar berita ini daripada ketua kampung sebelum mesyuarat bermula petang itu.",
        "ރަށުގެ މީހުން ބުނީ އިޝްތިހާރު ޖަހާފައި ހުރި ތަންތަނުގައި ވެސް ޖެޓީގެ މަސައްކަތުގެ ޚަބަރު ފެތުރުނު ކަމަށެވެ.",
        "ଗାଁ ଲୋକେ କହିଲେ ଯେ ବିଜ୍ଞାପନ ଦେଖି ଅନେକ ଲୋକ ପୋଖରୀ ସଫା କରିବାକୁ ପାଖ ଗାଁରୁ ଆସିଥିଲେ ଏବଂ ସାହାଯ୍ୟ କଲେ।",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Month names

    @Test(arguments: [
        ("14 Ogos 2025, 10:45 am", "2025-08-14"), ("3 Mac 2024", "2024-03-03"), ("21 Disember 2024", "2024-12-21"),
        ("9 Julai 2025", "2025-07-09"),
        ("14 އޮގަސްޓު 2025 - 10:30", "2025-08-14T10:30"), ("3 މާރިޗު 2024", "2024-03-03"),
        ("୧୪ ଅଗଷ୍ଟ ୨୦୨୫, ୧୦:୩୦", "2025-08-14T10:30"), ("5 ଡିସେମ୍ବର 2024", "2024-12-05"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    // MARK: Byline labels

    @Test func malayOlehNamesTheAuthorOnlyOnItsOwnLine() {
        #expect(MetadataPatterns.byline(in: "Oleh Nurul Aini Hassan") == "Nurul Aini Hassan")
        #expect(MetadataPatterns.byline(in: "Oleh itu, penduduk kampung membaiki jambatan itu sendiri tahun lalu.") == nil)
    }

    @Test(arguments: [
        ("ލިޔުނީ: އަޙްމަދު ޝިފާޒް", "އަޙްމަދު ޝިފާޒް"), ("རྩོམ་པ་པོ། བཀྲ་ཤིས་དོན་གྲུབ", "བཀྲ་ཤིས་དོན་གྲུབ"),
        ("ରିପୋର୍ଟ: ସୁଶାନ୍ତ ମହାପାତ୍ର", "ସୁଶାନ୍ତ ମହାପାତ୍ର"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "ޒުވާނުން ޖެޓީގެ ތަޚުތަ ބަދަލުކުރަނީ. ފޮޓޯ: މުޙައްމަދު ނާޝިދު",
        "གཞོན་ནུ་ཚོས་ཆུ་ལམ་ནང་གི་འདམ་རྫབ་གཙང་སེལ་བྱེད་བཞིན་པ། པར། ཚེ་རིང་རྡོ་རྗེ",
        "ଯୁବକମାନେ ପୋଖରୀରୁ ପଙ୍କ କାଢୁଛନ୍ତି। ଫଟୋ: ବିକାଶ ସାହୁ",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }
}
