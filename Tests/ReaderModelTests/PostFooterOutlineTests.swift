import Testing
@testable import ReaderModel

/// Invented front pages whose posts close with footers of one outline, in Russian, Arabic and
/// English with one author signing every post: the comment detector leaves them to the body, so
/// every post is kept. Comment threads whose comments open or close on a dated line stay threads.
@Suite struct PostFooterOutlineTests: TextPageCleaning {

    /// Posts of `texts` under `dates` and `titles`, each closed by `footer(k)`; the first post runs
    /// two paragraphs (`lead` second), as a front page's newest post often does.
    static func frontPage(_ name: String, dates: [String], titles: [String], texts: [String], lead: String, footer: (Int) -> String, tail: [String]) -> [String] {
        var page = [name, ""]
        for k in texts.indices { page += [dates[k], titles[k], "", texts[k], ""] + (k == 0 ? [lead, ""] : []) + [footer(k)] }
        return page + [""] + tail
    }

    static let russianDates = ["Вторник, 4 марта 2025", "Понедельник, 3 марта 2025", "Суббота, 1 марта 2025", "Пятница, 28 февраля 2025"]
    static let russianTitles = ["Старый приёмник", "Ящик с винтами", "Сначала свет", "Коробка у двери"]
    static let russianTexts = [0, 2, 3, 4].map { PostFooterRunTests.russian[$0] }

    static func russianPage() -> [String] {
        let rubrics = ["ремонт", "заметки", "инструменты", "ремонт"]
        let times = ["09:12", "17:40", "11:05", "08:30"]
        return frontPage("Записки из мастерской", dates: russianDates, titles: russianTitles, texts: russianTexts, lead: PostFooterRunTests.russian[1],
                         footer: { "Вера Лебедева, \(rubrics[$0]), \(times[$0]) | Комментарии (\($0 + 1))" }, tail: ["Страница 1 из 9", "Архив"])
    }

    static let arabicTitles = ["مذياع أقدم مني", "درج البراغي", "الضوء أولا", "صندوق على العتبة"]
    static let arabicTexts = [
        "وصل المذياع بغطاء مكسور ومؤشر لا يدور، واستغرق الأمر معظم الأسبوع حتى عرفت لماذا توقف عن العمل تماما.",
        "قضيت فترة بعد الظهر في ترتيب درج البراغي الاحتياطية، وهذه مهمة تبدو دائما أصغر مما تكون عليه في النهاية.",
        "مصباح الطاولة ذو الذراع الجيد أثمن من أي أداة معلقة على الجدار، لأنك لا تستطيع إصلاح ما لا تراه بوضوح.",
        "ترك أحدهم صندوقا من الصمامات القديمة على العتبة هذا الصباح مع ورقة يسأل فيها إن كان أي منها ما زال يعمل.",
    ]

    static let arabicLead = "في الداخل كان مكثف واحد قد جف، وبعد استبداله عاد الجهاز يطن ويدفأ ثم التقط نشرة المساء وحده دون مساعدة."

    static func arabicPage() -> [String] {
        let dates = ["الثلاثاء 4 مارس 2025", "الاثنين 3 مارس 2025", "السبت 1 مارس 2025", "الجمعة 28 فبراير 2025"]
        let times = ["09:12", "17:40", "11:05", "19:55"]
        return frontPage("دفتر الورشة", dates: dates, titles: arabicTitles, texts: arabicTexts, lead: arabicLead,
                         footer: { "سلمى الحداد في ملاحظات الساعة \(times[$0]) | تعليقات (\($0))" }, tail: ["الصفحة 1 من 9", "الأرشيف"])
    }

