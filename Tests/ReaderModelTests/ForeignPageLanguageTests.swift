import Testing
@testable import ReaderModel

/// Pages whose English function-word share says "English" though their article is not: Czech and
/// Polish share "a", "i", "to", "do" with English, and a German page carries one English cookie
/// notice. Their paragraphs are judged by shape alone, as any other non-English page's are. And a
/// Chinese "recommended" label of two letters glued to the first of a run of teasers goes with them.
@Suite struct ForeignPageLanguageTests {
    typealias Page = ForeignScriptsCleaningTests.Page

    static let englishCookieNotice = "We and our partners use cookies and similar technologies on this website to store and access information on your device, to personalise the content and the advertising you see, and to measure how our pages are used."

    static let pages: [Page] = [
        Page(code: "cs", menu: ["Domů", "Zprávy", "Sport", "Hledat"], title: "Nová lávka přes řeku spojila obě části Lipnice",
             paragraphs: [
                "Po dvou letech stavby a mnoha odkladech mohou lidé v Lipnici znovu přejít řeku pěšky, a to i s kočárkem nebo na kole. Nová lávka nahradila starý most, který před třemi lety strhla povodeň.",
                "Stavba stála zhruba osmdesát milionů korun a město na ni dostalo i peníze z evropských fondů. To ale podle starosty nestačilo, a tak musela radnice odložit opravu dvou ulic v centru.",
                "„Je to pro nás velký den. Lidé z druhého břehu to do školy a k lékaři měli přes půl hodiny pěšky, teď to zvládnou za pět minut,“ řekl starosta, který na otevření přišel i se svými dětmi.",
                "Někteří obyvatelé si ale stěžují, že na lávce chybí osvětlení a že večer je na ní tma. Radnice slibuje, že lampy doplní do konce jara a u obou konců lávky vysadí i nové stromy.",
             ], between: ["REKLAMA", "Čtěte také: Oprava silnice na Hradec se znovu protáhne do podzimu"],
             after: ["Sdílet", "Komentáře (3)", "Nejčtenější"]),
        Page(code: "de", menu: [englishCookieNotice, "Accept all", "Startseite", "Politik", "Suche"],
             title: "Neue Fußgängerbrücke verbindet die Altstadt mit dem Hafen",
             paragraphs: [
                "Nach zwei Jahren Bauzeit ist die neue Brücke am Hafen von Lindenau am Samstag für Fußgänger und Radfahrer freigegeben worden. Schon am Vormittag waren Hunderte Menschen gekommen, um als Erste über das Wasser zu gehen.",
                "Die Stadt hat für das Projekt rund acht Millionen Euro ausgegeben, ein Teil davon kam aus einem Förderprogramm des Landes. Das war aber nicht genug, sagt der Bürgermeister, und so musste die Sanierung von zwei Straßen verschoben werden.",
                "Die Konstruktion ist rund hundertzwanzig Meter lang und so gebaut, dass auch größere Segelboote darunter durchfahren können. Die Planer mussten außerdem damit rechnen, dass der Wasserstand bei Sturmflut um mehr als drei Meter steigt.",
                "Kritik gibt es trotzdem. Einige Bewohner bemängeln, dass die Beleuchtung noch fehlt und die Brücke abends im Dunkeln liegt. Die Stadt verspricht, die Lampen bis zum Frühjahr nachzurüsten.",
             ], between: ["Anzeige", "Lesen Sie auch: Sanierung der Uferstraße dauert länger als geplant"],
             after: ["Teilen", "Kommentare (2)", "Newsletter abonnieren"]),
        Page(code: "pl", menu: ["Strona główna", "Wiadomości", "Sport", "Szukaj"], title: "Nowa kładka połączyła stare miasto z portem",
             paragraphs: [
                "Po dwóch latach budowy i wielu opóźnieniach mieszkańcy Lipna znów mogą przejść przez rzekę pieszo. Nowa kładka dla pieszych i rowerzystów została otwarta w sobotę rano i od razu przeszły po niej setki osób.",
                "To nie był tani projekt. Miasto wydało na niego około trzydziestu milionów złotych, a część pieniędzy pochodziła z funduszy unijnych. Jak mówi burmistrz, to i tak nie wystarczyło, więc remont dwóch ulic trzeba było przełożyć.",
                "Dla wielu osób to ogromna ulga. Kto chciał dotąd dostać się z portu do szkoły albo na targ, musiał iść do starego mostu drogowego, a to prawie dwa kilometry. Teraz zajmuje to kilka minut.",
                "Nie brakuje też krytyki. Część mieszkańców narzeka, że na kładce wciąż nie ma oświetlenia i wieczorem jest tam po prostu ciemno. Urząd obiecuje, że lampy pojawią się do wiosny.",
             ], between: ["REKLAMA", "Czytaj także: Remont bulwaru potrwa dłużej, niż planowano"],
             after: ["UDOSTĘPNIJ", "Komentarze (2)", "Zapisz się do newslettera"]),
        Page(code: "zh", menu: ["首页", "新闻", "本地", "财经", "体育"], title: "柳湾新步行桥正式通车",
             paragraphs: [
                "经过两年的施工，柳湾老城与港口之间的新步行桥于周六上午正式开放。当天一早就有数百名市民赶来，争着成为第一批走过大桥的人。",
                "这座桥总投资约八千万元，其中一部分来自省级专项资金。市长表示，这笔钱仍然不够，市里不得不把老城区两条道路的翻修推迟到明年。",
                "对许多居民来说，这座桥带来了很大的便利。过去从港口到老城上学或买菜，要绕行近两公里走旧公路桥，现在只需要几分钟。",
                "不过，也有居民提出了意见。一些人反映桥上至今没有路灯，晚上一片漆黑。市政府承诺，等两端引桥的工程完工后，春季之前就会装好路灯。",
             ], between: ["推荐邻岛渡轮时刻表再次调整", "老城区停车难问题有望缓解", "港口夜市下月起延长营业时间"],
             after: ["分享到：", "评论（2）", "责任编辑：王小明"]),
    ]

