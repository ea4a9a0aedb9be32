/// Phrases and word patterns that mark a block as page furniture rather than article text,
/// shared by the plain-text and HTML cleaners.
public enum NoiseVocabulary {
    /// The kind of noise a short block of text announces, or nil when it reads like prose.
    /// Judges vocabulary only; shape and position are the classifier's business.
    public static func reason(for text: String) -> NoiseReason? {
        nil  // placeholder until the vocabulary lands
    }
}
