/// A sentence the article itself says more than once: a refrain in a story ("No answer."), an
/// answer in an interview ("A: Yes."), a greeting a tutorial prints after each run. Printed twice
/// or more in the page it is labelled furniture, yet furniture rarely ends a sentence and sits
/// glued to the article's paragraphs. Inside the body, a repeated line that ends a sentence, has
/// two words or more and has a clean paragraph of the body directly above or below it is kept.
/// Shape and place only: no words are looked up, so it works in any script.
enum RepeatedSentenceInBody {
    static let evidence = "a sentence the article repeats, between its paragraphs"

    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        let ev = evidence[i]
        guard ev.noise == .repeated || ev.noise == .related, ev.noiseSource?.isRepeatedInPage == true,
              lines[i].endsSentence, lines[i].wordCount >= 2, !lines[i].isBullet else { return false }
        return isParagraph(i - 1, evidence, body: body) || isParagraph(i + 1, evidence, body: body)
    }

    @inline(__always)
    private static func isParagraph(_ k: Int, _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        body.contains(k) && evidence[k].noise == nil && !evidence[k].isCaption && !evidence[k].isMetadata
            && evidence[k].shape != .short
    }
}