    @Test func russianFrontPageKeepsEveryPost() {
        let doc = clean(Self.russianPage())
        for line in Self.russianTexts + [PostFooterRunTests.russian[1]] + Self.russianTitles.dropFirst() { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Вера Лебедева") })
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("comment thread") })
    }

    @Test func arabicFrontPageKeepsEveryPost() {
        let doc = clean(Self.arabicPage())
        for line in Self.arabicTexts + [Self.arabicLead] + Self.arabicTitles.dropFirst() { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        #expect(!doc.paragraphs.contains { $0.hasPrefix("سلمى الحداد") })
    }

    /// One author signs every post by name, no label before it.
    @Test func singleAuthorFrontPageKeepsEveryPost() {
        let dates = ["Tuesday, March 4. 2025", "Monday, March 3. 2025", "Friday, February 28. 2025", "Thursday, February 27. 2025"]
        let titles = ["Fixing a radio older than me", "The screw drawer", "Light first", "A box on the step"]
        let texts = [0, 2, 3, 4].map { PostFooterRunTests.english[$0] }
        let times = ["09:12", "11:05", "08:30", "19:55"]
        let doc = clean(Self.frontPage("Lantern Street Notes", dates: dates, titles: titles, texts: texts, lead: PostFooterRunTests.english[1],
                                       footer: { "Wren Adair in notes at \(times[$0]) | Comments (\($0))" }, tail: ["(Page 1 of 9) next page", "Archives"]))
        for line in texts + titles.dropFirst() { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Wren Adair") })
    }

    static let article = [
        "Why the old bridge closed", "",
        "The footbridge over the canal was shut on Monday after inspectors found that two of its supports had rusted through at the waterline.", "",
        "The council says a replacement will take at least a year to design and build, and a ferry will run in the meantime for walkers and cyclists.", "",
        "Residents on both banks have asked for the ferry to run later in the evening, when most people come home from work in the town.", "",
    ]
    static let comments = [
        "A ferry is a fine idea, but it needs to run until at least ten at night or the late shift at the hospital is stuck.",
        "The supports were painted only three years ago, so someone should be asking how they rusted through so quickly.",
        "My children will miss the walk to school along the towpath, which was the safest route they had in the whole town.",
        "Good to hear they caught it before anybody was hurt, that could have been a very different story this week.",
    ]
    static let names = ["Marta Kowalczyk", "Tomas Brandt", "Ilse Moreau", "Pavel Dvorak", "Nadia Sorel"]
    static let stamps = ["March 4, 2025 at 14:02", "March 4, 2025 at 15:40", "March 4, 2025 at 16:18", "March 4, 2025 at 18:55", "March 5, 2025 at 08:11"]

    /// Each comment ends with its author's dated line, and the next comment's text follows it at once.
    @Test func commentsClosedByDatedLinesStayAThread() {
        var page = Self.article + ["I crossed that bridge every day for twenty years and never once thought about what was holding it up.", "\(Self.names[0]), \(Self.stamps[0])"]
        for (k, text) in Self.comments.enumerated() { page += [text, "\(Self.names[k + 1]), \(Self.stamps[k + 1])"] }
        let doc = clean(page)
        for text in Self.comments { #expect(!doc.paragraphs.contains(text), "comment kept: \(text)") }
        #expect(doc.paragraphs.contains(Self.article[4]))
    }

    /// Dates over different authors' names, glued under them, open comments: the names are not titles.
    @Test func datesOverNamesStayAThread() {
        var page = Self.article
        for (k, text) in Self.comments.enumerated() { page += [Self.stamps[k], Self.names[k], text, ""] }
        let doc = clean(page)
        for text in Self.comments { #expect(!doc.paragraphs.contains(text), "comment kept: \(text)") }
    }

    @Test func outlineKeepsDigitsAndMarksOnly() {
        #expect(PostFooterOutline.outline("Вера Лебедева, ремонт, 09:12 | Комментарии (2)") == ",,9:9|(9)")
        #expect(PostFooterOutline.outline("Wren Adair in notes at 19:55 | Comments (12)") == "9:9|(9)")
        #expect(PostFooterOutline.outline("سلمى الحداد في ملاحظات الساعة 09:12 | تعليقات (0)") == "9:9|(9)")
    }
}
