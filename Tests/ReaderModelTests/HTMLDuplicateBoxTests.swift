import Testing
@testable import ReaderModel

/// A box the page shows twice under the same name (a print-only copy of the header above the
/// screen one) is read once; a line an author repeats inside one box, or two same-named boxes
/// with different text, stay.
@Suite struct HTMLDuplicateBoxTests {
    static let notice = "Reprint notice: this copy of the harbour report is for personal reading only and may not be handed on to other readers without the publisher's leave."

    static func header(_ id: String = "") -> String {
        "<div class='story-head'\(id)><p>\(notice)</p><h2>Ferry pier to be rebuilt after a three-year debate</h2></div>"
    }

    @Test func secondCopyOfASameNamedBoxIsRemoved() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.header() + Self.header()))
        #expect(doc.paragraphs.filter { $0 == Self.notice }.count == 1)
        #expect(doc.removed.contains { $0.reason == .repeated && $0.text == Self.notice })
        #expect(doc.paragraphs.filter { $0.hasPrefix("Ferry pier") }.count == 1)
        for text in HTMLFixtures.prose { #expect(doc.paragraphs.contains(text)) }
    }

    @Test func sameNamedBoxesWithDifferentTextKeepTheirSharedLine() {
        let other = "<div class='story-head'><p>\(Self.notice)</p><h2>Coastal road to stay closed through the winter storms</h2></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.header() + other))
        #expect(doc.paragraphs.filter { $0 == Self.notice }.count == 2)
    }

    @Test func shortRepeatedBoxesAreNotJudged() {
        #expect(DuplicateBox.minimumBytes > "Reply to this".utf8.count)
    }
}

/// An element the page's own inline style hides is skipped even when it holds just over half the
/// text; an attribute-hidden page behind a dialog, or a style hiding three quarters of it, is read.
@Suite struct HTMLHiddenStyleTests {
    @Test func styleHiddenPartOverHalfThePageIsSkipped() {
        let hidden = "<div style='visibility: hidden'>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(3))))</div>"
        let shown = "<div>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.suffix(2))))</div>"
        let doc = HTMLFixtures.clean("<html><body><article>\(hidden)\(shown)</article></body></html>")
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.suffix(2)))
    }

    @Test func styleHidingAlmostTheWholePageIsRead() {
        let html = "<html><body><div style='display:none'>\(HTMLFixtures.paragraphs())</div><p>Loading…</p></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }

    @Test func ariaHiddenPageBehindADialogIsRead() {
        let page = "<div aria-hidden='true'>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(3))))</div>"
        let dialog = "<div role='dialog'>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.suffix(2)).map { "Cookie settings: " + $0 }))</div>"
        let doc = HTMLFixtures.clean("<html><body>\(page)\(dialog)</body></html>")
        for text in HTMLFixtures.prose.prefix(3) { #expect(doc.paragraphs.contains(text)) }
    }
}