    static func lines(_ texts: [String]) -> [TextLine] {
        texts.enumerated().map { TextLine(text: Substring($1), offset: 0, blankBefore: true, lineNumber: $0 + 1) }
    }

    @Test(arguments: pages)
    func textCopyKeepsOnlyTheStory(page: Page) {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: ForeignScriptsCleaningTests.textCopy(page)))
        #expect(doc.title == page.title)
        #expect(doc.paragraphs == page.paragraphs)
        let removed = Set(doc.removed.map(\.text))
        for label in page.menu + page.between + page.after { #expect(removed.contains(label), "\(page.code): \(label)") }
    }

    @Test(arguments: pages)
    func articleIsNotEnglish(page: Page) {
        #expect(!PageLanguage.isEnglish(Self.lines(page.menu + [page.title] + page.paragraphs + page.between + page.after)))
    }

    /// Every paragraph reads as prose on its own, not only as the densest run of a page where
    /// nothing does (the German paragraphs had 0-9% English function words, "short" on a page
    /// judged English).
    @Test(arguments: pages)
    func paragraphsReadAsProse(page: Page) {
        let texts = page.menu + [page.title] + page.paragraphs + page.between + page.after
        let evidence = LineEvidenceCollector.collect(Self.lines(texts), site: nil)
        for k in page.paragraphs.indices {
            #expect(evidence[page.menu.count + 1 + k].shape == .good, "\(page.code): paragraph \(k + 1)")
        }
    }

    /// The Czech and Polish pages pass the 8% share on their shared short words; the German page
    /// on its English notice: only the line-by-line reading tells.
    @Test(arguments: pages.filter { $0.code != "zh" })
    func sharedShortWordsPassTheWholePageShare(page: Page) {
        let long = Self.lines(page.menu + page.paragraphs).filter { $0.wordCount >= 8 }
        let words = long.map(\.wordCount).reduce(0, +)
        let stopwords = long.map(\.stopwordCount).reduce(0, +)
        #expect(stopwords * 100 >= words * 8, "\(page.code): \(stopwords) of \(words)")
    }

    static let englishParagraphs = [
        "The new footbridge between the old town and the harbour opened on Saturday morning, and hundreds of people were waiting to be among the first to cross it.",
        "The project cost about eight million euros, part of which came from a regional fund. That was not enough, the mayor said, so the repair of two streets in the centre has been put off until next year.",
        "Some residents complain that there are still no lights on the bridge and that it is dark in the evening. The council says lamps will be fitted by the spring.",
    ]

    @Test func englishArticleIsEnglish() {
        #expect(PageLanguage.isEnglish(Self.lines(Self.englishParagraphs)))
    }

    /// An English article that quotes two paragraphs in another language, and one with a single
    /// line of thousands of user names ending in "!", stays English.
    @Test func englishArticleWithForeignQuotesOrANameListIsEnglish() {
        let quoted = Self.lines(Self.englishParagraphs + Array(Self.pages[1].paragraphs.prefix(2)))
        #expect(PageLanguage.isEnglish(quoted))
        let names = (1...200).map { "reader_\($0)x" }.joined(separator: ", ") + " and 412 guests left kudos on this story!"
        #expect(PageLanguage.isEnglish(Self.lines(Self.englishParagraphs + [names])))
    }

    @Test func lineByLineReading() {
        #expect(PageLanguage.isWrittenInEnglish(Self.lines(Self.englishParagraphs).last!))
        // Czech with "a", "i", "to" (three short English function words in 20): not English.
        let czech = Self.lines([Self.pages[0].paragraphs[1]])[0]
        #expect(czech.stopwordCount * 100 >= czech.wordCount * 8)
        #expect(!PageLanguage.isWrittenInEnglish(czech))
        #expect(!PageLanguage.isWrittenInEnglish(Self.lines([Self.pages[1].paragraphs[0]])[0]))
    }
}

