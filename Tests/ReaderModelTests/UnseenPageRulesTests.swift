import Foundation
import Testing
@testable import ReaderModel

/// The rules the unseen-page fixtures (`UnseenPageFixtureTests`) called for, one by one.
@Suite struct UnseenPageRulesTests {
    // MARK: Bengali and Tamil furniture

    @Test(arguments: [
        ("বিজ্ঞাপন", NoiseReason.advertisement), ("আরও পড়ুন: হাওরে বোরো ধান কাটার উৎসব শুরু", .related),
        ("সম্পর্কিত খবর", .related), ("মন্তব্য করুন", .comments), ("স্বত্ব © ২০২৫ দৈনিক নদীতীর। সর্বস্বত্ব সংরক্ষিত।", .navigation),
        ("விளம்பரம்", .advertisement), ("இதையும் படிக்கவும்: கடலோர கிராமங்களில் மீன்பிடி திருவிழா", .related),
        ("தொடர்புடைய செய்திகள்", .related), ("கருத்துகள் (2)", .comments),
        ("Xem thêm: Phố cổ lên đèn đón mùa lễ hội", .related),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == reason, "\(text)")
    }

    /// "শেয়ার" with the one-letter "য়" (U+09DF) and with "য" and a nukta are one label.
    @Test func bengaliLabelsMatchBothSpellings() {
        let oneLetter = "শে\u{09DF}ার করুন"
        let withNukta = "শে\u{09AF}\u{09BC}ার করুন"
        #expect(!oneLetter.unicodeScalars.elementsEqual(withNukta.unicodeScalars))
        #expect(NoiseVocabulary.reason(for: oneLetter) == .social)
        #expect(NoiseVocabulary.reason(for: withNukta) == .social)
        #expect(ForeignNoiseVocabulary.bengaliSpellings(of: "আরও পড়ুন").count == 2)
        #expect(ForeignNoiseVocabulary.bengaliSpellings(of: "মন্তব্য") == ["মন্তব্য"])
    }

