import Testing
@testable import ReaderModel

/// Invented article with an embedded video player copied as its labels (controls, clocks at zero,
/// caption and colour settings): the paragraphs above the player stay with those below it, and
/// the labels are dropped.
@Suite struct MediaPlayerControlsTests {
    static let above = [
        "The lighthouse on Gull Point will open to visitors again this spring, after three years in which its spiral stair was judged too worn for the public to climb safely.",
        "Volunteers from the coastal trust spent the winter replacing the iron treads one by one, working from a scaffold that the keeper's grandson designed to fit the narrow tower.",
        "The trust says the view from the lantern gallery is the best on the coast, and on a clear day walkers can count four other lights along the headlands to the north.",
    ]
    static let player = [
        "Watch Video", "Play", "Mute", "Elapsed 0:00", "/", "Length 0:00", "Buffered: 0%", "Live", "Time Left -0:00",
        "Speed", "1x", "Subtitles off", "Subtitle settings", "Audio track", "Picture in picture", "Full screen",
        "Text Colour", "White", "Yellow", "Cyan", "Text Size", "50%", "100%", "150%", "Window Colour", "Black", "Grey",
        "Font", "Serif", "Sans", "Reset", "Done",
    ]
    static let below = [
        "Tickets for the first open weekend went within an hour, but the trust has promised more dates through the summer, with evening climbs planned for the longest days of the year.",
        "Children under eight will still not be allowed up the stair, and every group will climb with one of the volunteers, who know each of the one hundred and twelve steps by heart.",
        "The keeper's cottage at the foot of the tower is being turned into a small museum of the light's history, with the old clockwork that once turned the lens as its centrepiece.",
    ]

    static var text: String {
        (["Gull Point Trust", "Home", "News", "", "Lighthouse stair reopens", ""] + above.flatMap { [$0, ""] } + player + [""]
            + below.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    @Test func paragraphsAboveThePlayerStayWithThoseBelow() {
        let doc = Cleaner().clean(Article(source: "p.txt", format: .text, text: Self.text))
        for paragraph in Self.above + Self.below { #expect(doc.paragraphs.contains(paragraph)) }
        #expect(!doc.paragraphs.contains("Elapsed 0:00"))
        #expect(!doc.paragraphs.contains("Full screen"))
        let explained = doc.evidence(of: "Length 0:00")
        #expect(explained.contains(MediaPlayerControls.evidence))
    }

    @Test func zeroClocksAreShortLinesEndingAtZero() {
        let lines = LineSplitter.lines(of: "Current 0:00\nRemaining -00:00\nThe match kicked off at 10:00\nScore 2:00 4\nPlay\nKick-off 10:00\nRuntime 1:00:00")
        #expect(MediaPlayerControls.isZeroClock(lines[0]))
        #expect(MediaPlayerControls.isZeroClock(lines[1]))
        #expect(!MediaPlayerControls.isZeroClock(lines[2]))
        #expect(!MediaPlayerControls.isZeroClock(lines[3]))
        #expect(!MediaPlayerControls.isZeroClock(lines[4]))
        #expect(!MediaPlayerControls.isZeroClock(lines[5]))
        #expect(!MediaPlayerControls.isZeroClock(lines[6]))
    }
}
