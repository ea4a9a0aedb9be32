import Testing
@testable import ReaderModel

/// Invented pages of several posts whose dated lines look like a post's footer ("Posted May 14,
/// 2024 05:24", "Posted on <date> by Name") but head each post: the end trimmers must not read the
/// last such line as the footer of the post above and cut the post under it. Where the dated line
/// follows each post's text (a real footer), or only comments under an article repeat it, the
/// trimmers cut as before.
@Suite struct PostHeaderRunTests: TextPageCleaning {

    /// The forum test's sentences, and a short reply.
    static let replies = Array(ForumPostLinesTests.sentences.prefix(5)) + [
        "Agreed, two is the right number.",
    ]
    static let posters = ["hazelbank", "corvid_rae", "Tom Pellow", "meadowsweet", "Ida K", "northfield"]

    /// Each post under a profile block (name, rank, join date, post count) and a "Posted" header.
    static func thread(header: (Int) -> String) -> [String] {
        var page = ["Smallholders Board > Bees > How many hives do you run?", ""]
        for (k, name) in posters.enumerated() {
            page += [name, "Busy Worker", "", "Joined: March 0\(k + 1), 2019", "Posts: \(120 + k * 37)", "", header(k), replies[k]]
        }
        return page + ["", "Board engine invented for this test", "Contact the moderators - Privacy"]
    }

    @Test func timedPostedHeadersKeepEveryPost() {
        let doc = clean(Self.thread { "Posted May 1\($0), 2024 0\($0 + 1):2\($0)" })
        for line in Self.replies { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        #expect(doc.paragraphs.contains("Ida K"))
        #expect(!doc.paragraphs.contains("Contact the moderators - Privacy"))
    }

    /// Without clock times the page is not read as a forum thread; the share-bar trimmer must still
    /// not take a profile block above a post header for a bar.
    @Test func profileBlockAboveAPostHeaderIsNoShareBar() {
        let doc = clean(Self.thread { "Posted May 1\($0), 2024" })
        for line in Self.replies.prefix(5) { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        let profile = doc.evidence(of: "Posts: 268")
        #expect(!profile.contains("button-like"))
    }

    /// The same in another script: no word of the header is read.
    @Test func cyrillicThreadKeepsItsPosts() {
        let replies = [
            "Я держу два улья в конце сада, и оба пережили холода без всяких проблем этой весной.",
            "Пчёлы снова летали уже к выходным, раньше, чем я видел здесь в любой другой год.",
            "Наш клуб даёт медогонку в августе, так что никому не нужно покупать свою ради пары рамок.",
            "Мои стали спокойнее, когда я перенёс их подальше от тропинки, где соседи гуляют с собаками.",
            "Лучший совет, который мне дали: открывайте улей реже, чем кажется нужным в первый год.",
            "Согласен, два улья — самое то.",
        ]
        let names = ["орешник", "ворон_рая", "Том Пеллоу", "медуница", "Ида К", "северное"]
        var page = ["Форум пасечников > Пчёлы > Сколько ульев вы держите?", ""]
        for (k, name) in names.enumerated() {
            page += [name, "Рабочая пчела", "", "Регистрация: 0\(k + 1).03.2019", "Сообщений: \(120 + k * 37)", "",
                     "Опубликовано 1\(k).05.2024", replies[k]]
        }
        page += ["", "Движок форума придуман для теста", "Связаться с модераторами - Конфиденциальность"]
        let doc = clean(page)
        for line in replies.prefix(5) { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
    }

    static let notes = [
        "The river path reopened on Saturday after the council finished repairing the footbridge near the mill, and walkers were back on it within the hour.",
        "Volunteers planted forty young alders along the bank this spring, and most of them have already put out their first leaves despite the dry weeks.",
        "The swifts returned to the church tower on the twelfth of May, a few days later than last year, and the first nests were busy by the end of the month.",
        "A reader asked whether dogs are allowed in the meadow; they are, on a lead, from March to July while the ground-nesting birds raise their young.",
    ]
    static let titles = ["Footbridge open again", "New alders on the bank", "The swifts are back", "Dogs in the meadow"]

    /// A blog's front page: each post's title, a "Posted on <date> by Name" line, its text.
    @Test func frontPageWithPostedLinesUnderTitlesKeepsTheLastPost() {
        var page = ["Riverside Notes", "Home | About | Archive", ""]
        for (k, title) in Self.titles.enumerated() { page += [title, "Posted on May \(k + 3), 2024 by Alice Moor", Self.notes[k], ""] }
        let doc = clean(page)
        for line in Self.notes { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
    }

    /// The same line under each post's text is its footer: the blurb under the last one still goes.
    @Test func postedLinesUnderEachPostStayFooters() {
        var page = ["Riverside Notes", "Home | About | Archive", ""]
        for (k, title) in Self.titles.enumerated() { page += [title, Self.notes[k], "Posted on May \(k + 3), 2024 by Alice Moor", ""] }
        page += ["Subscribe to the feed to hear about new notes first."]
        let doc = clean(page)
        #expect(!doc.paragraphs.contains("Subscribe to the feed to hear about new notes first."))
    }

    /// An article whose comments each open with "Posted <date>": the article stays whole, the comments go.
    @Test func commentsUnderAnArticleAreNoPosts() {
        var page = ["Riverside Notes", "Home | About | Archive", "", "The footbridge is open again", "By Alice Moor", "",
                    Self.notes[0] + " " + Self.notes[1], Self.notes[2] + " " + Self.notes[3],
                    "We will report back when the work starts.", "", "3 Comments", ""]
        let comments = ["Great news, I walked it this morning and it feels solid.", "Thanks for the update on the alders.",
                        "Lovely to hear about the swifts again this year.", "Will the car park lights be on all night?"]
        for (k, comment) in comments.enumerated() { page += ["Posted May \(k + 4), 2024 0\(k + 1):1\(k)", comment] }
        let doc = clean(page)
        #expect(doc.paragraphs.contains("We will report back when the work starts."))
        for comment in comments { #expect(!doc.paragraphs.contains(comment)) }
    }
}
