import Testing
@testable import ReaderModel

/// A name in a script without capitals followed by the place it was filed from after a comma
/// ("<name>, <place>"): the name is the byline (`UncasedBareName`). Invented lines and page.
@Suite struct UncasedNameAndPlaceTests {
    @Test func readsTheNameBeforeThePlace() {
        #expect(UncasedBareName.name("कविता नेगी, पौड़ी") == "कविता नेगी")
        #expect(UncasedBareName.name("কামরুল হাসান, খুলনা") == "কামরুল হাসান")
    }

    @Test func leavesListsAndSentencesAlone() {
        #expect(UncasedBareName.name("कविता नेगी, पौड़ी, उत्तराखंड") == nil)
        #expect(UncasedBareName.name("पौड़ी, उत्तराखंड") == nil)
        #expect(UncasedBareName.name("कविता नेगी, 12 मार्च") == nil)
    }

    /// The text copy's name line under the headline, beside the date line.
    @Test func textCopyNameLine() {
        let body = [
            "पौड़ी जिले के एक गांव में युवाओं ने मिलकर पुराने पनघट की सफाई की और उसके चारों ओर पत्थर की नई दीवार बनाई। अब गर्मियों में भी यहां पानी मिलता है।",
            "गांव के प्रधान ने बताया कि इस काम में किसी सरकारी योजना की मदद नहीं ली गई। सारा खर्च गांव वालों ने आपस में चंदा करके उठाया।",
            "युवाओं का कहना है कि अगले साल वे गांव के दूसरे जल स्रोतों को भी इसी तरह संवारेंगे।",
        ]
        let text = (["होम", "उत्तराखंड", "", "युवाओं ने श्रमदान से संवारा गांव का पुराना पनघट", "", "कविता नेगी, पौड़ी",
                     "अपडेटेड: 12 मार्च 2025, 10:15 AM IST", ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.byline == "कविता नेगी")
    }
}
