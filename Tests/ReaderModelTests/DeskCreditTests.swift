import Testing
@testable import ReaderModel

/// A staff or desk credit in place of a writer's name, alone or with the place it was filed from
/// after a comma, is the byline in text copies and saved pages (`DeskCredit`). Invented lines and pages.
@Suite struct DeskCreditTests: TextPageCleaning {
    @Test func readsCreditsWithAndWithoutAPlace() {
        #expect(DeskCredit.name(in: "Staff reporter, Millbrook") == "Staff reporter")
        #expect(DeskCredit.name(in: "Our Correspondent, Port Ellery") == "Our Correspondent")
        #expect(DeskCredit.name(in: "Redacción, Villaverde del Río") == "Redacción")
        #expect(DeskCredit.name(in: "Rédaction, Saint-Amand") == "Rédaction")
        #expect(DeskCredit.name(in: "নিজস্ব প্রতিবেদক, রাজশাহী") == "নিজস্ব প্রতিবেদক")
        #expect(DeskCredit.name(in: "نمائندہ خصوصی، ملتان") == "نمائندہ خصوصی")
        #expect(DeskCredit.name(in: "Staff writer") == "Staff writer")
    }

    @Test func leavesOtherLinesAlone() {
        #expect(DeskCredit.name(in: "Staff reporter, who asked not to be named.") == nil)
        #expect(DeskCredit.name(in: "Staff reporter, 14 March 2025") == nil)
        #expect(DeskCredit.name(in: "Jane Example, Millbrook") == nil)
        #expect(DeskCredit.name(in: "Staff canteen, Millbrook") == nil)
        #expect(DeskCredit.name(in: "Staff reporter, and the people of the town") == nil)
    }

    static let body = [
        "The town council voted on Tuesday evening to reopen the harbour baths, which have been shut since a storm cracked the sea wall four winters ago.", "",
        "Councillors said the repairs would come out of the coastal fund, and a local swimming club has agreed to run the baths on weekday mornings.", "",
        "The baths first opened in 1931 and were for decades the only place in the district where children could learn to swim in calm water.", "",
    ]

    @Test(arguments: ["Staff reporter, Millbrook", "Staff Reporter, Millbrook", "Our Correspondent, Millbrook"])
    func textCopyKeepsTheDeskAsByline(credit: String) {
        let doc = clean(["Home", "News", "", "Council votes to reopen the old harbour baths next summer", "", credit, "14 March 2025", ""] + Self.body)
        let desk = String(credit.split(separator: ",")[0])
        #expect(doc.byline == desk)
        #expect(doc.published == "2025-03-14")
        #expect(doc.evidence(of: credit).contains(DeskCredit.evidence))
    }

    @Test func savedPageKeepsTheDeskAsByline() {
        let html = """
        <html><head><title>Council votes to reopen the old harbour baths next summer</title></head><body>
        <article><h1>Council votes to reopen the old harbour baths next summer</h1>
        <div class="byline">Staff reporter, Millbrook</div><time datetime="2025-03-14">14 March 2025</time>
        \(Self.body.filter { !$0.isEmpty }.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "Staff reporter")
    }
}
