import Testing
@testable import ReaderModel

/// Class names glued from a prefix in capitals and a word ("XYpopup", "DDPNavbar"): the word
/// inside still says what the element is.
@Suite struct HTMLClassTokenTests {
    @Test func capitalPrefixAndSizeAreSplitOff() {
        #expect(BoilerplateWords.words("XYpopup") == ["x", "ypopup", "popup"])
        #expect(BoilerplateWords.words("DDPNavbar") == ["ddp", "navbar", "avbar"])
        #expect(BoilerplateWords.words("relatedStories") == ["related", "stories"])
        #expect(BoilerplateWords("XYpopup").noise == .banner)
        #expect(BoilerplateWords("DDPNavbar").noise == .navigation)
        // Numbered names stay whole ("menu2" on layout-table rows that hold listings).
        #expect(BoilerplateWords.words("cn_menu2") == ["cn", "menu2"])
    }

    @Test func gluedPopupDoesNotWinOverAListingPage() {
        let popup = "<div class='XYshadowing'><div class='XYpopup'><div class='XYpopheader'>Sign in</div><div class='text'>"
            + "You need an account to keep this listing in a folder, and sign-in is closed for a short while today. "
            + "Please come back in an hour.</div></div></div>"
        let rows = (0..<6).map { i in
            "<tr><td><a href='/l/\(i)'>Listing number \(i) for a harbour job</a><br>"
                + "Work on the pier with the crew, day shifts, boots provided, start soon.</td><td>Marrow Bay</td></tr>"
        }.joined()
        let html = "<html><body><div class='top'><a href='/'>Home</a> <a href='/jobs'>Jobs</a></div>"
            + "\(popup)\(popup)<table class='results'>\(rows)</table></body></html>"
        let text = HTMLFixtures.clean(html).paragraphs.joined(separator: "\n")
        #expect(!text.contains("You need an account"))
        #expect(text.contains("Listing number 3 for a harbour job"))
    }
}

/// A class attribute longer than the stack scratch splits as a short one does.
@Suite struct HTMLClassTokenLongAttributeTests {
    @Test func longAttributeSplitsLikeItsParts() {
        let part = "relatedStories XYpopup tag-harbour-news "
        let long = String(repeating: part, count: 60)
        #expect(BoilerplateWords.words(long) == Array(repeating: BoilerplateWords.words(part), count: 60).flatMap { $0 })
        #expect(BoilerplateWords(long) == BoilerplateWords(part))
        #expect(BoilerplateWords.words("") == [])
        #expect(BoilerplateWords.words("how-to-build-a-boat") == [])
    }
}
