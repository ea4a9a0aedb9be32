import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages whose post is a paragraph and a long list of short lines, then a comments
/// header and a dated thread heavier than the post.
@Suite struct ListPostBeforeCommentSectionTests {
    static let lead = "Our little choir is going on the road next spring, and after weeks of planning we can finally share the towns where we will sing in church halls and village squares."
    static let places: [String] = ["Marrowby", "Eastwick", "Tollbridge", "Fenn", "Saltmarsh", "Kettle Cross"]
    static let towns: [String] = places.flatMap { (place: String) -> [String] in
        ["North", "South", "Mill", "Quay"].map { (part: String) -> String in place + " " + part }
    }
    static let comment = "What wonderful news, we will bring the whole family along to hear you sing in the square and I cannot wait for the spring to come round again this year."

    static func page(towns: Int = 24) -> String {
        var page = ["Choir Notes", "", "Spring tour towns", "", "Monday, March 4, 2024", "", Self.lead, "", "We will visit:", ""]
        page += Self.towns.prefix(towns).flatMap { [$0, ""] }
        page += ["Comments (5)", ""]
        // Each comment signed below its text with its date and author, as some blog themes print them.
        for day in 5...9 { page += [Self.comment, "", "March \(day), 2024 | Reader \(day)", ""] }
        return page.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func thePostAndItsListBeatTheThreadBelow() {
        let doc = Self.clean(Self.page())
        #expect(doc.paragraphs.contains(Self.lead))
        #expect(doc.paragraphs.contains("Kettle Cross Quay"))
        #expect(!doc.paragraphs.contains(Self.comment))
        let explained = doc.evidence(of: Self.lead)
        #expect(explained.contains(ListPostBeforeCommentSection.evidence))
        #expect(explained.contains("chosen over the heavier run at lines"))
    }

    @Test func aShortListIsLeftToTheCommentSectionRule() {
        let doc = Self.clean(Self.page(towns: 3))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ListPostBeforeCommentSection.evidence) })
    }
}
