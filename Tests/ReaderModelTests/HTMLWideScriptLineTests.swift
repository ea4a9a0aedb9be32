import Testing
@testable import ReaderModel

/// Lines in scripts written without spaces are judged by their characters, not by spaces or a
/// final mark: a photo diary's unpunctuated Chinese lines are its text.
@Suite struct HTMLWideScriptLineTests {
    /// Original lines: a short diary of a morning at a small harbour.
    static let lines = [
        "清晨六点的小港口还笼罩在薄雾之中 渔船一艘接一艘地靠岸",
        "码头上的老人把昨夜的渔获摆在木箱里 等待第一批买家",
        "海鸥在头顶盘旋不去 偶尔俯冲下来抢走一条小鱼",
        "远处的渡轮鸣笛两声 提醒岛上的乘客准备登船出发",
    ]
    static let long = "今年冬天的风浪比往年大得多，港务局说旧码头的木桩已经腐朽，明年春天将开始重建工程，渔民们对此既期待又担心，因为施工期间渔船必须改到对面的小湾停靠。"

    @Test func unpunctuatedChineseLinesAroundAParagraphAreKept() {
        let body = ([Self.long] + Self.lines).map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><nav><a href='/'>首页</a><a href='/news'>新闻</a></nav><article><h1>港口的早晨</h1>\(body)</article><footer><p>版权所有</p></footer></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == [Self.long] + Self.lines)
    }
}
