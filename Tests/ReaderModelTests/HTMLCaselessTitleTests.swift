import Testing
@testable import ReaderModel

/// Page titles in scripts without capitals lose their site name as titles in Latin script do.
@Suite struct HTMLCaselessTitleTests {
    @Test(arguments: [
        ("河畔市图书馆开放通宵阅览室 首月接待读者逾万人次 | 河畔日报", "河畔市图书馆开放通宵阅览室 首月接待读者逾万人次"),
        ("השכונה שהפחיתה את כמות הפסולת בשליש בתוך שנה - חדשות השכונה", "השכונה שהפחיתה את כמות הפסולת בשליש בתוך שנה"),
    ])
    func siteNameIsCut(title: String, expected: String) {
        let html = "<html><head><title>\(title)</title></head><body><div>\(HTMLFixtures.paragraphs())</div></body></html>"
        #expect(HTMLFixtures.clean(html).title == expected)
    }
}
