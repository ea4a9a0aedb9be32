import Testing
@testable import ReaderModel

/// Invented pages of article forms whose short lines are article text: an interview question and
/// an FAQ heading under an ad slot (`AdSlotInBody`), the one-word last item of an ingredients list
/// (`GluedShortItem`), and a listicle's numbered section heads, which are not its headline
/// (`NumberedRunItem`).
@Suite struct FormShortLinesTests: TextPageCleaning {
    static let interview = [
        "The lighthouse keeper's daughter on forty winters at Gull Point",
        "",
        "By Nora Fenwick",
        "",
        "Edith Marr grew up in the keeper's cottage at Gull Point and stayed on after the light went automatic in 1989. She still walks up the spiral stairs every morning to check the lens for salt.",
        "",
        "Q: Were you ever lonely out there?",
        "",
        "Not once. There were always ships to watch, a radio that picked up three countries, and a supply boat every Thursday that brought the post, the bread and whatever gossip the skipper had collected.",
        "",
        "ADVERTISEMENT",
        "",
        "Q: Any regrets?",
        "",
        "Every day, mostly the sound of the foghorn on the bad nights, which I used to hate and now cannot sleep without.",
        "",
        "Q: What happens to the cottage now?",
        "",
        "The trust will open it to visitors next summer, with my mother's kitchen left the way she kept it and the log books on the table for anyone who wants to read them.",
    ]

    static let faqArabic = [
        "أسئلة وأجوبة حول مواعيد المكتبة العامة الجديدة",
        "",
        "تفتح المكتبة العامة الجديدة في الحي القديم أبوابها الأسبوع المقبل بعد ثلاث سنوات من أعمال الترميم، وقد جمعنا هنا أكثر ما سأل عنه القراء.",
        "",
        "متى تفتح المكتبة؟",
        "",
        "من التاسعة صباحاً حتى الثامنة مساءً طوال أيام الأسبوع، ما عدا يوم الجمعة حين تفتح بعد الظهر فقط.",
        "",
        "إعلان",
        "",
        "هل الاشتراك مجاني؟",
        "",
        "نعم، يكفي أن يحضر الزائر بطاقة الهوية ليحصل على بطاقة الاستعارة في اليوم نفسه دون أي رسوم.",
    ]

    @Test func aQuestionUnderAnAdSlotIsKept() {
        let doc = clean(Self.interview)
        #expect(doc.paragraphs.contains("Q: Any regrets?"))
        #expect(doc.evidence(of: "Q: Any regrets?").contains(AdSlotInBody.evidence))
        #expect(!doc.paragraphs.contains("ADVERTISEMENT"))
    }

    @Test func anArabicHeadingUnderAnAdSlotIsKept() {
        let doc = clean(Self.faqArabic)
        #expect(doc.paragraphs.contains("هل الاشتراك مجاني؟"))
        #expect(!doc.paragraphs.contains("إعلان"))
    }

    /// A label and a colon over a headline under the slot is a "read also" teaser in a language the
    /// vocabulary does not know: the walk stops at the slot for it.
    @Test func aTeaserUnderAnAdSlotStillGoes() {
        let page = Self.interview.enumerated().map { $0.offset == 12 ? "Elsewhere: harbour festival returns after three years" : $0.element }
        let doc = clean(page)
        #expect(!doc.paragraphs.contains("Elsewhere: harbour festival returns after three years"))
    }

    /// An ad label glued to its neighbours is not a lone slot: the walk stops at it as before.
    @Test func aGluedAdLabelIsNoSlot() {
        let glued = Self.interview.enumerated().filter { $0.offset != 11 }.map(\.element)
        let doc = clean(glued)
        #expect(!doc.evidence(of: "Q: Any regrets?").contains(AdSlotInBody.evidence))
    }

