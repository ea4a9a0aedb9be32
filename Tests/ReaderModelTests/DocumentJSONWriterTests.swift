import Foundation
import Testing
@testable import ReaderModel

/// The hand-written document JSON must decode to the same document as `JSONEncoder`'s.
@Suite struct DocumentJSONWriterTests {
    static let sample = Document(
        source: "/library/2024/harbour \"quay\".txt", title: "Ferry timetable changes at Wrenmouth",
        byline: "By Odile Marchetti", published: "2024-05-02T09:30", publisher: nil,
        standfirst: "Crossings will run hourly — except on Sundays.\tTabs\\slashes too",
        paragraphs: ["The harbour board met on Tuesday.\nA second line.", "Zürich-based owners said “fine”. \u{1}ctl", ""],
        captions: ["Quay at dawn (Photo: Pell Agency)"],
        removed: [RemovedBlock(text: "Subscribe today", reason: NoiseReason.allCases[0])],
        blocks: [ExplainedBlock(text: "Ferry timetable", role: .title),
                 ExplainedBlock(text: "Subscribe today", role: .removed, reason: NoiseReason.allCases[0], evidence: "3 words")],
        sourceOffsets: [.title: 0, .standfirst: 40, .paragraph(0): 120, .paragraph(2): 300, .caption(0): 512])

    @Test func decodesToTheSameDocument() throws {
        let decoded = try JSONDecoder().decode(Document.self, from: Data(DocumentJSONWriter.encode(Self.sample)))
        #expect(decoded == Self.sample)
    }

    @Test func emptyDocumentRoundTrips() throws {
        let empty = Document(source: "")
        #expect(try JSONDecoder().decode(Document.self, from: Data(DocumentJSONWriter.encode(empty))) == empty)
    }
}
