/// A post that is a headline over a video, a photo or a slideshow hidden until clicked: nothing under
/// the headline is prose, so the body comes out empty. Its headline and the lines right under it
/// (byline, date, standfirst, a subheading) are then all the page has to read, and a reader shown
/// them knows what the post is; an empty body says the cleaner found nothing.
enum HeadlineOnlyPost {
    /// `document` with, when its body is empty, the last headline block and the lines right under it
    /// as its paragraphs; unchanged otherwise (or when no headline was found).
    static func filled(_ document: Document, maximumLines: Int = 4) -> Document {
        guard document.paragraphs.isEmpty, document.captions.isEmpty,
              let headline = document.blocks.lastIndex(where: { $0.role == .title }) else { return document }
        var taken = [headline]
        var i = headline + 1
        while i < document.blocks.count, taken.count < maximumLines {
            let block = document.blocks[i]
            guard block.text.utf8.count < 300, isUnderHeadline(block) else { break }
            taken.append(i)
            i += 1
        }
        var filled = document
        filled.paragraphs = taken.map { document.blocks[$0].text }
        for index in taken {
            filled.blocks[index] = ExplainedBlock(text: document.blocks[index].text, role: .body,
                                                  evidence: "the post has no text: its headline and the lines under it")
        }
        return filled
    }

    /// A byline, date or standfirst line, or a subheading dropped for introducing nothing.
    private static func isUnderHeadline(_ block: ExplainedBlock) -> Bool {
        switch block.role {
        case .byline, .dateline, .standfirst: return true
        case .removed: return block.reason == .fragment
        default: return false
        }
    }
}
