/// English function words, for stopword density (cleaning) and name boundaries (entities).
public enum Stopwords {
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "am", "among",
        "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
        "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either",
        "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "last", "least", "less", "like", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "on",
        "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own",
        "per", "rather", "said", "same", "says", "she", "should", "since", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "though", "through", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us",
        "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
        "yourself", "yourselves",
    ]

    /// True for a function word, compared case-insensitively.
    public static func contains<S: StringProtocol>(_ word: S) -> Bool {
        english.contains(word.lowercased())
    }
}
