/// Written patterns of article metadata shared by both cleaners: title prefixes, bylines, publishers.
public enum MetadataPatterns {
    /// The title without prefixes such as `UPDATED:` or `BREAKING:` and without a trailing site name.
    public static func cleanTitle(_ title: String) -> String {
        title  // placeholder
    }

    /// The author named in a byline line ("by A Writer April 29, 2024 3:10 PM 2 min read" → "A Writer").
    public static func byline(in line: String) -> String? {
        nil  // placeholder
    }

    /// The publisher named in a line ("/ Source: Associated Press", "KYIV, April 20 (Reuters) -").
    public static func publisher(in line: String) -> String? {
        nil  // placeholder
    }
}
