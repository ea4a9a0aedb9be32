/// Reads English dates as written in news ("April 29, 2024 3:10 PM", "20 April 2023", "Nov. 20",
/// "2024-04-29T15:10:00Z") and gives ISO 8601.
public enum DateNormalizer {
    /// ISO 8601 for a date string: `2024-04-29`, or `2024-04-29T15:10` when a time is given.
    /// Without a year in the text, `referenceYear` is used; with neither, nil.
    public static func iso(_ text: Substring, referenceYear: Int? = nil) -> String? {
        nil  // placeholder until implemented
    }
}
