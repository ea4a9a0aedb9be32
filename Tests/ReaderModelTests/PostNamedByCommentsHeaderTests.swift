import Testing
@testable import ReaderModel

/// Invented video-tutorial pages: a numbered headline over two notes, the player's figures, a box of
/// popular tutorials, then a comments header that quotes the headline's title over the comments.
@Suite struct PostNamedByCommentsHeaderTests {
    static let notes = ["• Splice two ropes of different thickness without a knot", "• Finish the splice with a whipping that will not slip"]

    static func page(quoted: String = "“Rope Splicing”") -> String {
        var page = ["Knot School", "Tutorials", "Sign in", "Forgot password?", "All Tutorials Free Guides Basic Training"]
        page += ["14. Rope Splicing"] + Self.notes + ["", "12:30", "48,211 Views", "Mar 02, 2023", "Download the notes", "Popular Tutorials"]
        page += ["Tie a bowline with one hand using a...", "Learn the sheet bend for joining two...", "VIEW", "52,003 Views"]
        page += ["12 Responses to \(quoted)"]
        for (name, comment) in [("Kai", "Great one, thanks for this!"), ("Rosa", "I tried it on my boat and it held all summer."),
                                ("Omar", "Could you do one on eye splices?")] {
            page += [name, "03/0\(name.count)/2023", comment, "reply to this comment"]
        }
        return page.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func theQuotedTitleIsReadBetweenQuoteMarks() {
        #expect(PostNamedByCommentsHeader.quotedTitle("12 Responses to “Rope Splicing”") == "Rope Splicing")
        #expect(PostNamedByCommentsHeader.quotedTitle("3 commentaires sur « Épissure de cordage »") == "Épissure de cordage")
        #expect(PostNamedByCommentsHeader.quotedTitle("「ロープの継ぎ方」への5件のフィードバック") == "ロープの継ぎ方")
        #expect(PostNamedByCommentsHeader.quotedTitle("2 Comments “ok”") == nil)
        #expect(PostNamedByCommentsHeader.quotedTitle("12 Comments") == nil)
    }

    @Test func theNotesUnderTheQuotedHeadlineAreThePost() {
        let doc = Self.clean(Self.page())
        #expect(doc.paragraphs == Self.notes.map { String($0.dropFirst(2)) } || doc.paragraphs == Self.notes)
        let explained = doc.blocks.first { $0.text.hasSuffix("without a knot") }?.evidence ?? ""
        #expect(explained.contains(PostNamedByCommentsHeader.evidence))
    }

    @Test func aHeaderQuotingNoLineOfThePageNamesNoPost() {
        let doc = Self.clean(Self.page(quoted: "“Eye Splicing”"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostNamedByCommentsHeader.evidence) })
    }
}
