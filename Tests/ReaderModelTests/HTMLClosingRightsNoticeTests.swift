import Testing
@testable import ReaderModel

/// A rights notice set inside the article's element under its last paragraph ("Copyright © 2025
/// Station. All rights reserved.", "© Agence 2024") is the publisher's, not the story; one that
/// opens the article (a photo's credit, the text's licence) stays.
@Suite struct HTMLClosingRightsNoticeTests {
    static let story = """
    <p>Die Fähre über den Altrhein fährt seit diesem Frühjahr wieder, nachdem ein Verein aus drei Dörfern das alte Boot gekauft und in zwei Wintern selbst instand gesetzt hat.</p>
    <p>An Wochenenden setzt sie bis zu vierhundert Radfahrer über. Die Einnahmen reichen für Diesel und Versicherung, die Fährleute arbeiten ohne Lohn.</p>
    <p>Der Verein sucht nun Nachwuchs: Wer das Boot steuern will, braucht ein Patent, das der Verein bezahlt.</p>
    """

    /// A page whose article element holds `inside`, the headline over it.
    static func page(_ inside: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><nav><a href=\"/\">Start</a></nav><article>"
            + "<h1>Die Altrheinfähre fährt wieder</h1>" + inside + "</article><footer>Impressum</footer></body></html>"
    }

    @Test(arguments: ["Copyright © 2025 Rheinfunk. Alle Rechte vorbehalten. Abschriften werden unter Zeitdruck erstellt und können korrigiert werden.",
                      "© Agence Rivière 2025. Reproduction interdite.", "(c) 2003 Hans Vogt", "版权所有 © 2025 河畔广播电台"])
    func aClosingNoticeGoes(notice: String) {
        let doc = HTMLFixtures.clean(Self.page(Self.story + "<p class=\"note\">\(notice)</p>"))
        #expect(doc.paragraphs.count == 3)
        if notice.hasPrefix("©") || notice.hasPrefix("C") {
            #expect(doc.blocks.first { $0.text == notice }?.evidence == ClosingRightsNotice.evidence)
        }
        #expect(!doc.paragraphs.contains(notice))
        // A notice the noise phrases name already ("版权所有") goes for them first.
        #expect(doc.blocks.first { $0.text == notice }?.role == .removed)
    }

    @Test func aNoticeAboveTheStoryStays() {
        let notice = "© Foto: Hans Vogt"
        let doc = HTMLFixtures.clean(Self.page("<p>\(notice)</p>" + Self.story))
        #expect(doc.paragraphs.count >= 3)
        #expect(doc.blocks.first { $0.text == notice }?.evidence != ClosingRightsNotice.evidence)
    }

    @Test func aParagraphAboutCopyrightIsNoNotice() {
        #expect(!ClosingRightsNotice.isNotice("Der Streit um das Urheberrecht an der Fähre dauerte Jahre.", length: 60))
        #expect(!ClosingRightsNotice.isNotice("Copy editors checked every name twice.", length: 38))
        #expect(ClosingRightsNotice.isNotice("Copyright 2011 Wire Agency. Click for restrictions.", length: 51))
    }
}
