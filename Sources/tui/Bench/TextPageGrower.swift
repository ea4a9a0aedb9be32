import ReaderModel

/// Grows short sample pages to a realistic size: real select-all copies average about 12 KB,
/// while the seeds and demo pages are 3-5 KB. Paragraphs borrowed from the other pages are
/// inserted in the middle of each page, so its head and tail chrome stay where they were.
enum TextPageGrower {
    static let realisticBytes = 12_000

    static func grow(_ pages: [Article], to bytes: Int = realisticBytes) -> [Article] {
        let paragraphs = pages.flatMap { page in
            page.text.split(separator: "\n").filter { $0.utf8.count >= 120 }.map(String.init)
        }
        guard !paragraphs.isEmpty else { return pages }
        var next = 0
        return pages.enumerated().map { index, page in
            var lines = page.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var size = page.text.utf8.count
            // Deterministic: every page borrows a different stretch of the paragraph pool.
            next = (index * 7) % paragraphs.count
            var insertAt = max(1, lines.count / 2)
            while size < bytes {
                let paragraph = paragraphs[next % paragraphs.count]
                next += 1
                lines.insert(contentsOf: ["", paragraph], at: min(insertAt, lines.count))
                insertAt += 2
                size += paragraph.utf8.count + 2
            }
            return Article(source: page.source, format: .text, text: lines.joined(separator: "\n"))
        }
    }
}
