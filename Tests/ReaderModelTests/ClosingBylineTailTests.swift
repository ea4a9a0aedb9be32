import Testing
@testable import ReaderModel

/// Invented reports signed at their foot ("By <name>, in <place>") with a box of sponsored links or
/// an appeal under the signature: the article ends at the byline.
@Suite struct ClosingBylineTailTests: TextPageCleaning {
    static let report = [
        "The harbour board voted on Thursday to close the old ferry slip for a full year of repairs, after divers found that the timber piles under the ramp had rotted far more than the last survey suggested.",
        "Ferry passengers will board at the fishing quay instead, where a temporary pontoon is being towed into place this week, and the timetable will lose its two earliest crossings until the work is done.",
        "Traders on the front said they feared the quieter mornings would cost them their commuter customers, but the board promised a shuttle bus from the quay to the market square on weekdays.",
        "The repairs are expected to cost a little over four million, most of it from the regional transport fund, and the board hopes to reopen the slip before the start of the following summer season.",
        "Divers will return next month to mark every pile that must be replaced, and the engineers expect to drive the first of the new steel piles in early spring, weather allowing.",
        "The old slip was built more than eighty years ago for the island steamers, and local historians have asked the board to keep one of its carved bollards for the harbour museum.",
    ]
    static let byline = "By Rowan Example, in Port Calder"
    static let box = [
        "SPONSORED LINKS",
        "Sea Kayak Holidays  Paddle the quiet coves with a guide. Book now!",
        "Harbour View Cottages  Cottages a short walk from the quay. Ask for prices!",
    ]

    static func head() -> [String] {
        ["Calder Coast News", "Home", "Local", "", "Ferry slip to close for a year of repairs", ""] + report.flatMap { [$0, ""] }
    }

    @Test func theBoxUnderTheClosingBylineIsDropped() {
        let doc = clean(Self.head() + ["", Self.byline, "", ""] + Self.box + ["", "Copyright Calder Coast News"])
        #expect(doc.paragraphs == Self.report)
        let explained = doc.blocks.first { $0.text.hasPrefix("Harbour View Cottages") }?.evidence ?? ""
        #expect(explained.contains(ClosingBylineTail.evidence))
    }

    @Test func aBylineOverTheArticlesOwnTextHeadsIt() {
        // The byline under an opening paragraph, the rest of the report under it: nothing is cut.
        let lines = ["Calder Coast News", "", "Ferry slip to close for a year of repairs", "", Self.report[0], "", Self.byline, ""]
            + Self.report.dropFirst().flatMap { [$0, ""] }
        let doc = clean(lines)
        for paragraph in Self.report.dropFirst() { #expect(doc.paragraphs.contains(paragraph)) }
    }
}
