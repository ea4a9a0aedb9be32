/// The year a page itself gives, for a header date written without one ("March 5", "5. März"):
/// the year in the page's address line, else that of another full date on the page, else the
/// copyright year. Nil when the page gives none: the current year is never guessed.
enum PageReferenceYear {
    /// The year and, for `--explain`, where it was read.
    static func year(_ lines: [TextLine]) -> (year: Int, evidence: String)? {
        if let year = addressYear(lines) { return (year, "the year in the page's address") }
        if let year = TextMetadataExtractor.pageYear(lines) { return (year, "the year of another full date on the page") }
        if let year = copyrightYear(lines) { return (year, "the page's copyright year") }
        return nil
    }

    /// "https://example.org/news/2025/03/05/story": a path segment of four digits, 1990-2100, in a
    /// line that is an address (its first bytes say so before the line is read).
    static func addressYear(_ lines: [TextLine]) -> Int? {
        for line in lines where (line.text.hasPrefix("http") || line.text.hasPrefix("www.")) && !line.text.utf8.contains(0x20) {
            let segments = line.text.split(separator: "/")
            for segment in segments.dropFirst() where segment.utf8.count == 4 {
                if let year = Int(segment), LineEvidenceCollector.years.contains(year) { return year }
            }
        }
        return nil
    }

    /// The latest year of a copyright line ("© 2019-2025 Example Media", "Copyright 2024").
    static func copyrightYear(_ lines: [TextLine]) -> Int? {
        // The page's own notice closes it: read from the end.
        for line in lines.reversed() where line.hasYearWord && line.wordCount <= 30
            && (line.words.first == "copyright" || line.text.contains("©")) {
            let years = line.words.compactMap { word -> Int? in
                guard word.utf8.count == 4, let year = Int(word), LineEvidenceCollector.years.contains(year) else { return nil }
                return year
            }
            if let latest = years.max() { return latest }
        }
        return nil
    }
}