/// A "related" label of two or three letters glued to a teaser counts only at the head of a run of teasers.
@Suite struct ShortUnspacedLabelTests {
    static func evidence(_ texts: [String]) -> [LineEvidence] {
        LineEvidenceCollector.collect(ForeignPageLanguageTests.lines(texts), site: nil)
    }

    static let teasers = ["老城区停车难问题有望缓解", "港口夜市下月起延长营业时间"]

    @Test(arguments: ["推荐邻岛渡轮时刻表再次调整", "推薦鄰島渡輪時刻表再次調整", "热读邻岛渡轮时刻表再次调整", "排行榜邻岛渡轮时刻表再次调整"])
    func labelGluedToTheFirstOfTeasers(text: String) {
        let evidence = Self.evidence([text] + Self.teasers)
        #expect(evidence[0].noise == .related, "\(text)")
        #expect(evidence[0].noiseSource?.description.contains("two or three letters") == true)
    }

    /// A headline that starts with the verb "推荐" stays: alone, before prose, with one teaser
    /// after it, or with a rest too short to be a headline.
    @Test func headlineThatRecommendsStays() {
        let prose = "这款桌游规则简单，一局只要二十分钟，适合和孩子一起玩，周末在家就能开一局。"
        #expect(Self.evidence(["推荐一款适合全家人的桌游"])[0].noise == nil)
        #expect(Self.evidence(["推荐一款适合全家人的桌游", prose, prose])[0].noise == nil)
        #expect(Self.evidence(["推荐一款适合全家人的桌游", Self.teasers[0]])[0].noise == nil)
        #expect(Self.evidence(["推荐新书", Self.teasers[0], Self.teasers[1]])[0].noise == nil)
    }
}