    static let recipe = [
        "Barley soup with leeks",
        "",
        "My grandmother made this soup every Monday from whatever the Sunday roast had left behind, and it is still the cheapest warm meal I know how to cook for a family of four.",
        "",
        "Ingredients",
        "",
        "200 g pearl barley",
        "2 leeks, sliced",
        "1 carrot, diced",
        "1.5 litres vegetable stock",
        "Oil",
        "",
        "Rinse the barley, soften the leeks and carrot in a little oil, then add the stock and simmer everything gently for forty minutes until the barley is soft and the soup has thickened.",
    ]

    @Test func theOneWordLastItemOfAListIsKept() {
        let doc = clean(Self.recipe)
        #expect(doc.paragraphs.contains("Oil"))
        #expect(doc.paragraphs.contains("1.5 litres vegetable stock"))
    }

    @Test func gluedShortItemNeedsABlockOfThree() {
        func line(_ s: String, blank: Bool) -> TextLine { TextLine(text: Substring(s), offset: 0, blankBefore: blank, lineNumber: 0) }
        let lines = [line("200 g barley", blank: true), line("2 leeks", blank: false), line("Oil", blank: false),
                     line("Go", blank: false), line("Salt", blank: true), line("(a)", blank: false)]
        #expect(GluedShortItem.holds(2, lines, body: 0..<6))
        #expect(!GluedShortItem.holds(3, lines, body: 0..<6))  // two bytes
        #expect(!GluedShortItem.holds(4, lines, body: 0..<6))  // opens its own block
        #expect(!GluedShortItem.holds(5, lines, body: 0..<6))  // opens with a bracket
        #expect(!GluedShortItem.holds(1, lines, body: 1..<6))  // the block starts above the body
    }

    static let listicle = [
        "Menu",
        "Travel",
        "",
        "Sleepy corners for a slow weekend by the sea",
        "",
        "By Ruth Calloway",
        "",
        "Not every coastal village is swamped in August. We asked sailors, ferry crews and a retired harbour master for the quiet harbours they still go back to, and five names came up again and again.",
        "",
        "1. Porthwenna Cove",
        "",
        "Porthwenna Cove has a dozen boats, one pub and a slipway where children jump into the water at high tide.",
        "",
        "2. Skellig Quay",
        "",
        "The fish market opens at six and sells out by eight, so the early ferry is worth catching.",
        "",
        "3. Lower Ashby",
        "",
        "A harbour wall you can walk to the end of, with a café in the old lifeboat house.",
    ]

    @Test func aListicleSectionHeadIsNotTheHeadline() {
        let doc = clean(Self.listicle)
        #expect(doc.title == "Sleepy corners for a slow weekend by the sea")
        #expect(doc.paragraphs.contains("1. Porthwenna Cove"))
    }

    /// The French listicle's first section head echoes the paragraph under it word for word, and
    /// its headline echoes little: the head still is no headline.
    @Test func aFrenchListicleKeepsItsHeadline() throws {
        let text = try ScriptAwareCleaningTests.fixture("unseen/form-listicle.txt")
        let doc = Cleaner().clean(Article(source: "form-listicle.txt", format: .text, text: text))
        #expect(doc.title == "Sept idées pour profiter des bords de Loire ce printemps")
        #expect(doc.paragraphs.contains("1. Traverser en toue cabanée"))
    }

    @Test func aNumberedLineWithoutItsSuccessorIsNoRunItem() {
        func line(_ s: String) -> TextLine { TextLine(text: Substring(s), offset: 0, blankBefore: true, lineNumber: 0) }
        let lines = [line("1. FC Lindau wins the cup"), line("The final was played in heavy rain."), line("3. Lower Ashby")]
        #expect(!NumberedRunItem.holds(0, lines, body: 0..<3))
        let run = [line("1. Porthwenna Cove"), line("A dozen boats."), line("2. Skellig Quay")]
        #expect(NumberedRunItem.holds(0, run, body: 0..<3))
        #expect(!NumberedRunItem.holds(0, run, body: 0..<2))
    }
}
