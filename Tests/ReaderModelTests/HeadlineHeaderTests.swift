import Testing
@testable import ReaderModel

/// Invented copies whose headline the scores alone missed: it opens the body run because it reads
/// as a sentence, or it sits over the byline between a short label and a sub-heading.
@Suite struct HeadlineHeaderTests: TextPageCleaning {
    static let body = HeadlineFinderTests.body
    static let menu = HeadlineFinderTests.menu

    /// A quoted question as the headline reads as a sentence; share counts, a photo credit and the
    /// byline follow it.
    @Test func quotedQuestionHeadlineOpeningTheBody() {
        let headline = "Cray Point commuters ask: 'Will the new ferry boats cross the river every twenty minutes?'"
        let page = Self.menu + ["", "advertise with us", "", headline, "", "128", "14", "ANNA EXAMPLE/RIVER PHOTOS", "",
                                "by Tamsin Example 4 Mar 2025", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == headline)
        #expect(doc.paragraphs.first == Self.body[0])
        // A share count under it is no summary.
        #expect(doc.standfirst == nil)
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains("opens the body run"))
    }

    /// A final period that closes an abbreviation ("U.K.") does not make the headline a sentence.
    @Test func headlineEndingInADottedAbbreviation() {
        let headline = "Ferry Boats and Bicycles: How Cray Point Doubled the Busiest River Crossing in the U.K."
        let page = ["Home", "Local", "", "Supported by", "", headline, ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == headline)
        #expect(!doc.paragraphs.contains(headline))
    }

    /// A short section label over the headline echoes the body too; the headline is the line over the byline.
    @Test func kickerAboveTheHeadline() {
        let headline = "River ferry doubles its crossings as two new boats arrive"
        let page = Self.menu + ["", "Almsford Ferry News", headline, "By Tamsin Example March 4, 2025 9:10 AM", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == headline)
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains("directly above the byline or date"))
    }

    /// The first sub-heading after the date line echoes the body more than the headline does.
    @Test func subheadingBelowTheDateLine() {
        let headline = "County council backs a faster Almsford ferry timetable"
        let page = Self.menu + ["", headline, "Last updated: March 4, 2025", "", "",
                                "New ferry boats to cross the river every twenty minutes from Monday", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == headline)
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains("before the sub-heading"))
    }

    @Test func dottedAbbreviations() {
        #expect(BodyOpeningHeadline.endsWithDottedAbbreviation("Boats arrive in the U.S."))
        #expect(BodyOpeningHeadline.endsWithDottedAbbreviation("Crossings resume at 9 a.m."))
        #expect(!BodyOpeningHeadline.endsWithDottedAbbreviation("The boats arrived on Monday."))
        #expect(!BodyOpeningHeadline.endsWithDottedAbbreviation("Ends with a version 2.0."))
    }
}
