import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages: a box of excerpts from other posts, each closed by the same read-more
/// link, sits above the article's headline and byline and holds about as much prose as the article.
@Suite struct ReadMoreTeasersAboveHeaderTests {
    static let teasers = [
        ("A ferry timetable for the winter months",
         "The harbour board has published the winter timetable for the island ferry, with two fewer crossings on weekdays and a later first sailing on Sundays, which the fishermen say will cost them their early market."),
        ("The library opens its cellar to visitors",
         "For one weekend in May the town library will let visitors into the cellar where the parish records are kept, and the archivist has promised to show the ledger that survived the flood of the old mill."),
        ("Choir practice moves to the school hall",
         "Because the chapel roof is being repaired, the choir will practise in the school hall on Thursday evenings until the summer, and the conductor asks members to bring their own music stands and a warm coat."),
    ]
    static let article = [
        "The old orchard behind the station lost nearly every blossom to the late frost last spring, and most of us thought the trees were finished after forty years.",
        "This year the apples came back in numbers nobody expected, and the volunteers who prune the rows spent three Saturdays picking fruit for the harvest supper.",
        "The gardeners credit the wet autumn and the straw they laid round the roots in the worst week of the cold.",
    ]
    static let headline = "The orchard that came back after the frost"

    static func page(closer: String, byline: String = "Posted on March 4, 2024 by Lena Brook", closerInArticle: Bool = false) -> String {
        var lines = ["Home", "Archive", "About", ""]
        for (title, excerpt) in teasers { lines += [title, "", excerpt, closer, ""] }
        lines += [headline, byline, ""]
        for (k, paragraph) in article.enumerated() {
            lines += [paragraph, ""]
            if closerInArticle, k == 0 { lines += [closer, ""] }
        }
        lines += ["Share this:", "Facebook", "Related posts", "Spring fair dates announced", closer]
        return lines.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func theBodyStartsUnderTheHeaderBelowTheExcerpts() {
        let doc = Self.clean(Self.page(closer: "Read on »"))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.evidence(of: Self.teasers[0].1)
        #expect(explained.contains(ReadMoreTeasersAboveHeader.evidence))
    }

    @Test func aCloserInAnotherLanguageWorksTheSame() {
        let doc = Self.clean(Self.page(closer: "Weiterlesen →"))
        #expect(doc.paragraphs == Self.article)
    }

    /// The same page in Russian: the rule reads repeat counts and shapes, not words.
    @Test func aCyrillicPageWorksTheSame() {
        let teasers = [
            "Портовое управление опубликовало зимнее расписание парома на остров: по будням станет на два рейса меньше, а по воскресеньям первый рейс уйдёт позже, и рыбаки говорят, что опоздают на утренний рынок.",
            "На одни выходные в мае городская библиотека откроет подвал, где хранятся приходские книги, и архивариус обещал показать журнал, который пережил наводнение на старой мельнице у реки.",
            "Пока чинят крышу часовни, хор будет репетировать в школьном зале по четвергам до самого лета, и дирижёр просит всех приносить свои пюпитры и тёплую одежду на репетиции.",
        ]
        let article = [
            "Старый сад за вокзалом прошлой весной потерял почти весь цвет из-за позднего заморозка, и многие думали, что деревьям после сорока лет пришёл конец.",
            "В этом году яблок оказалось столько, сколько никто не ждал, и волонтёры, которые обрезают ряды, три субботы подряд собирали урожай к осеннему ужину.",
            "Садовники благодарят дождливую осень и солому, которую они уложили вокруг корней в самую холодную неделю.",
        ]
        var lines = ["Главная", "Архив", ""]
        for (k, excerpt) in teasers.enumerated() { lines += ["Заметка номер \(k + 1) из жизни города", "", excerpt, "Читать далее »", ""] }
        lines += ["Сад, который вернулся после заморозка", "Опубликовано 04.03.2024, автор: Лена Брук", ""]
        for paragraph in article { lines += [paragraph, ""] }
        lines += ["Поделиться", "Похожие записи", "Ярмарка весной", "Читать далее »"]
        let doc = Self.clean(lines.joined(separator: "\n"))
        #expect(doc.paragraphs == article)
        let explained = doc.evidence(of: teasers[0])
        #expect(explained.contains(ReadMoreTeasersAboveHeader.evidence))
    }

    @Test func aLabelRecurringBetweenTheArticlesParagraphsIsNoCloser() {
        let doc = Self.clean(Self.page(closer: "Read on »", closerInArticle: true))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ReadMoreTeasersAboveHeader.evidence) })
    }

    @Test func withoutAHeaderUnderTheBoxNothingMoves() {
        let doc = Self.clean(Self.page(closer: "Read on »", byline: "Orchard news"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ReadMoreTeasersAboveHeader.evidence) })
    }
}
