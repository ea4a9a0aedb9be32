/// A how-to step or a form's instruction may open on the word a caption's label uses ("Photo and
/// signature are uploaded last.", "फोटो और हस्ताक्षर अपलोड करें ..."), and the vocabulary's credit
/// label, anchored at a line's start, reads the whole line as a credit. A credit's label stands
/// before a mark (":", "-", "|") or a name, and the credit is a few words with no sentence; a
/// line of a sentence's length that ends one, with a word straight after its first and no credit
/// phrase in the rest, is a sentence of the article, when it stands as a step does: a list item
/// in a saved page, a line under another with no blank between in a text copy (a caption, which
/// may read as a sentence, "Image taken from ...", stands apart).
enum OpeningLabelWordSentence {
    static let evidence = "a sentence that opens on a caption label's word, no mark after it and no credit in the rest: prose, not a credit"
    /// A credit with its label is a few words ("Photo: Jane Doe / Example Agency"); a step is longer.
    static let minimumWords = 7

    /// Whether the vocabulary's credit reading of `text` (which it gave) comes from its first word
    /// alone on a sentence: only then is the line released. Asked only of credit lines, so rare.
    static func releases(_ text: Substring) -> Bool {
        guard endsSentence(text) else { return false }
        // The mark after the first word: a label's colon, dash or bar says "credit".
        let afterWord = text.drop { !$0.isWhitespace && !isMark($0) }
        guard let first = afterWord.first, first.isWhitespace,
              let next = afterWord.drop(while: \.isWhitespace).first, next.isLetter else { return false }
        let words = WordTokenizer.tokens(text).words
        guard words.count >= minimumWords else { return false }
        return NoiseVocabulary.reason(words: Array(words.dropFirst()), endsSentence: true, phraseStarts: nil) != .credit
    }

    private static func isMark(_ c: Character) -> Bool {
        c == ":" || c == "|" || c == "-" || c == "–" || c == "—" || c == "/" || c == "," || c == "："
    }

    /// The last scalar a full stop, "!", "?" or a script's own sentence end ("।", "。").
    private static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last(where: { $0 != " " }) else { return false }
        return last == "." || last == "!" || last == "?" || ScriptProfile.isUnspacedSentenceEnd(last)
    }
}
