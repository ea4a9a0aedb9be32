import Foundation
import Testing
@testable import ReaderModel

/// Invented text copies (no blank lines, as a page of bare `<div>`s copies) of boxes a modern page
/// sets in or around its story: a consent dialog at the copy's edge, a newsletter box between two
/// halves of the story, a tag row glued without spaces under the last paragraph with the author's
/// box under it, and a sub-heading under an ad label glued between paragraphs. The whole pages are
/// `PageBuildFixtureTests`' "consent-overlay", "ad-split" and "nextjs"; these read each rule alone.
@Suite struct TextCopyBoxesInStoryTests {
    static let story = [
        "The old mill at Fernside will become a community bakery after villagers raised the last of the money at a quiz night on Saturday, the trust behind the plan said.",
        "The building has stood empty since the flour business moved out in 1987. Its wheel was restored by volunteers four years ago and now turns again on open days.",
        "Trustees hope to sell the first loaves by the end of the summer, once a new oven has been fitted and the upper floor has been made safe for visitors.",
        "The bakery will be run by a cooperative of twelve members, who will take turns at the ovens and share whatever profit the loaves and cakes bring in.",
    ]
    static let consent = [
        "Your privacy matters to us",
        "We and our partners use cookies and similar identifiers on your device to personalise advertising, to measure it and to understand how you use our site, with your consent.",
        "You may accept or refuse this processing of your personal data, or change your preferences at any time from the privacy link at the foot of every page.",
        "AcceptRejectManage preferences",
    ]

    static func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "box.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    static func header(_ title: String = "Villagers save Fernside mill for a bakery") -> [String] {
        ["Fernside Weekly", "News", "Sport", title, "By Amos Tremlett", "Saturday, March 8, 2025"]
    }

    @Test func aConsentDialogOpeningTheCopyIsRemoved() {
        let doc = Self.clean(Self.consent + Self.header() + Self.story + ["Most read", "Fete returns to the green"])
        #expect(doc.paragraphs == Self.story)
        #expect(doc.title == "Villagers save Fernside mill for a bakery")
        #expect(doc.evidence(of: Self.consent[2]).contains(ConsentDialogRun.evidence))
    }

    @Test func aConsentDialogClosingTheCopyIsRemoved() {
        let doc = Self.clean(Self.header() + Self.story + ["© Fernside Weekly 2025"] + Self.consent)
        #expect(doc.paragraphs == Self.story)
        #expect(doc.evidence(of: Self.consent[2]).contains(ConsentDialogRun.evidence))
    }

    @Test func paragraphsAboutConsentWithoutButtonsStay() {
        // A story about a consent ruling: its paragraphs speak the dialog's words, but no button row is among them.
        let ruling = [
            "Cookie banners under review",
            "The regulator said sites that bury the option to refuse cookies behind a second page of partners and preferences break the consent rules, and gave them three months.",
            "Publishers said the change would cut their advertising income, since fewer readers accept tracking on their device when refusing takes one click.",
            "Campaigners welcomed the ruling but said personal data collected before it should be deleted by every partner that holds it.",
        ]
        let doc = Self.clean(ruling + ["Share", "Most read"])
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ConsentDialogRun.evidence) })
    }

    static let signUp = [
        "Get the Fernside Weekly in your inbox",
        "Sign up for our free newsletter and hear about every fete, match and planning row in the valley first.",
        "Sign me up",
        "We use your sign-up to send you the newsletter you asked for. Read our privacy notice.",
    ]

    @Test func aSignUpBoxBetweenTwoHalvesOfTheStoryIsRemoved() {
        let doc = Self.clean(Self.header() + Self.story.prefix(2) + Self.signUp + Self.story.suffix(2) + ["Most read", "Fete returns"])
        #expect(doc.paragraphs == Self.story)
        #expect(doc.evidence(of: Self.signUp[0]).contains(SignUpBoxInStory.evidence))
    }

    @Test func aSignUpBoxLineMustSpeakOfSigningUp() {
        #expect(SignUpBoxInStory.termCount(["sign", "up", "for", "our", "newsletter"]) == 2)
        #expect(SignUpBoxInStory.termCount(["she", "signed", "the", "lease"]) == 0)
        #expect(SignUpBoxInStory.termCount(["sign", "the", "petition"]) == 0)
    }

    static let note = "Amos Tremlett writes about the villages of the upper valley. He lives above the old forge with a cat and a piano nobody plays."

    @Test func aGluedTagRowAndTheAuthorBoxUnderItAreRemoved() {
        let doc = Self.clean(Self.header() + Self.story + ["MillsBakingFernside", "Amos Tremlett", Self.note, "Most read", "Fete returns"])
        #expect(doc.paragraphs == Self.story)
        #expect(doc.evidence(of: "MillsBakingFernside").contains(GluedTagRow.evidence))
        #expect(doc.evidence(of: Self.note).contains(AuthorBoxUnderTagRow.evidence))
    }

    @Test func aNameOverANoteRightUnderTheStoryStays() {
        // Without a tag row between, a bare name over a note is how some papers credit their writer.
        let doc = Self.clean(Self.header() + Self.story + ["Amos Tremlett", Self.note, "Most read", "Fete returns"])
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(AuthorBoxUnderTagRow.evidence) })
    }

    @Test func tagJointsAreCountedOnlyInLinesOfWords() {
        #expect(GluedTagRow.joints(in: "MillsBakingFernside") == 2)
        #expect(GluedTagRow.joints(in: "McDonald's opens in Fernside") == 1)
        #expect(GluedTagRow.joints(in: "var req = new Request(\"/uploadImage\")") == 0)
        #expect(GluedTagRow.joints(in: "document.getElementById(\"url\")") == 0)
    }

    @Test func aSubheadingUnderAGluedAdLabelStays() {
        let heading = "A wheel that turns again"
        let doc = Self.clean(Self.header() + Self.story.prefix(2) + ["Advertisement", heading] + Self.story.suffix(2) + ["Most read", "Fete returns"])
        #expect(doc.paragraphs == Array(Self.story.prefix(2)) + [heading] + Array(Self.story.suffix(2)))
        #expect(doc.evidence(of: heading).contains(AdSlotInBody.evidence))
    }
}
