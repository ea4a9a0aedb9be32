import Testing
@testable import ReaderModel

/// Invented how-to page: each step's short heading sits between the previous step's photo caption
/// and its own paragraph. A caption is not prose: it does not hide the paragraph above the heading.
@Suite struct CaptionBetweenStepsTests: TextPageCleaning {
    static let steps = [
        "Fill a shallow tray with damp sand and press the seeds into it about a finger's width apart, pointed end down.",
        "Cover the tray with glass.",
        "Once the first leaves open, lift each seedling with a spoon and move it into its own small pot of compost.",
        "Water the pots from below every second day and turn them so that the stems do not lean towards the window.",
    ]

    @Test func aStepHeadingAfterACaptionIsKept() {
        var page = ["Growing peppers from seed", ""]
        for (k, step) in Self.steps.enumerated() {
            page += ["Step \(k + 1)", "", step, "", "Tray, step \(k + 1). (Mara Lindqvist)", ""]
        }
        let doc = clean(page)
        let caption = doc.blocks.first { $0.text.hasPrefix("Tray, step 1.") }
        #expect(caption?.role == .caption)
        #expect(doc.paragraphs.contains("Step 2"))
        #expect(doc.paragraphs.contains("Step 3"))
        for step in Self.steps { #expect(doc.paragraphs.contains(step)) }
        #expect(doc.blocks.first { $0.text == "Step 2" }?.evidence?.contains("past a photo caption") == true)
    }
}
