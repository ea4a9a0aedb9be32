/// What the cleaner needs to know about a single word: whether it is an English function word
/// and whether a noise phrase starts with it, in one table so each word is hashed once.
enum WordLexicon {
    struct Entry: Sendable {
        var isStopword: Bool
        var startsPhrase: Bool
    }

    static let entries: [String: Entry] = {
        var table: [String: Entry] = [:]
        for word in Stopwords.english { table[word] = Entry(isStopword: true, startsPhrase: false) }
        for word in NoiseVocabulary.phrasesByFirstWord.keys {
            table[word, default: Entry(isStopword: false, startsPhrase: false)].startsPhrase = true
        }
        return table
    }()
}
