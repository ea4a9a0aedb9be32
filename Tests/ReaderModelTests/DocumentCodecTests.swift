import Foundation
import Testing
@testable import ReaderModel

/// The stored form of a document (blob + body column + header columns) must give the same document back.
@Suite struct DocumentCodecTests {
    static let sample = Document(
        source: "/library/2024/harbour \"quay\".txt", title: "Ferry timetable changes at Wrenmouth",
        byline: "By Odile Marchetti", published: "2024-05-02T09:30", publisher: nil,
        standfirst: "Crossings will run hourly — except on Sundays.\tTabs\\slashes too",
        paragraphs: ["The harbour board met on Tuesday.\nA second line.", "Zürich-based owners said “fine”. \u{1}ctl", "",
                     "Łódź, São Paulo and Zelenskyy\u{00A0}— Москва", "\n"],
        captions: ["Quay at dawn (Photo: Pell Agency)", ""],
        removed: [RemovedBlock(text: "Subscribe today", reason: NoiseReason.allCases[0]),
                  RemovedBlock(text: "Menu\nHome — News", reason: NoiseReason.allCases.last!)],
        sourceOffsets: [.title: 0, .standfirst: 40, .paragraph(0): 120, .paragraph(2): 300, .caption(0): 512, .caption(1): 70_000])

    static func roundTrip(_ document: Document) -> Document? {
        DocumentCodec.decode(DocumentCodec.encode(document), body: DocumentCodec.body(of: document), title: document.title,
                             byline: document.byline, published: document.published, publisher: document.publisher)
    }

    @Test func sampleRoundTrips() {
        #expect(Self.roundTrip(Self.sample) == Self.sample)
    }

    @Test func emptyAndSparseDocumentsRoundTrip() {
        #expect(Self.roundTrip(Document(source: "")) == Document(source: ""))
        #expect(Self.roundTrip(Document(source: "a", standfirst: "")) == Document(source: "a", standfirst: ""))
        #expect(Self.roundTrip(Document(source: "a", captions: ["only a caption"])) == Document(source: "a", captions: ["only a caption"]))
    }

    @Test func bodyIsWhatFullTextIndexes() {
        let document = Document(source: "s", standfirst: "Lead", paragraphs: ["One", "Two"], captions: ["Cap"])
        #expect(DocumentCodec.body(of: document) == "Lead\nOne\nTwo\nCap")
        #expect(DocumentCodec.body(of: Document(source: "s", paragraphs: ["One"])) == "One")
    }

    @Test func aBodyThatDoesNotFitOrADamagedBlobGivesNil() {
        let blob = DocumentCodec.encode(Self.sample)
        let body = DocumentCodec.body(of: Self.sample)
        #expect(DocumentCodec.decode(blob, body: body + "x", title: nil, byline: nil, published: nil, publisher: nil) == nil)
        #expect(DocumentCodec.decode(blob.prefix(blob.count / 2), body: body, title: nil, byline: nil, published: nil, publisher: nil) == nil)
        #expect(DocumentCodec.decode(Data("{\"source\":\"x\"}".utf8), body: "", title: nil, byline: nil, published: nil, publisher: nil) == nil)
        #expect(DocumentCodec.decode(Data(), body: "", title: nil, byline: nil, published: nil, publisher: nil) == nil)
    }

    @Test func storesFarLessThanTheJSON() throws {
        let json = try JSONEncoder().encode(Self.sample)
        #expect(DocumentCodec.encode(Self.sample).count * 2 < json.count)
    }
}
