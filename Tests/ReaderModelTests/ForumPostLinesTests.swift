import Testing
@testable import ReaderModel

/// Invented forum threads whose posts hold short lines: a list above a sentence, a one-line reply,
/// a short closing line. The posts' lines are kept; the posters' profile blocks (a rank, a join
/// date, a post count) are not, and the profile's first line (the poster's name) is kept with its post.
@Suite struct ForumPostLinesTests: TextPageCleaning {

    static let sentences = [
        "I keep two hives at the bottom of the orchard and both came through the cold spell without trouble.",
        "The bees were flying again by the weekend, which is earlier than I have seen in any other year here.",
        "Our club lends out an extractor in August, so nobody has to buy one for a couple of frames of honey.",
        "Mine are calmer since I moved them away from the path where the neighbours walk their dogs each morning.",
        "The best advice I was given is to open the hive less often than you think you should in the first year.",
        "I would add a second super before the lime trees flower, because the flow comes on quickly in June.",
    ]

    /// Each post under a profile block: name, rank, join date, post count, then the dated header.
    static func profiledThread() -> [String] {
        var page = ["Smallholders Board > Bees > How many hives do you run?", ""]
        let names = ["hazelbank", "corvid_rae", "Tom Pellow", "meadowsweet", "Ida K", "northfield"]
        for (k, name) in names.enumerated() {
            page += [name, "Busy Worker", "", "Joined: March 0\(k + 1), 2019", "Posts: \(120 + k * 37)", "",
                     "May 1\(k), 2024 0\(k + 1):2\(k)"]
            if k == 2 { page += ["Langstroth hive", "Warré hive", "Top bar hive", ""] }
            page += [sentences[k]]
        }
        page += ["", "Board engine invented for this test", "Contact the moderators - Privacy"]
        return page
    }

    @Test func listAboveAPostSentenceIsKept() {
        let doc = clean(Self.profiledThread())
        for line in Self.sentences { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        for line in ["Langstroth hive", "Warré hive", "Top bar hive"] {
            #expect(doc.paragraphs.contains(line), "missing list line: \(line)")
        }
        // The profile blocks go, each poster's name stays with the post.
        #expect(!doc.paragraphs.contains("Busy Worker"))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Posts:") || $0.hasPrefix("Joined:") })
        #expect(doc.paragraphs.contains("Tom Pellow"))
        #expect(doc.paragraphs.contains("meadowsweet"))
        let profile = doc.evidence(of: "Posts: 194")
        #expect(profile.contains("profile block"))
        let explained = doc.evidence(of: "Warré hive")
        #expect(explained.contains("forum post"))
    }

    /// Each post under its poster's name and a dated header; some posts are one short line.
    static func namedThread() -> [String] {
        var page = ["Harbour Rowing Forum > Club chat > Early starts", "", "Pages: [1] 2", ""]
        let posts: [(String, [String])] = [
            ("oarlock", [sentences[0], sentences[1]]),
            ("Bea M", [sentences[2], "Count me in."]),
            ("sculler77", ["Same here :)"]),
            ("oarlock", [sentences[3]]),
            ("tidewatch", [sentences[4]]),
            ("Bea M", [sentences[5]]),
        ]
        for (k, post) in posts.enumerated() {
            page += [post.0, "0\(k + 1)-04-2024, 0\(k + 5):1\(k) AM"] + post.1
        }
        page += ["", "Board engine invented for this test", "Contact the moderators - Privacy"]
        return page
    }

    @Test func shortRepliesAndNamesAreKept() {
        let doc = clean(Self.namedThread())
        for line in Self.sentences { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        #expect(doc.paragraphs.contains("Count me in."))
        #expect(doc.paragraphs.contains("Same here :)"))
        #expect(doc.paragraphs.contains("sculler77"))
        #expect(doc.paragraphs.contains("tidewatch"))
        #expect(!doc.paragraphs.contains("Contact the moderators - Privacy"))
    }

    @Test func profileSizeNeedsAgreement() {
        #expect(ForumPostLines.agreedProfileSize([1, 1, 1, 2]) == 1)
        #expect(ForumPostLines.agreedProfileSize([4, 4, 4, 5, 7]) == nil)
        #expect(ForumPostLines.agreedProfileSize([2, 2]) == nil)
        #expect(ForumPostLines.agreedProfileSize([]) == nil)
    }
}
