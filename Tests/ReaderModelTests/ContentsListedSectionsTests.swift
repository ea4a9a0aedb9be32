import Foundation
import Testing
@testable import ReaderModel

/// Invented guide: a lead paragraph and a contents block over four sections; the third section is
/// a long list of links that parts the short opening sections from a heavy catalogue section at
/// the end, so the heaviest run alone is the last section.
@Suite struct ContentsListedSectionsTests {
    static let lead = "Families who move to the valley often ask how the local schools share out the years of teaching, and this guide gathers what the district has published about it."
    static let opening = "Most schools in the valley teach the first six years together, while the two towns keep a separate school for the last three years before the leaving exams."
    static let costs = "Keeping the older pupils apart costs the district more in buses, though the teachers say the smaller classes make up for it."
    static let sections = ["How the years are shared", "What it costs", "Further reading", "Catalogue of reports"]

    static let records: [String] = (1...8).map { n in
        "Report \(n) looked at the attendance of pupils in the upper years across several winters and found that the pupils who changed school twice missed more days than those who changed once, with the gap closing again by the final year."
    }

    static func page(entries: [String] = sections, reading: [String] = sections) -> [String] {
        var page = ["Valley Schools Office", "Home", "About", "Contact", "", "School years in the valley", "", lead, "Contents"]
        page += entries
        page += [reading[0], "", opening, "", reading[1], "", costs, "", reading[2], ""]
        for n in 1...24 { page += ["Regional school survey volume \(n)", "http://example.org/surveys/volume\(n)"] }
        page += ["", reading[3], ""]
        page += records
        page += ["", "Valley Schools Office, Mill Street"]
        return page
    }

    static func candidate(_ texts: [String]) -> (candidate: BodyCandidate?, heaviest: BodyCandidate, lines: [TextLine]) {
        BodyEvidenceFixtures.candidate(ContentsListedSections.self, texts)
    }

    @Test func theRunSpansEverySectionTheContentsList() throws {
        let (found, heaviest, lines) = Self.candidate(Self.page())
        let openingLine = try #require(lines.firstIndex { $0.text == Self.opening })
        #expect(!heaviest.range.contains(openingLine))
        let candidate = try #require(found)
        let leadLine = try #require(lines.firstIndex { $0.text == Self.lead })
        #expect(candidate.range.contains(leadLine))
        #expect(candidate.range.contains(openingLine))
        #expect(candidate.range.upperBound >= heaviest.range.upperBound)
        #expect(BodyChoice.beats(candidate, heaviest))
    }

    @Test func aMenuPrintedTwiceIsNoContents() {
        // The copies stand side by side at the foot of the page, with no prose between them.
        var page = Self.page(reading: ["Opening", "Costs", "Reading", "Catalogue"])
        page += [""] + Self.sections
        #expect(Self.candidate(page).candidate == nil)
    }

    @Test func aListStandingApartFromItsHeadingsIsNoContents() {
        // A sidebar's recent posts, then an archive of months, then the posts it names.
        var page = Self.page()
        let block = page.firstIndex(of: "Contents")! + 1 + Self.sections.count
        page.insert(contentsOf: ["Archives", "May 2024", "April 2024", "March 2024"], at: block)
        #expect(Self.candidate(page).candidate == nil)
    }

    @Test func threeEntriesAreTooFewForContents() {
        let page = Self.page(entries: Array(Self.sections.prefix(3)),
                             reading: Array(Self.sections.prefix(3)) + ["Catalogue"])
        #expect(Self.candidate(page).candidate == nil)
    }

    @Test func markedEntriesListTheirHeadingsWithoutTheMark() throws {
        let (found, _, lines) = Self.candidate(Self.page(entries: Self.sections.map { "» " + $0 }))
        let candidate = try #require(found)
        let openingLine = try #require(lines.firstIndex { $0.text == Self.opening })
        #expect(candidate.range.contains(openingLine))
    }

    @Test func theMarkOrNumberIsStrippedFromAnEntry() {
        #expect(ContentsListedSections.entryText("» What it costs") == "What it costs")
        #expect(ContentsListedSections.entryText("3. What it costs") == "What it costs")
        #expect(ContentsListedSections.entryText("- What it costs") == "What it costs")
        #expect(ContentsListedSections.entryText("What it costs") == "What it costs")
        #expect(ContentsListedSections.entryText("-40 degrees") == "-40 degrees")
    }

    @Test func theWholeCleanKeepsTheOpeningSections() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page().joined(separator: "\n")))
        #expect(doc.paragraphs.contains(Self.lead))
        #expect(doc.paragraphs.contains(Self.opening))
        #expect(doc.paragraphs.contains(Self.costs))
        #expect(doc.paragraphs.contains(Self.records[0]))
    }
}
