import Testing
@testable import ReaderModel

/// Invented pages: a post written as one glued run of bulleted lines (a change log) is the body's
/// own list, however short its items; a bulleted menu apart from the article is not.
@Suite struct ArticleListBulletedRunTests: TextPageCleaning {
    static let changeLog = [
        "Harbour Tools",
        "Home",
        "Archive",
        "Harbour Tools 2.4 - The Tidal Update",
        "+ Added tide tables for the northern moorings",
        "+ Added a lantern mode for night crossings",
        "+ Added rope length presets",
        "+ Added a second anchor slot",
        "+ Added the buoy editor",
        "+ Added weather flags",
        "+ Added a ferry timetable importer, with offline copies",
        "+ Harbour masters can now lock any berth for the maintenance and repair crews of the yard, and they can release it again from the quay when the work is done.",
        "+ Added a compact view for small screens",
        "* Crossing times are saved per boat, and can be shared with the crew",
        "* The chart renderer has been rebalanced",
        "* Faster start-up on older tablets",
        "- Removed the old foghorn sound",
        "Older posts",
        "About this blog",
    ]
    /// A change log in a script written without spaces.
    static let changeLogJapanese = [
        "港の道具",
        "ホーム",
        "港の道具 2.4 潮の更新",
        "• 北の係留地の潮汐表を追加しました",
        "• 夜の航行のためのランタンモードを追加しました",
        "• ロープの長さのプリセットを追加しました",
        "• 二つ目の錨の枠を追加しました",
        "• ブイの編集画面を追加しました",
        "• 港長は整備と修理の作業員のために停泊場所を固定でき、岸壁から再び解放できるようになりました。",
        "• 小さな画面向けの簡易表示を追加しました",
        "• 古い霧笛の音を削除しました",
        "過去の投稿",
        "このブログについて",
    ]

    @Test func aChangeLogPostKeepsEveryItem() {
        let doc = clean(Self.changeLog)
        for item in Self.changeLog[5...16] { #expect(doc.paragraphs.contains(item)) }
        #expect(!doc.paragraphs.contains("Older posts"))
        #expect(doc.blocks.first { $0.text == "+ Added weather flags" }?.evidence?.contains(ArticleListReason.bulletedRun.evidence) == true)
    }

    @Test func aChangeLogPostKeepsEveryItemInAScriptWithoutSpaces() {
        let doc = clean(Self.changeLogJapanese)
        for item in Self.changeLogJapanese[3...10] { #expect(doc.paragraphs.contains(item)) }
        #expect(!doc.paragraphs.contains("過去の投稿"))
    }

    @Test func aBulletedMenuApartFromTheArticleIsNotKept() {
        let article = [
            "Harbour notes for the spring",
            "",
            "The harbour board met on Tuesday and agreed to dredge the inner basin before the summer, because the larger ferries have touched the bottom twice this year at low water.",
            "",
            "Work starts in April and should take three weeks, during which the fishing boats will moor along the outer wall and the ferry will use the old coal pier.",
            "",
        ]
        let menu = ["• Home", "• Timetables", "• Moorings", "• Weather", "• Contact", "• Archive", "• About us"]
        let doc = clean(article + menu)
        for item in menu { #expect(!doc.paragraphs.contains(item)) }
    }
}
