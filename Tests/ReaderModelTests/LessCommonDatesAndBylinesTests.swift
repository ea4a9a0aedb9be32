import Foundation
import Testing
@testable import ReaderModel

/// Dates and bylines in less common forms: Tibetan dates with a bare year, day first and with a
/// clock time; Irish months of more than one word; Irish "Le" before a name, told from a French
/// site name; a name alone under the headline in a script without capitals. All text is invented.
@Suite struct LessCommonDatesAndBylinesTests {
    // MARK: Tibetan

    @Test(arguments: [
        ("༢༠༢༥ ཟླ་༩ ཚེས་༣", "2025-09-03"),
        ("༢༠༢༥་ཟླ་༩་ཚེས་༣", "2025-09-03"),
        ("༢༠༢༥ ལོའི་ཟླ་༩ ཚེས་༣", "2025-09-03"),
        ("ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣", "2025-09-03"),
        ("ཚེས་༣ ཟླ་༩ ཕྱི་ལོ་༢༠༢༥", "2025-09-03"),
        ("ཚེས་༣ ཟླ་བ་དགུ་པ། ༢༠༢༥", "2025-09-03"),
        ("ཟླ་༩ ཚེས་༣ ཕྱི་ལོ་༢༠༢༥", "2025-09-03"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣ ཆུ་ཚོད་༡༡:༤༥", "2025-09-03T11:45"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣ ཆུ་ཚོད་ ༩ སྐར་མ་ ༠༥", "2025-09-03T09:05"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣ ཕྱི་དྲོ་ཆུ་ཚོད་ ༤:༢༠", "2025-09-03T16:20"),
        ("༢༠༢༥ ཟླ་༩ ཚེས་༣ ། ༡༡:༤༥", "2025-09-03T11:45"),
        ("ཚེས་༣ ཟླ་༩ ཕྱི་ལོ་༢༠༢༥ སྔ་དྲོ་ཆུ་ཚོད་༡༢:༡༠", "2025-09-03T00:10"),
    ])
    func tibetanDateForms(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// A year and a month without a day, a day read twice, a number of hours with no clock: no
    /// date, or the date without a time.
    @Test func tibetanNonDates() {
        #expect(DateNormalizer.iso("༢༠༢༥ ཟླ་༩") == nil)
        #expect(DateNormalizer.iso("ཚེས་༣ ཚེས་༤ ཟླ་༩") == nil)
        #expect(DateNormalizer.iso("ལོ་ངོ་ ༢༠༢༥ ནས་བཟུང་།") == nil)
        #expect(DateNormalizer.iso("ཕྱི་ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣ ཆུ་ཚོད་ ༣ རིང་ལས་ཀ་བྱས།") == "2025-09-03")
    }

    // MARK: Irish

    @Test(arguments: [
        ("3 Meán Fómhair 2025", "2025-09-03"), ("21 Deireadh Fómhair 2024, 09:15", "2024-10-21T09:15"),
        ("5 Mí na Nollag 2025", "2025-12-05"), ("30 Mí na Samhna 2023", "2023-11-30"),
        ("12 Mí Lúnasa 2025", "2025-08-12"), ("2 Mí an Mhárta 2025", "2025-03-02"),
        ("9 Mí Mheán Fómhair 2025", "2025-09-09"), ("18 Mí Dheireadh Fómhair 2025", "2025-10-18"),
        ("7 Mí Eanáir 2026", "2026-01-07"),
    ])
    func irishMonthsOfMoreThanOneWord(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// "Mí" before a word that is no month, a "Meán" with no "Fómhair": no date.
    @Test func irishNonMonths() {
        #expect(DateNormalizer.iso("3 Mí na Gaeilge 2025") == nil)
        #expect(DateNormalizer.iso("3 Meán Oíche 2025") == nil)
    }

    /// "Le" before a name spelt in Irish, or beside an Irish date, is a byline.
    @Test(arguments: [
        ("Le Ciarán Mac Diarmada", "Ciarán Mac Diarmada"), ("Le Máire Ní Bhriain", "Máire Ní Bhriain"),
        ("Le Pól Breathnach 3 Meán Fómhair 2025", "Pól Breathnach"), ("Le Eoin Kelly 5 Lúnasa 2025", "Eoin Kelly"),
    ])
    func irishByline(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    /// A French site's name opens with "Le" and capitalised words, with French accents at most:
    /// no Irish byline; a name with no Irish in it needs an Irish date beside it.
    @Test func frenchSiteNameIsNoIrishByline() {
        #expect(IrishBylineLabel.name(in: "Le Courrier de la Vallée") == nil)
        #expect(IrishBylineLabel.name(in: "Le Petit Écho du Marché") == nil)
        #expect(IrishBylineLabel.name(in: "Le Journal des Hautes Terres", next: "12 août 2025") == nil)
        #expect(IrishBylineLabel.name(in: "Le Eoin Kelly") == nil)
        #expect(IrishBylineLabel.name(in: "Le Eoin Kelly", next: "5 Lúnasa 2025, 08:10") == "Eoin Kelly")
        #expect(IrishBylineLabel.name(in: "Le gouvernement a annoncé") == nil)
    }

    /// An invented Irish header: the byline under the headline, its date under it.
    @Test func irishHeaderInTextCopy() {
        let text = """
        Nuacht

        Comharchumann nua ag tógáil tithe don phobal ar an gcósta thiar

        Le Eoin Kelly
        3 Meán Fómhair 2025, 09:40

        Tá comharchumann nua bunaithe ag muintir an bhaile le tithe a thógáil do theaghlaigh óga a bhfuil orthu an ceantar a fhágáil de bharr cíosanna arda.

        Dúirt cathaoirleach an chomharchumainn go bhfuil talamh faighte acu ón gcomhairle contae agus go dtosóidh an obair roimh an Nollaig.

        Beidh cruinniú poiblí ar siúl i halla an pharóiste Dé Máirt seo chugainn le tuilleadh eolais a thabhairt.
        """
        let doc = Cleaner().clean(Article(source: "ga-invented.txt", format: .text, text: text))
        #expect(doc.byline == "Eoin Kelly")
        #expect(doc.published == "2025-09-03T09:40")
    }

    /// A French header whose site name opens with "Le": no byline is read from it.
    @Test func frenchHeaderKeepsNoSiteNameByline() {
        let text = """
        Le Courrier de la Vallée

        Une coopérative rachète le dernier moulin du canton

        Le Courrier de la Vallée
        12 août 2025

        Les habitants ont réuni en trois mois la somme nécessaire pour racheter le moulin, fermé depuis la mort de son dernier meunier il y a six ans.

        La coopérative compte y installer une boulangerie et un petit musée consacré à la meunerie, ouverts dès le printemps prochain.

        Le maire s'est dit favorable au projet et promet une aide de la commune pour la réfection du toit.
        """
        let doc = Cleaner().clean(Article(source: "fr-invented.txt", format: .text, text: text))
        #expect(doc.byline == nil || doc.byline?.hasPrefix("Le Courrier") == false)
    }

    // MARK: Names alone in scripts without capitals

    @Test(arguments: ["दीपा श्रेष्ठ", "މަރިޔަމް ޝާހިދާ", "ཚེ་རིང་སྒྲོལ་མ", "ཚེ་རིང་སྒྲོལ་མ།"])
    func uncasedNames(text: String) {
        #expect(UncasedBareName.name(Substring(text)) != nil, "\(text)")
    }

    /// A word with digits or punctuation, a single word of an uncased script, a Latin name, a sentence: no name.
    @Test(arguments: ["समाचार", "दीपा श्रेष्ठ २०८२", "Deepa Shrestha", "गाउँमा नयाँ पुल बनेको छ।", "ཆུ་ལམ་བསྐྱར་གསོ་བྱས་པའི་སྐོར་གྱི་གནས་ཚུལ་གསར་པ་ཞིག",
                           "a b", "རྩོམ་པ་པོ: ཚེ་རིང"])
    func notUncasedNames(text: String) {
        #expect(UncasedBareName.name(Substring(text)) == nil, "\(text)")
    }

    /// Invented headers in Nepali, Dhivehi and Tibetan: the name alone under the headline, the date under it.
    @Test(arguments: [
        ("""
        गाउँमा सामुदायिक पुस्तकालय खुल्यो

        दीपा श्रेष्ठ
        भदौ ३, २०८२

        गाउँका युवाहरूले पुरानो विद्यालय भवनमा सामुदायिक पुस्तकालय सुरु गरेका छन् र त्यहाँ अहिले दुई हजारभन्दा बढी किताब छन्।

        पुस्तकालय बिहान सात बजेदेखि साँझ छ बजेसम्म खुला रहन्छ र सबै उमेरका पाठकलाई निःशुल्क सेवा दिन्छ।

        आयोजकहरूले आगामी वर्ष कम्प्युटर कक्ष पनि थप्ने योजना बनाएका छन्।
        """, "दीपा श्रेष्ठ"),
        ("""
        ރަށުގެ ކުޑަކުދިންނަށް އައު ކުޅިވަރު ދަނޑެއް

        މަރިޔަމް ޝާހިދާ
        3 ސެޕްޓެމްބަރު 2025

        ރަށުގެ ޒުވާނުން އެއްވެ ކުޑަކުދިންނަށް ކުޅެން އައު ދަނޑެއް ތައްޔާރުކޮށްފިއެވެ. މި މަސައްކަތް ނިންމުމަށް ތިން މަސް ނެގިއެވެ.

        ދަނޑުގައި ދުވާލު ކުޅިވަރު ކުޅެވޭނެ ގޮތް ހަދާފައިވާއިރު ރޭގަނޑު އަލި ދިނުމަށް ބައްތި ވެސް ހަރުކޮށްފައިވެއެވެ.

        ކައުންސިލުން ބުނީ ދަނޑު ބަލަހައްޓާނީ ރަށުގެ ޒުވާނުންގެ ޖަމްޢިއްޔާއިން ކަމަށެވެ.
        """, "މަރިޔަމް ޝާހިދާ"),
        ("""
        གྲོང་གསེབ་ཏུ་དཔེ་མཛོད་གསར་པ་ཞིག་ཁ་ཕྱེ་བ།

        ཚེ་རིང་སྒྲོལ་མ
        ཕྱི་ལོ་༢༠༢༥ ཟླ་༩ ཚེས་༣

        གྲོང་གསེབ་ཀྱི་གཞོན་ནུ་ཚོས་སློབ་གྲྭ་རྙིང་པའི་ཁང་པའི་ནང་དུ་དཔེ་མཛོད་གསར་པ་ཞིག་ཁ་ཕྱེ་ཡོད། དེའི་ནང་དུ་དཔེ་ཆ་སྟོང་ཕྲག་གཉིས་ལྷག་ཡོད།

        དཔེ་མཛོད་དེ་ཞོགས་པ་ནས་དགོང་མོ་བར་དུ་ཁ་ཕྱེ་ཡོད་པ་དང་ལོ་ན་ཆེ་ཆུང་ཚང་མས་རིན་མེད་དུ་བེད་སྤྱོད་བྱེད་ཆོག

        འཆར་གཞི་འགོ་འཛུགས་མཁན་ཚོས་ལོ་རྗེས་མར་གློག་ཀླད་ཁང་ཞིག་ཀྱང་ཁ་སྣོན་བྱེད་རྒྱུ་ཡིན།
        """, "ཚེ་རིང་སྒྲོལ་མ"),
    ])
    func uncasedBareNameUnderHeadline(text: String, name: String) {
        let doc = Cleaner().clean(Article(source: "invented.txt", format: .text, text: text))
        #expect(doc.byline == name)
        #expect(doc.published != nil)
    }

    /// In a saved page the element the template names for the author holds the bare name.
    @Test func uncasedNameInAuthorElement() {
        let html = """
        <html><head><title>गाउँमा सामुदायिक पुस्तकालय खुल्यो</title></head><body><article>
        <h1>गाउँमा सामुदायिक पुस्तकालय खुल्यो</h1>
        <div class="meta"><span class="author">दीपा श्रेष्ठ</span> <time>भदौ ३, २०८२</time></div>
        <p>गाउँका युवाहरूले पुरानो विद्यालय भवनमा सामुदायिक पुस्तकालय सुरु गरेका छन् र त्यहाँ अहिले दुई हजारभन्दा बढी किताब छन्।</p>
        <p>पुस्तकालय बिहान सात बजेदेखि साँझ छ बजेसम्म खुला रहन्छ र सबै उमेरका पाठकलाई निःशुल्क सेवा दिन्छ।</p>
        </article></body></html>
        """
        let doc = Cleaner().clean(Article(source: "invented.html", format: .html, text: html))
        #expect(doc.byline == "दीपा श्रेष्ठ")
    }

    // MARK: Month names and labels of more languages

    @Test(arguments: [
        ("Imechapishwa: 4 Oktoba 2025", "2025-10-04"), ("Setyembre 9, 2025", "2025-09-09"),
        ("Nai-post: Hunyo 2, 2024", "2024-06-02"),
        ("21. rujna 2025. u 14:05", "2025-09-21T14:05"), ("8. prosinca 2024.", "2024-12-08"),
        ("9 հոկտեմբերի, 2025", "2025-10-09"), ("2 მარტი, 2025", "2025-03-02"),
        ("প্রকাশ: ৪ এপ্রিল ২০২৫", "2025-04-04"),
    ] as [(String, String?)])
    func moreMonthNames(text: String, iso: String?) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// A Tagalog month first needs the comma before the year: "Mayo 2025" alone is a month and year at most.
    @Test func latinMonthFirstNeedsItsComma() {
        #expect(DateNormalizer.iso("Marso 15 2025") == nil)
    }

    /// Hausa "Daga", Swahili "Na", Tagalog "Ni" before a name alone on the line: the name without the label.
    @Test(arguments: [("Daga Sani Garba", "Sani Garba"), ("Na Zawadi Mrisho", "Zawadi Mrisho"), ("Ni Liza Ramos", "Liza Ramos")])
    func labelsOfWholeLineBylines(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }

    /// The same words opening a sentence are no byline.
    @Test(arguments: ["Na wakulima wengi walisema mvua imechelewa", "Ni isang magandang araw para sa lahat", "Na Rua Augusta há obras"])
    func sentencesAreNoBylines(line: String) {
        #expect(MetadataPatterns.byline(in: line) == nil)
    }
}
