import Foundation
import Testing
@testable import tui
import ReaderModel

/// Issue 12, item 10: the reader lays out only what it shows; a 16 MB article opens and
/// re-wraps quickly, and the lazy layout is line for line the eager one.
@Suite struct ReaderTextLazyTests {
    static let document = Document(
        source: "a.txt", title: "Harbour vote: the pier will be rebuilt", byline: "Ola Lindqvist", published: "2024-04-29T15:10",
        standfirst: "A short standfirst\twith a tab\nand a newline.",
        paragraphs: [
            "The council voted on Tuesday to rebuild the pier, ending a debate that ran for three years.",
            "Averyveryveryverylongwordthatcannotfitonanylineatallandmustbecutintopieces ends here  with  double  spaces.",
            "Київ, 東京 and café are wide or accented: they take the slow path, but wrap the same way.",
            "Tabs\t\tand\n\nnewlines \t collapse after a space.",
            "",
            "   Leading spaces and trailing ones   ",
            "東京都の港湾局は新しい桟橋の建設を決めました東京都の港湾局は新しい桟橋の建設を決めました",
            "Combining: cafe\u{301} \u{301}lone mark, space then mark \u{301}x, emoji 👩‍👩‍👧 and 🇳🇴 flags.",
            "Escape \u{1B}[31mred\u{1B}[0m and bidi \u{202E}reversed\u{202C} and a wide 𠀀 letter in a narrow line.",
            "Tab\t\u{301}after a tab, newline\n\u{301}after, and  double  spaces  in  Київ  too.",
        ],
        captions: ["A caption under a photo of the pier at dusk.", "Credit: an invented agency"])

    /// The layout as the eager implementation made it: every block wrapped up front.
    static func eagerLines(_ document: Document, width: Int) -> [String] {
        var lines: [String] = []
        func add(_ text: String, indent: Int = 0) {
            lines += TextWrap.wrap(Sanitizer.glyphs(text), width: max(1, width - indent)).map { String(repeating: " ", count: indent) + $0.map(\.text).joined() }
        }
        add(document.title ?? "(untitled)")
        let date = document.published.map { $0.replacingOccurrences(of: "T", with: " ") }
        let meta = [document.byline, date, document.publisher].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { add(meta.joined(separator: " · ")) }
        lines.append("")
        if let standfirst = document.standfirst { add(standfirst); lines.append("") }
        for paragraph in document.paragraphs { add(paragraph); lines.append("") }
        if !document.captions.isEmpty {
            add("Captions")
            for caption in document.captions { add(caption, indent: 2) }
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13, 21, 40, 79, 200])
    func lazyLayoutIsTheEagerOne(width: Int) {
        let text = ReaderText(document: Self.document, width: width)
        #expect(text.lines.map(\.text) == Self.eagerLines(Self.document, width: max(1, width)))
    }

    /// Structural, not timed: opening a big article and showing a screen of it wraps only the
    /// blocks on that screen, at any width.
    @Test func bigArticleWrapsOnlyWhatIsShown() {
        let sentence = "The ferry crews worked through the night to move the old timber piles before the tide turned. "
        let paragraph = String(repeating: sentence, count: 40)
        let document = Document(source: "big.txt", title: "Big", paragraphs: Array(repeating: paragraph, count: 4_000_000 / paragraph.utf8.count))
        for width in [80, 61] {
            let text = ReaderText(document: document, width: width)
            #expect(text.lines.count > 50_000)
            let screen = (0..<40).map { text.lines[text.lines.count / 2 + $0].text }
            #expect(screen.allSatisfy { $0.count <= width })
            #expect(text.wrappedLineCount < 200, "\(text.wrappedLineCount) lines wrapped")
            #expect(text.line(of: .paragraph(1000), offset: 0) != nil)
        }
    }
}
