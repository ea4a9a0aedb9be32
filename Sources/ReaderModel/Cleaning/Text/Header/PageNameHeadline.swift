/// A reference page (an encyclopedia entry, a product or place page) opens its copy with its short
/// name, which its summary box repeats a few lines below; an infobox then pushes the prose far
/// down, so the scored candidates near the body are box labels. The page's first line, repeated
/// close below, is its headline when the article opens by defining it ("Name is ...").
enum PageNameHeadline {
    /// Index of the first line when it is the page's name; nil otherwise.
    static func index(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        guard body.lowerBound >= 3, let first = lines.first else { return nil }
        let ev = evidence[0]
        guard (1...6).contains(first.wordCount), first.text.utf8.count >= 3, !first.endsSentence, !first.isBullet,
              !ev.isCaption, !ev.isMetadata, !ev.isTableRow,
              ev.noise == nil || ev.noise == .repeated && ev.noiseSource?.isRepeatedInPage == true else { return nil }
        // Repeated as a line of its own within the next lines, above the body.
        let window = 1..<min(body.lowerBound, 13)
        guard window.contains(where: { lines[$0].text == first.text }) else { return nil }
        // The article defines its subject: one of its first paragraphs (or the lead just above the
        // chosen run) opens with the name.
        var paragraphs = 0
        for i in max(window.upperBound, body.lowerBound - 2)..<body.upperBound where evidence[i].shape == .good && evidence[i].noise == nil {
            if lines[i].text.hasPrefix(first.text) { return 0 }
            paragraphs += 1
            if paragraphs == 6 { break }
        }
        return nil
    }
}
