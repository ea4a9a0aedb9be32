/// Names what lede's analysis (cleaning, entities, story signatures, passage keys) outputs. An index
/// records the revision that analysed its articles; one analysed by another revision is analysed
/// again on its next `lede index` or reader start, unchanged files included, so a better cleaner
/// reaches the articles indexed before it. Change the value with any change to what those output.
public enum AnalysisRevision {
    public static let current = "2026-12-08.1"
    /// The `library_meta` key it is recorded under.
    static let metaKey = "analysis-revision"
}
