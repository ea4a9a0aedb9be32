import Testing
@testable import ReaderModel

/// Invented pages: a report whose paragraphs stand apart, then a related-stories label over a box
/// of teasers packed line on line. The box leaves the body; a label inside the article followed by
/// paragraphs set apart again, and a page copied with no blank lines at all, keep their body.
/// Fixtures in Latin and Han script.
@Suite struct PackedRunUnderRelatedHeaderTests {
    static let report = [
        "The harbour board agreed on Tuesday to dredge the eastern channel before the autumn, after two fishing boats ran aground there in a single week.",
        "Skippers had warned for months that silt from the spring floods was narrowing the channel, and the board's own survey found it half a metre shallower than charted.",
        "The work will close the channel for nine days, and boats will use the older western approach while the dredger is in place.",
        "A board member said the cost would be met from the harbour's reserve fund, without a rise in mooring fees this year.",
    ]

    static let teasers = [
        "Lighthouse keeper retires after forty years The last keeper on the point hands over the lamp to an automatic system and a team in the town.",
        "Ferry timetable changes for the winter Two evening crossings will be dropped from November, the operator said, citing falling numbers.",
        "Seal pups counted on the outer sandbank Volunteers found more pups than last year, though storms kept them off the bank for a week.",
        "New slipway opens for rowing clubs The clubs had shared a single ramp with the lifeboat crew for more than a decade before the new one.",
    ]

    func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "h.txt", format: .text, text: text))
    }

    static func page(_ report: [String], label: String, under: [String]) -> String {
        (["Harbour Gazette", "Home", "News", "", "Board to dredge eastern channel", "", "Published 3 September 2024", ""]
            + report.flatMap { [$0, ""] } + [label] + under + ["", "About us", "Contact"]).joined(separator: "\n")
    }

    @Test func packedTeasersUnderTheLabelLeaveTheBody() {
        let doc = clean(Self.page(Self.report, label: "Related coverage", under: Self.teasers))
        #expect(doc.paragraphs == Self.report)
        let explained = doc.evidence(of: Self.teasers[0])
        #expect(explained.contains(PackedRunUnderRelatedHeader.evidence))
    }

    @Test func paragraphsSetApartUnderAnInlineLabelStay() {
        // The article goes on under the label with its paragraphs set apart: no box.
        let more = [
            "Harbour staff will publish the dredging dates on the board outside the office and on the quay's notice boards.",
            "The board will review the channel's depth again next spring, when the next survey is due.",
            "Fishing crews have been asked to report any fresh shoaling to the harbour master straight away.",
        ]
        let text = Self.page(Self.report, label: "Related coverage", under: []) + "\n\n" + more.joined(separator: "\n\n")
        let doc = clean(text)
        #expect(doc.paragraphs.contains(more[1]))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PackedRunUnderRelatedHeader.evidence) })
    }

    @Test func aPageWithNoBlankLinesShowsNoChangeOfLayout() {
        let text = (["Harbour Gazette", "Board to dredge eastern channel"] + Self.report + ["Related coverage"] + Self.teasers)
            .joined(separator: "\n")
        let doc = clean(text)
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PackedRunUnderRelatedHeader.evidence) })
    }

    @Test func packedTeasersUnderAChineseLabelLeaveTheBody() {
        let report = [
            "港务局周二决定在秋季之前疏浚东航道，此前一周内有两艘渔船在那里搁浅，船长们对此早有抱怨。",
            "船长们几个月来一直警告说，春季洪水带来的淤泥正在使航道变窄，港务局自己的测量也发现水深比海图标示的浅了半米。",
            "疏浚工程将使东航道关闭九天，在此期间船只将改用较旧的西侧进港航线，港务局会提前公布具体日期。",
            "一位委员表示，费用将由港口储备基金支付，今年不会提高泊位费，渔民们对此表示欢迎。",
        ]
        let teasers = [
            "灯塔看守人退休 在岬角工作四十年的最后一位看守人把灯交给了自动系统和镇上的维护小组。",
            "冬季渡轮时刻表调整 运营公司说，由于乘客减少，从十一月起将取消两班晚间渡轮。",
            "外沙洲海豹幼崽数量增加 志愿者发现的幼崽比去年多，尽管风暴让他们有一周无法登上沙洲。",
            "划船俱乐部新滑道启用 十多年来，俱乐部一直与救生艇队员共用一条坡道，如今终于有了自己的。",
        ]
        let text = (["港口日报", "首页", "新闻", "", "港务局将疏浚东航道", "", "2024年9月3日", ""]
            + report.flatMap { [$0, ""] } + ["相关阅读"] + teasers + ["", "关于我们", "联系我们"]).joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.paragraphs == report)
    }
}

/// Invented notes under a "See also" label: footnotes opening with a back-link caret, or a run
/// longer than a box of teasers, are the document's own and stay.
@Suite struct PackedRunUnderRelatedHeaderNotesTests {
    @Test func footnotesUnderTheLabelAreNoTeasers() {
        let notes = [
            "^ The survey was carried out by the harbour's own launch over three days in late spring.",
            "^ Depths are given at the lowest astronomical tide, as on the current admiralty chart.",
            "^ The western approach was the only channel into the harbour until the breakwater was built.",
        ]
        let text = PackedRunUnderRelatedHeaderTests.page(PackedRunUnderRelatedHeaderTests.report, label: "See also", under: notes)
        let doc = Cleaner().clean(Article(source: "h.txt", format: .text, text: text))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PackedRunUnderRelatedHeader.evidence) })
    }

    @Test func aRunLongerThanATeaserBoxStays() {
        let long = (1...PackedRunUnderRelatedHeader.maximumLinesUnder + 2).map {
            "Entry \($0) of the harbour's mooring register lists a boat, its owner and the berth it holds this season."
        }
        let text = PackedRunUnderRelatedHeaderTests.page(PackedRunUnderRelatedHeaderTests.report, label: "See also", under: long)
        let doc = Cleaner().clean(Article(source: "h.txt", format: .text, text: text))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PackedRunUnderRelatedHeader.evidence) })
    }
}