    /// Prose that opens with a word of those labels stays prose.
    @Test(arguments: [
        "প্রকাশনা সংস্থাটি এবার গ্রামের শিশুদের জন্য নতুন বই ছাপবে বলে জানিয়েছে।",
        "படம் வெளியான முதல் வாரத்திலேயே திரையரங்குகள் நிரம்பி வழிந்தன என்று விநியோகஸ்தர்கள் தெரிவித்தனர்.",
        "Mưa lớn kéo dài khiến người dân phải xem lại kế hoạch thu hoạch lúa của cả làng.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(BlockNoisePhrases.reason(for: text) == nil, "\(text)")
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Photo labels of other languages closing a caption

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "Du khách học nặn gốm tại một xưởng trong làng. Ảnh: Minh Anh",
        "Warga memanen sayur di bekas lahan tambang. (Foto: Rina Wulandari/Kabar Rawasari)",
        "Волонтери встановлюють нові опори мосту. Фото: Олена Коваленко",
        "Cooperados separam garrafas no galpão — Foto: Mariana Souza/Jornal da Serra",
    ])
    func foreignCreditClosesACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }

    @Test(arguments: [
        "Mưa lớn kéo dài đã ảnh hưởng đến mùa màng của nhiều hộ dân trong làng gốm ven sông năm nay.",
        "Fotograf itu bilang: foto terbaik selalu diambil pagi hari, saat warga mulai bekerja di kebun.",
        "Фото з того вечора досі висить у сільській школі, поруч із картою району.",
    ])
    func proseWithThePhotoWordIsNoCaption(text: String) {
        #expect(!CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }

    // MARK: A table-laid page

    /// An invented 2003-style page: site and section before the headline in the title, the
    /// headline a bold line set off from the byline by one `<br>`, print and back links inside the
    /// story's inner table, and a footer row under the story's row.
    static let tablePage = """
    <html><head><title>Valley Herald - Local - Library roof repairs finished ahead of winter</title></head><body>
    <table width="760"><tr><td width="140"><a href="/">Home</a><br><a href="/local/">Local</a><br><a href="/sports/">Sports</a><br>
    <a href="/opinion/">Opinion</a><br><a href="/contact/">Contact Us</a></td>
    <td width="460"><table width="100%"><tr><td>
    <font size="5"><b>Library roof repairs finished ahead of winter</b></font><br>
    <font size="1">By Carla Mendes<br>Herald Staff Writer</font><br><br>
    <font size="1"><a href="/print/1">Printer-friendly version</a> | <a href="/mail/1">E-mail this story</a></font><br><br>
    The roof of the town library was finished on Friday, a week before the first snow was forecast, after a summer of delays caused by a shortage of slate.<br><br>
    Workers replaced about a third of the tiles and rebuilt the chimney, which had been leaning since a storm two winters ago, the library director said on Monday.<br><br>
    The reading room, closed since June, will reopen next Saturday with a small exhibition of photographs taken during the repairs by pupils of the high school.<br><br>
    <a href="/local/">&lt;&lt; Back to Local</a>
    </td></tr></table></td>
    <td width="160">Advertisement</td></tr>
    <tr><td colspan="3"><a href="/">Home</a> | <a href="/local/">Local</a> | <a href="/privacy/">Privacy Policy</a><br>
    Copyright &copy; 2003 Valley Herald. All rights reserved. This material may not be published, broadcast or redistributed.</td></tr>
    </table></body></html>
    """

    @Test func headlineJoinedToItsBylineIsSplit() {
        let title = "Library roof repairs finished ahead of winter"
        #expect(HeadlineRunIntoByline.byline(after: title, in: "\(title) By Carla Mendes Herald Staff Writer")
                == "By Carla Mendes Herald Staff Writer")
        // The headline opening a sentence of the story is prose.
        #expect(HeadlineRunIntoByline.byline(after: title, in: "\(title) by the end of October, the council said on Monday.") == nil)
        #expect(HeadlineRunIntoByline.byline(after: title, in: "Library roof repairs finished ahead of winterx By Carla Mendes") == nil)
        let doc = HTMLFixtures.clean(Self.tablePage)
        #expect(doc.blocks.contains { $0.role == .byline && $0.text == "By Carla Mendes Herald Staff Writer" })
    }

    @Test func headlineFromTheTitleSegmentABoldLineRepeats() {
        let doc = HTMLFixtures.clean(Self.tablePage)
        #expect(doc.title == "Library roof repairs finished ahead of winter")
    }

    /// "Headline - Site": the site after a longer headline is no headline, bold logo or not.
    @Test func aBoldSiteNameAfterTheHeadlineIsNoHeadline() {
        let html = """
        <html><head><title>Harbour lights return to the old pier this summer - The Quay Gazette</title></head><body>
        <div class="logo"><b>The Quay Gazette</b></div>
        <p>The string of lights that lined the old pier until the storm of 2019 will be switched on again in June, the harbour trust said on Tuesday evening.</p>
        <p>Volunteers restored most of the original lamps over the winter, and the rest were cast new by a foundry that still holds the moulds from the last century.</p>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.title == "Harbour lights return to the old pier this summer")
    }

    @Test func toolsLinksAndFooterRowOfTheLayoutTableGo() {
        let doc = HTMLFixtures.clean(Self.tablePage)
        #expect(doc.paragraphs.count == 3, "\(doc.paragraphs)")
        #expect(doc.paragraphs.first?.hasPrefix("The roof of the town library") == true)
        #expect(!doc.paragraphs.contains { $0.contains("Printer-friendly") || $0.contains("Back to Local") || $0.contains("rights reserved") })
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains("the layout's footer row") })
    }

    /// A data table inside the article whose linked column is one item's detail keeps its items.
    @Test func aDataTableInTheStoryKeepsItsLinkedCells() {
        let rows = ["North Quay", "Mill Lane", "Station Road", "Harbour Street"].enumerated().map { i, name in
            "<tr><td><a href=\"/stop/\(i)\">\(name)</a></td><td>Opens at seven in the morning on weekdays and at nine on Sundays</td></tr>"
        }.joined()
        let html = """
        <html><head><title>New bus stops open</title></head><body><article><h1>New bus stops open</h1>
        <p>Four new bus stops open on Monday along the harbour route, the council said, after a year of complaints about the long walk from the ferry.</p>
        <table>\(rows)</table>
        <p>The council expects the route to carry about two thousand passengers a day once the summer timetable begins in June.</p>
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains("North Quay\tOpens at seven in the morning on weekdays and at nine on Sundays"), "\(doc.paragraphs)")
    }
}

