import Testing
@testable import ReaderModel

@Test func documentFieldsAreInReadingOrder() {
    let doc = Document(source: "x", title: "T", paragraphs: ["a", "b"], captions: ["c"])
    #expect(doc.fields == [.title, .paragraph(0), .paragraph(1), .caption(0)])
    #expect(doc.text(of: .caption(0)) == "c")
}
