import Foundation
import Testing
@testable import ReaderModel
@testable import tui

/// `lede entities`: raw documents, JSON byte offsets back into the file, the text table.
@Suite struct EntitiesCommandTests {
    let text = "Talks in Lisbon\n\nMinister Ilse Dravnik met the WTO in Lisbon.\r\nDravnik left on Tuesday.\n"

    @Test func rawDocumentKeepsLineOffsets() {
        let doc = RawDocument.make(Article(source: "a.txt", format: .text, text: text))
        #expect(doc.paragraphs.count == 3)
        let bytes = Array(text.utf8)
        for (i, p) in doc.paragraphs.enumerated() {
            let start = doc.sourceOffsets[.paragraph(i)]!
            #expect(String(decoding: bytes[start..<start + p.utf8.count], as: UTF8.self) == p)
        }
    }

    @Test func jsonOffsetsPointIntoTheFile() throws {
        let article = Article(source: "a.txt", format: .text, text: text, leadingBytes: 3)
        let docs = [RawDocument.make(article)]
        let index = EntityIndex(documents: docs)
        let json = try EntityJSON.render(index, documents: docs, articles: [article])
        let rows = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let bytes = Array(text.utf8)
        var checked = 0
        for row in rows {
            for m in row["mentions"] as? [[String: Any]] ?? [] {
                let start = try #require(m["start"] as? Int) - 3, end = try #require(m["end"] as? Int) - 3
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == m["text"] as? String)
                checked += 1
            }
        }
        #expect(checked >= 5)
        #expect(rows.contains { $0["name"] as? String == "Ilse Dravnik" && ($0["aliases"] as? [String]) == ["Dravnik"] })
    }

    @Test func fieldsWithoutSourceOffsetsAreFoundInTheFile() throws {
        let article = Article(source: "a.txt", format: .text, text: text)
        let doc = Document(source: "a.txt", title: "Talks in Lisbon",
                           paragraphs: ["Minister Ilse Dravnik met the WTO in Lisbon.", "Dravnik left on Tuesday.", "Back in Lisbon, briefly."])
        let index = EntityIndex(documents: [doc])
        var locator = OffsetLocator(documents: [doc], articles: [article])
        let bytes = Array(text.utf8)
        let person = try #require(index.entities.first { $0.name == "Ilse Dravnik" })
        #expect(person.mentions.count == 2)
        for m in person.mentions {
            let found = locator.fileOffset(m)
            let start = try #require(found)
            #expect(Array(bytes[start..<start + m.text.utf8.count]) == Array(m.text.utf8))
        }
        let second = locator.fileOffset(person.mentions[1])
        #expect((second ?? 0) > 60)  // on the second line, not inside "Ilse Dravnik"
        // A paragraph that is not in the file: the mention text is searched for instead.
        let lisbon = try #require(index.entities.first { $0.name == "Lisbon" })
        let last = try #require(lisbon.mentions.last)
        let at = locator.fileOffset(last)
        #expect(at.map { Array(bytes[$0..<$0 + 6]) } == Array("Lisbon".utf8))
    }

    @Test func textTableGroupsByType() {
        let docs = [RawDocument.make(Article(source: "a.txt", format: .text, text: text))]
        let table = EntityTable.render(EntityIndex(documents: docs), documentCount: 1)
        #expect(table.contains("PERSON (1)"))
        #expect(table.contains("PLACE"))
        #expect(table.contains("Dravnik"))
    }
}