/// The bracketed initials closing an Indonesian story.
@Suite struct EditorInitialsTests {
    @Test(arguments: ["(rwl/ash)", "(nam/dhn)", "(ab/cd/efg)"])
    func initialsMatch(text: String) { #expect(EditorInitials.matches(text)) }

    @Test(arguments: ["(AP)", "(rwl)", "(see page 4)", "(a/b)", "(2024/25)", "(and/or)x", "(abcdef/gh)", "(km/h)"])
    func otherBracketsDoNot(text: String) { #expect(!EditorInitials.matches(text)) }
}

/// The rules the second batch of unseen pages called for: Burmese, Khmer, Urdu, Georgian,
/// Amharic, Croatian and Catalan furniture; the stops and colons of Myanmar, Khmer and Ethiopic;
/// their letters' length; and a 1999 page's headline set in `<center><font><b>`.
@Suite struct UnseenScriptsRulesTests {
    @Test(arguments: [
        ("ကြော်ငြာ", NoiseReason.advertisement), ("ဆက်စပ်သတင်း - မြစ်ရေကြီးမှုကြောင့် ကူးတို့ခရီးစဉ်များ ရပ်ဆိုင်း", .related),
        ("ពាណិជ្ជកម្ម", .advertisement), ("អានបន្ថែម៖ កសិករដាំស្រូវសរីរាង្គទទួលបានតម្លៃខ្ពស់", .related),
        ("اشتہار", .advertisement), ("یہ بھی پڑھیں: شہر میں نئی بس سروس کا آغاز", .related), ("تبصرے (4)", .comments),
        ("რეკლამა", .advertisement), ("ასევე წაიკითხეთ: ბათუმში ახალი პარკი გაიხსნა", .related),
        ("ማስታወቂያ", .advertisement), ("ተዛማጅ፦ በሐዋሳ አዲስ ገበያ ተከፈተ", .related), ("አስተያየቶች (3)", .comments),
        ("Oglas", .advertisement), ("Pročitajte još: Novi vozni red autobusa od ponedjeljka", .related),
        ("Komentari (7)", .comments), ("© 2025 Primjer. Sva prava pridržana.", .navigation),
        ("Publicitat", .advertisement), ("Llegiu també: El mercat del dissabte canvia d'horari", .related),
        ("Get the best of the week straight to your inbox.", .newsletter),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Oglas za natječaj objavljen je u ponedjeljak, a prijave su otvorene do kraja mjeseca za sve mještane.",
        "La portada del llibre la va dibuixar una alumna de l'escola, que ara estudia belles arts a la ciutat.",
        "گاؤں کے لوگوں نے کہا کہ اشتہار دیکھ کر بہت سے خاندان اپنی بیٹیوں کو اسکول بھیجنے پر راضی ہوئے۔",
        "ადგილობრივებმა თქვეს, რომ რეკლამა სოფელში ტურისტებს ჯერ არ მოუზიდავს, მაგრამ იმედი აქვთ.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(BlockNoisePhrases.reason(for: text) == nil, "\(text)")
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    /// "៖", "፦" and "။" are punctuation inside their scripts' letter blocks: they end a word.
    @Test func ownPunctuationEndsAWord() {
        #expect(WordTokenizer.tokens("អានបន្ថែម៖ ភូមិ").words == ["អានបន្ថែម", "ភូមិ"])
        #expect(WordTokenizer.tokens("ተዛማጅ፦ ዜና").words == ["ተዛማጅ", "ዜና"])
        #expect(WordTokenizer.tokens("ပြောသည်။ ရွာ").words == ["ပြောသည်", "ရွာ"])
        // Khmer's repetition sign ៗ is part of its word.
        #expect(WordTokenizer.tokens("ព័ត៌មានថ្មីៗ").words == ["ព័ត៌មានថ្មីៗ"])
    }

    @Test(arguments: [
        "ကလေးများ ညဘက်စာကျက်ရန် အခက်အခဲ ရှိခဲ့သည်ဟု ရွာလူကြီးတစ်ဦးက ပြောသည်။",
        "អ្នកនេសាទចាប់ផ្ដើមឃើញពួកវាត្រឡប់មកវិញហើយ។",
        "ከአምስት ዓመት በፊት ሥራውን ሲጀምሩ የነበራቸው አሥር ባህላዊ ቀፎዎች ብቻ ነበሩ።",
    ])
    func ownFullStopEndsASentence(text: String) {
        #expect(TextLine.endsLikeSentence(Substring(text)), "\(text)")
    }

    /// Letters of Myanmar, Georgian and Khmer count once, an Ethiopic syllable twice.
    @Test func lengthOfTheAddedScripts() {
        for (text, letters) in [("რეკლამა", 7), ("ကြော်ငြာ", 8), ("ពាណិជ្ជកម្ម", 11)] {
            #expect(ScriptNeutralLength.of(text, bytes: text.utf8.count, limit: 1) == letters, "\(text)")
        }
        let amharic = "ማስታወቂያ"
        #expect(ScriptNeutralLength.of(amharic, bytes: amharic.utf8.count, limit: 1) == 12)
    }

    /// A 1999 page: the headline a `<center><font size=5><b>` line under a section-and-date row,
    /// the byline in italics under it, all in a table cell.
    static let centeredPage = """
    <HTML><HEAD><TITLE>Lakeside Gazette Online - Town - Old ferry bell returns to the harbour</TITLE></HEAD>
    <BODY BGCOLOR="#FFFFFF"><TABLE WIDTH=600><TR><TD BGCOLOR="#003366"><FONT COLOR="#FFFFFF" SIZE=2><B>TOWN NEWS</B> | May 3, 1999</FONT></TD></TR>
    <TR><TD><CENTER><FONT SIZE=5><B>Old ferry bell returns to the harbour</B></FONT></CENTER>
    <P><CENTER><FONT SIZE=2><I>By Ruth Calder<BR>Gazette Staff</I></FONT></CENTER>
    <P><FONT SIZE=3>The bell that called passengers to the lake ferry for sixty years was hung again at the harbour on Saturday, after a collector returned it to the town.
    <P>It had been sold at an auction in 1971, when the ferry stopped running, and spent almost three decades in a barn two counties away.
    </FONT></TD></TR></TABLE></BODY></HTML>
    """

    @Test func centeredHeadlineIsTheTitleAndItsBylineNoParagraph() {
        let doc = HTMLFixtures.clean(Self.centeredPage)
        #expect(doc.title == "Old ferry bell returns to the harbour")
        #expect(doc.paragraphs.count == 2, "\(doc.paragraphs)")
        #expect(doc.paragraphs.first?.hasPrefix("The bell that called") == true)
        #expect(doc.blocks.contains { $0.role == .byline && $0.text == "By Ruth Calder Gazette Staff" })
        // The section row over the headline ends in the edition's date: it dates the page (`HeadlineMetadataRow`).
        #expect(doc.published == "1999-05-03")
        #expect(doc.blocks.contains { $0.role == .dateline && $0.evidence == HeadlineMetadataRow.dateEvidence })
    }

    /// Once the article's prose has begun, a line repeating the headline is no headline.
    @Test func headlineNeedsNoProseAboveIt() {
        #expect(UntaggedHeadline.mayFollow([40, 20]))
        #expect(!UntaggedHeadline.mayFollow([40, 180]))
        #expect(!UntaggedHeadline.mayFollow(Array(repeating: 20, count: 8)))
        #expect(UntaggedHeadline.isByline("By Ruth Calder Gazette Staff", length: 28))
        #expect(!UntaggedHeadline.isByline("By noon the harbour was full of boats.", length: 38))
    }

    @Test(arguments: [
        "កូនកោងកាងដែលទើបដាំនៅមាត់សមុទ្រ។ រូបថត៖ សុខ ចាន់ថា",
        "წისქვილი აღდგენის შემდეგ. ფოტო: ნინო ბერიძე",
        "ማኅበሩ የገነባው አዲስ የንብ ቀፎ። ፎቶ፦ አበበች ታደሰ",
        "اسکول کی نئی عمارت۔ فوٹو: نمائندہ خصوصی",
    ])
    func foreignCreditClosesACaption(text: String) {
        #expect(CaptionDetector.isCaption(UnseenPageRulesTests.line(text)), "\(text)")
    }
}
