import Foundation
import Testing
@testable import ReaderModel

@Suite("Export: formats")
struct ExportFormatTests {
    /// Every field holds something an exporter must escape.
    let tricky = Document(
        source: "dir/page \"one\".txt",
        title: "Minister says \"no\" to <tariffs> & fees\nsecond line",
        byline: "By Ann O'Neil\\Staff",
        published: "2026-05-03",
        publisher: nil,
        standfirst: "A *bold* claim_with_underscores",
        paragraphs: ["# Not a heading", "1. Not a list", "Plain \"quoted\" <b>tag</b> & ampersand\ttab", "Control \u{01} char and line\u{2028}separator"],
        captions: ["> not a quote 🌊"],
        removed: [RemovedBlock(text: "* indicates required", reason: .newsletter)]
    )

    @Test func jsonIsOneObjectOnOneLineWithKeysInOrder() throws {
        let json = JSONExporter.render(tricky)
        #expect(!json.contains("\n"))
        let keys = ["source", "title", "byline", "published", "publisher", "standfirst", "paragraphs", "captions", "removed"]
        let positions = keys.map { json.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"publisher\":null"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == tricky.title)
        #expect(object["byline"] as? String == tricky.byline)
        #expect(object["publisher"] is NSNull)
        #expect(object["paragraphs"] as? [String] == tricky.paragraphs)
        #expect(object["captions"] as? [String] == tricky.captions)
        let removed = try #require(object["removed"] as? [[String: String]])
        #expect(removed == [["text": "* indicates required", "reason": "newsletter"]])
    }

    @Test func jsonOfAnEmptyDocumentHasEveryKey() {
        #expect(JSONExporter.render(Document(source: "x")) ==
            #"{"source":"x","title":null,"byline":null,"published":null,"publisher":null,"standfirst":null,"paragraphs":[],"captions":[],"removed":[]}"#)
    }

    @Test func jsonEscapes() {
        #expect(JSONExporter.quote("a\"b\\c\nd\u{01}\u{2028}é") == #""a\"b\\c\nd\u0001\u2028é""#)
    }

    /// The byte-run copier escapes what the byte-by-byte loop did: C1 controls, U+2029, DEL, and
    /// leaves other characters that share a lead byte (C2, E2) alone, at the start, middle and end.
    @Test func jsonEscapesAroundCopiedRuns() {
        #expect(JSONExporter.quote("\u{85}x\u{9B}") == #""\u0085x\u009b""#)
        #expect(JSONExporter.quote("«a» – b\u{2029}") == "\"«a» – b\\u2029\"")
        #expect(JSONExporter.quote("\u{7F}\r\t\u{08}\u{0C}") == #""\u007f\r\t\b\f""#)
        #expect(JSONExporter.quote("plain words only") == #""plain words only""#)
        #expect(JSONExporter.quote("") == #""""#)
        #expect(JSONExporter.quote("€5 … ‘x’ at 20°") == "\"€5 … ‘x’ at 20°\"")
    }

    /// A headline-less page's derived title follows `title`, flagged; the removed blocks keep their order.
    @Test func jsonPlacesTheDerivedTitleAfterTheTitle() throws {
        let document = Document(source: "s.txt", paragraphs: ["The harbour reopens on Monday."],
                                removed: [RemovedBlock(text: "Menu", reason: .navigation), RemovedBlock(text: "Share", reason: .social)])
        let derived = try #require(document.derivedTitle)
        #expect(JSONExporter.render(document) ==
            #"{"source":"s.txt","title":null,"title_derived":true,"derived_title":"# + JSONExporter.quote(derived)
            + #","byline":null,"published":null,"publisher":null,"standfirst":null,"paragraphs":["The harbour reopens on Monday."],"#
            + #""captions":[],"removed":[{"text":"Menu","reason":"navigation"},{"text":"Share","reason":"social"}]}"#)
    }

    @Test func markdownFrontMatterAndBody() {
        let markdown = MarkdownExporter.render(tricky)
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines[0] == "---")
        #expect(lines[1] == #"title: "Minister says \"no\" to <tariffs> & fees\nsecond line""#)
        #expect(lines[2] == #"byline: "By Ann O'Neil\\Staff""#)
        #expect(lines[3] == #"date: "2026-05-03""#)
        #expect(lines[4] == #"source: "dir/page \"one\".txt""#)
        #expect(lines[5] == "---")
        #expect(!markdown.contains("publisher:"))
        #expect(markdown.contains("\n# Minister says \"no\" to \\<tariffs\\> & fees second line\n"))
        #expect(markdown.contains("\n*A \\*bold\\* claim\\_with\\_underscores*\n"))
        #expect(markdown.contains("\n\\# Not a heading\n"))
        #expect(markdown.contains("\n1\\. Not a list\n"))
        #expect(markdown.contains("\n## Captions\n\n> \\> not a quote 🌊\n"))
        #expect(markdown.hasSuffix("\n"))
    }

    @Test func yamlQuotingEscapesControls() {
        #expect(MarkdownExporter.yamlQuoted("a\u{07}b\u{85}") == #""a\x07b\x85""#)
    }

    @Test func textHasUnderlinedTitleMetadataAndParagraphs() {
        let doc = Document(source: "p.txt", title: "Київ talks 🌊", byline: "Jo Doe", paragraphs: ["One.", "Two."], captions: ["Cap."])
        let text = TextExporter.render(doc)
        #expect(text == "Київ talks 🌊\n=============\n\nBy: Jo Doe\nSource: p.txt\n\nOne.\n\nTwo.\n\nCaptions:\n- Cap.\n")
    }

    @Test func htmlEscapesEverythingAndIsStandalone() {
        let html = HTMLExporter.render(tricky)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(html.contains("<h1>Minister says &quot;no&quot; to &lt;tariffs&gt; &amp; fees second line</h1>"))
        #expect(html.contains("<p>Plain &quot;quoted&quot; &lt;b&gt;tag&lt;/b&gt; &amp; ampersand\ttab</p>"))
        #expect(html.contains("<span class=\"byline\">By Ann O&#39;Neil\\Staff</span>"))
        #expect(html.contains("<figcaption>&gt; not a quote 🌊</figcaption>"))
        #expect(!html.contains("\u{01}"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
    }

    @Test func renderDispatchesAndEndsWithNewline() {
        for format in ExportFormat.allCases {
            #expect(Exporter.render(tricky, as: format).hasSuffix("\n"))
        }
        #expect(Exporter.render(tricky, as: .json) == JSONExporter.render(tricky) + "\n")
    }

    @Test func slugs() {
        #expect(ExportFileName.slug("UPDATED: Ukraine's port deal — 2.4 billion euros!") == "updated-ukraine-s-port-deal-2-4-billion-euros")
        #expect(ExportFileName.slug("Café Crème in Constanța") == "cafe-creme-in-constanta")
        #expect(ExportFileName.slug("Олександр Гриценко") == "олександр-гриценко")
        #expect(ExportFileName.slug("") == "article")
        #expect(ExportFileName.slug("???") == "article")
        #expect(ExportFileName.slug(String(repeating: "word ", count: 40)).count <= 60)
        #expect(ExportFileName.candidate(base: "a", number: 1, format: .markdown) == "a.md")
        #expect(ExportFileName.candidate(base: "a", number: 3, format: .html) == "a-3.html")
    }
}
