import Testing
@testable import ReaderModel

/// Invented front pages of several posts, each post closed by a footer of one shape: the posts'
/// titles and short lines are kept, their footers and date lines are not. Written in English and
/// in Russian; a live report whose timed lines lead into paragraphs is left alone.
@Suite struct PostFooterRunTests: TextPageCleaning {

    static let english = [
        "The radio came in with a cracked case and a dial that would not turn, and it took most of a week to find out why it had gone quiet.",
        "Inside, a single capacitor had dried out, and once it was replaced the set hummed, warmed up and found the evening news on its own.",
        "I spent the afternoon sorting the drawer of spare screws, which is a job that always looks smaller than it turns out to be in the end.",
        "A bench lamp with a good arm is worth more than any tool on the wall, because you cannot mend what you are not able to see clearly.",
        "Someone left a box of valves on the step this morning with a note asking whether any of them still work, and most of them probably do.",
    ]

    static func englishFrontPage() -> [String] {
        [
            "Lantern Street Notes", "Small essays from a repair bench", "",
            "Tuesday, March 4. 2025", "Fixing a radio older than me", "", english[0], "", english[1], "",
            "Posted by Wren Adair in repairs at 09:12 | Comments (2) | Trackbacks (0)",
            "Monday, March 3. 2025", "Closed on Thursday", "", "Back on Friday with the usual hours", "",
            "Posted by Wren Adair in notes at 17:40 | Comments (0) | Trackbacks (0)",
            "Saturday, March 1. 2025", "The screw drawer", "", english[2], "", "Thanks for reading,", "Wren", "",
            "Posted by Wren Adair in notes at 11:05 | Comments (5) | Trackbacks (0)",
            "Friday, February 28. 2025", "Light first", "", english[3], "",
            "Posted by Wren Adair in tools at 08:30 | Comments (1) | Trackbacks (0)",
            "Thursday, February 27. 2025", "A box on the step", "", english[4], "",
            "Posted by Wren Adair in repairs at 19:55 | Comments (3) | Trackbacks (0)",
            "", "(Page 1 of 9) next page", "Archives", "March 2025", "February 2025",
        ]
    }

    @Test func postTitlesAndShortLinesAreKept() {
        let doc = clean(Self.englishFrontPage())
        for line in Self.english { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        for line in ["Closed on Thursday", "Back on Friday with the usual hours", "The screw drawer", "Thanks for reading,",
                     "Light first", "A box on the step"] {
            #expect(doc.paragraphs.contains(line), "missing short line: \(line)")
        }
        let explained = doc.evidence(of: "The screw drawer")
        #expect(explained.contains("between footers"))
    }

    @Test func footersAndDateLinesGo() {
        let doc = clean(Self.englishFrontPage())
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Posted by") })
        for line in ["Monday, March 3. 2025", "Saturday, March 1. 2025", "Friday, February 28. 2025"] {
            #expect(!doc.paragraphs.contains(line), "kept date line: \(line)")
        }
    }

    static let russian = [
        "Приёмник принесли с треснувшим корпусом и заевшей ручкой настройки, и на поиски причины ушла почти вся неделя.",
        "Внутри высох один конденсатор, а после замены аппарат загудел, прогрелся и сам нашёл вечерние новости.",
        "Полдня ушло на то, чтобы разобрать ящик с запасными винтами, и эта работа всегда оказывается больше, чем кажется.",
        "Настольная лампа с хорошим кронштейном ценнее любого инструмента, потому что нельзя починить то, чего не видно.",
        "Утром кто-то оставил у двери коробку старых ламп с запиской, и большинство из них, похоже, ещё вполне исправны.",
    ]

    static func russianFrontPage() -> [String] {
        [
            "Записки из мастерской", "",
            "Вторник, 4 марта 2025", "Старый приёмник", "", russian[0], "", russian[1], "",
            "Автор: Вера Лебедева, рубрика ремонт, 09:12 | Комментарии (2)",
            "Понедельник, 3 марта 2025", "Ящик с винтами", "", russian[2], "", "Спасибо, что читаете!", "",
            "Автор: Вера Лебедева, рубрика заметки, 17:40 | Комментарии (0)",
            "Суббота, 1 марта 2025", "Сначала свет", "", russian[3], "",
            "Автор: Вера Лебедева, рубрика инструменты, 11:05 | Комментарии (5)",
            "Пятница, 28 февраля 2025", "Коробка у двери", "", russian[4], "",
            "Автор: Вера Лебедева, рубрика ремонт, 08:30 | Комментарии (1)",
            "", "Страница 1 из 9", "Архив",
        ]
    }

    /// The rule itself, on a Cyrillic page's lines with the whole page as the body (read whole, a
    /// page like this is still claimed by the comment-thread detector first).
    @Test func postsInAnotherScriptAreReadTheSameWay() {
        let lines = LineSplitter.lines(of: Self.russianFrontPage().joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let body = 1..<lines.count - 2
        _ = PostFooterRun.widen(lines, &evidence, body: body)
        let text = lines.map { String($0.text) }
        func at(_ line: String) -> LineEvidence { evidence[text.firstIndex(of: line)!] }
        for line in ["Ящик с винтами", "Спасибо, что читаете!", "Сначала свет", "Коробка у двери"] {
            #expect(at(line).isShortPostLine, "not kept: \(line)")
        }
        for (i, line) in text.enumerated() where line.hasPrefix("Автор:") {
            #expect(evidence[i].noise != nil, "footer kept: \(line)")
        }
        #expect(at("Суббота, 1 марта 2025").isShortPostLine == false)
        #expect(at(Self.russian[2]).noise == nil)
    }

    /// Timed lines that lead straight into a paragraph are a live report's stamps, not footers.
    @Test func timedLinesLeadingIntoProseAreNotFooters() {
        var page = ["Harbour road closure: live", ""]
        for (k, sentence) in Self.english.enumerated() {
            page += ["Update 1\(k):05 from the harbour", sentence, ""]
        }
        let lines = LineSplitter.lines(of: page.joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(PostFooterRun.footerRun(lines, evidence, body: 0..<lines.count) == nil)
        _ = PostFooterRun.widen(lines, &evidence, body: 0..<lines.count)
        #expect(!evidence.contains { $0.noiseSource == .rule(PostFooterRun.footerEvidence) })
    }

    @Test func shapeOutlinesDigitsAndLettersOfAnyScript() {
        #expect(PostFooterRun.shape("Monday, March 3. 2025") == "a, a 9. 9")
        #expect(PostFooterRun.shape("Friday, February 28. 2025") == "a, a 9. 9")
        #expect(PostFooterRun.shape("Суббота, 1 марта 2025") == "a, 9 a 9")
        #expect(PostFooterRun.shape("2025年3月1日") == "9a9a9a")
    }
}
