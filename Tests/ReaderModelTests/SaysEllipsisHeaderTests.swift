import Testing
@testable import ReaderModel

/// Invented blog posts whose comments open "At <date time>, Name said..." (a trailing ellipsis, not
/// a colon): the comments are a thread, so a long thread does not outweigh the post above it.
@Suite struct SaysEllipsisHeaderTests: TextPageCleaning {

    static let post = [
        "The old canal basin will be dredged this summer for the first time in forty years, the waterways trust said on Monday.",
        "Boats have run aground at the eastern end since the spring, and the trust says silt from the feeder stream has raised the bed by almost a metre.",
        "Work starts in June and should take six weeks, during which moorings will move to the towpath beyond the lock.",
    ]

    static let comments = [
        "About time too. I have lived beside the basin for twenty years and watched the water get shallower every single summer while nobody did anything about the feeder stream.",
        "Will the towpath stay open while the work goes on? I walk my dogs along there every morning and the diversion through the industrial estate is a long way round.",
        "The silt has to go somewhere, and I hope the trust tells us where before the lorries start running up and down the lane past the primary school at home time.",
        "My grandfather worked on the last dredging in the eighties and still talks about the things they found in the mud, including a whole bicycle and a safe with nothing in it.",
        "Good news for the boat club. Half our members could not get their boats out last year and the regatta had to move downstream to the marina for the first time.",
    ]

    @Test func ellipsisHeadersMakeAThread() {
        var page = ["Canal basin to be dredged", ""] + Self.post.flatMap { [$0, ""] }
        page += ["posted by Canal Watcher @ 4/2/2025 09:15:00 AM", "", "5 Comments:", ""]
        for (k, text) in Self.comments.enumerated() {
            page += ["At 4/\(k + 2)/2025 0\(k + 1):2\(k):00 PM, Reader\(k) said...", "", text, "", "Delete", ""]
        }
        let doc = clean(page)
        #expect(doc.paragraphs == Self.post)
        #expect(doc.removed.contains { $0.reason == .comments && $0.text.hasPrefix("Will the towpath") })
    }

    @Test func headerShapes() {
        #expect(SaysEllipsisHeader.endsInEllipsis("At 3/1/2025 10:01 PM, Someone said..."))
        #expect(SaysEllipsisHeader.endsInEllipsis("Quelqu'un a dit…"))
        #expect(!SaysEllipsisHeader.endsInEllipsis("Someone said:"))
    }
}
