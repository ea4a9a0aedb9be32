/// `NoiseVocabulary.reason(for:)` for a block, with the positions where a phrase may start and
/// whether the block may be a whole noise line read from the word lexicon as the words are
/// tokenised (as text lines do), so words that start no phrase are not hashed and looked up again.
enum BlockNoisePhrases {
    static func reason(for text: String) -> NoiseReason? {
        var starts: [Int] = []
        var mayBeExactLine = false
        let tokens = WordTokenizer.tokens(text) { k, h in
            guard let entry = WordLexicon.entry(hash: h) else { return }
            if k == 0 { mayBeExactLine = entry.startsExactLine }
            if entry.startsPhrase { starts.append(k) }
        }
        var sentence = false
        for scalar in text.unicodeScalars.reversed() where scalar != " " && scalar != "\n" {
            sentence = scalar == "." || scalar == "!" || scalar == "?"
            break
        }
        return NoiseVocabulary.reason(words: tokens.words, endsSentence: sentence, phraseStarts: starts, mayBeExactLine: mayBeExactLine)
    }
}
