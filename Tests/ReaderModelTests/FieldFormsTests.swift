import Testing
@testable import ReaderModel

/// Bylines and dates of forms the readers missed: two writers joined by French, German or Swedish
/// "and", a Korean posted stamp after "<name> 기자", a time after the Korean, Chinese or Japanese
/// word for morning or afternoon, a stamp line naming both its posted and its updated date with
/// weekdays and times, and a blog's feed link alone on its line. All lines invented.
@Suite struct FieldFormsTests: TextPageCleaning {
    static let englishBody = [
        "The jetty at Mallee Creek has reopened after a team of volunteers spent four months rebuilding the timber deck that was torn apart by last winter's floods.",
        "\"We couldn't let it go,\" said a local fisherman who organised the working bees. The council covered the cost of the timber while residents gave their weekends.",
        "The council says the jetty will be inspected every year from now on, and a plaque will name everyone who helped.",
    ]

    @Test(arguments: [
        ("Par Claire Dumoulin et Julien Marchetti", "Claire Dumoulin et Julien Marchetti"),
        ("Von Anna Becker und Jonas Brandt", "Anna Becker und Jonas Brandt"),
    ])
    func twoWritersJoined(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }

    @Test func frenchCopyGivesBothWriters() {
        let doc = clean(["Accueil", "Régions", "Le vieux moulin de Saint-Ferréol reprend du service grâce aux bénévoles",
                         "Par Claire Dumoulin et Julien Marchetti", "Publié le 12 mars 2025 à 09h15",
                         "Après quinze ans d'abandon, le moulin à eau du village tourne à nouveau depuis samedi. Une trentaine de bénévoles ont consacré leurs week-ends à la restauration de la roue.",
                         "« Nous avons appris le métier en le faisant », explique le président de l'association qui porte le projet depuis trois ans. Les dons des habitants ont couvert l'essentiel des frais.",
                         "La commune prévoit d'ouvrir le moulin aux écoles dès la rentrée prochaine, avec des visites guidées et des ateliers pour les enfants du canton."])
        #expect(doc.byline == "Claire Dumoulin et Julien Marchetti")
        #expect(doc.published == "2025-03-12T09:15")
    }

    static let koreanBody = [
        "강 건너 마을을 잇던 옛 나루터가 주민들의 손으로 다시 문을 열었다. 마을 주민 서른여 명은 지난 가을부터 주말마다 모여 낡은 선착장을 고쳤다.",
        "주민회장은 \"어릴 적 배를 타고 장에 가던 기억을 아이들에게도 남겨주고 싶었다\"고 말했다. 복원 비용은 주민들의 기부금으로 마련됐다.",
        "군은 내년부터 나루터 주변에 산책로를 만들고 주말마다 작은 배를 띄울 계획이라고 밝혔다.",
    ]

    @Test func koreanPostedStampIsNoName() {
        let doc = clean(["뉴스", "사회", "마을 주민들이 힘을 모아 옛 나루터를 복원했다", "김하늘 기자 입력 2025.03.12 10:30"] + Self.koreanBody)
        #expect(doc.byline != "입력")
        #expect(doc.published == "2025-03-12T10:30")
    }

    @Test(arguments: [
        ("입력 2025. 3. 12. 오후 3:05", "2025-03-12T15:05"),
        ("입력 2025. 3. 12. 오전 10:30", "2025-03-12T10:30"),
        ("입력 2025. 3. 12. 오전 12:10", "2025-03-12T00:10"),
        ("2025年3月12日 下午 3:05", "2025-03-12T15:05"),
    ])
    func halfOfTheDayBeforeTheTime(line: String, iso: String) {
        #expect(DateNormalizer.iso(line) == iso)
    }

    @Test func postedAndUpdatedStampLine() {
        let doc = clean(["Just In", "Local News", "Volunteers rebuild the old jetty at Mallee Creek after floods", "By Sarah Whitcombe",
                         "Posted Tue 18 Feb 2025 at 6:05am, updated Tue 18 Feb 2025 at 9:40am"] + Self.englishBody)
        #expect(doc.published == "2025-02-18T06:05")
        #expect(doc.byline == "Sarah Whitcombe")
        // A long sentence opening with the same word is still prose, not a stamp.
        let prose = clean(["Volunteers rebuild the old jetty at Mallee Creek after floods",
                           "Posted to the council on Tue 18 Feb 2025 at 6:05am, the letter asked for help with timber for the jetty."] + Self.englishBody)
        #expect(prose.published == nil)
    }

    @Test func feedLinkIsNoTitleNorByline() {
        let body = [
            "Every autumn I roast the last tomatoes of the garden slowly, with garlic and thyme, and put them away in jars for the grey months when nothing fresh tastes of anything.",
            "The trick is a low oven and patience. Halve the tomatoes, lay them cut side up on a tray, salt them well and leave them at a hundred degrees for five or six hours.",
            "Once they are shrivelled and sticky, pack them into clean jars, cover them with olive oil and keep them in the fridge. They last until spring if nobody finds them.",
        ]
        let doc = clean(["Marigold Kitchen", "Home", "About", "Recipes", "RSS Feed"] + body + ["Posted by Hattie at 9:14 PM"])
        #expect(doc.title != "RSS Feed")
        let dated = clean(["Marigold Kitchen", "Recipes from a small garden", "RSS Feed", "Tuesday, 12 March 2024", "Slow roasting the last tomatoes"] + body)
        #expect(dated.byline != "RSS Feed")
    }
}
