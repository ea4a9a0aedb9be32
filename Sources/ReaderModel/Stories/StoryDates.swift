/// When articles can belong to one story by their dates. Events are reported within days; the file
/// date of an undated page only bounds its publication from above (a page cannot be saved before it
/// was published), so it never pulls an article towards another date.
enum StoryDates {
    /// Two dated articles of one story are at most this many days apart.
    static let pairWindow = 4
    /// A story spans at most this many days between its earliest and latest dated article.
    static let storySpan = 10
    /// Two undated articles saved this many days apart are not taken for one event.
    static let fileWindow = 14

    static func compatible(_ a: StorySignature, _ b: StorySignature) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?): return abs(x - y) <= pairWindow
        case let (x?, nil): return b.fileDay.map { x <= $0 + 1 } ?? true
        case let (nil, y?): return a.fileDay.map { y <= $0 + 1 } ?? true
        case (nil, nil):
            guard let x = a.fileDay, let y = b.fileDay else { return true }
            return abs(x - y) <= fileWindow
        }
    }

    /// What a growing story knows of its dates, to refuse merges that would stretch it too far.
    struct Span: Sendable {
        var earliest: Int?
        var latest: Int?
        /// The earliest file day of its undated members: no dated member may be later than that (+1).
        var undatedBound: Int?

        init(_ s: StorySignature?) {
            earliest = s?.published
            latest = s?.published
            undatedBound = s?.published == nil ? s?.fileDay : nil
        }

        func merged(_ other: Span) -> Span {
            var m = self
            m.earliest = [earliest, other.earliest].compactMap { $0 }.min()
            m.latest = [latest, other.latest].compactMap { $0 }.max()
            m.undatedBound = [undatedBound, other.undatedBound].compactMap { $0 }.min()
            return m
        }

        var isPlausible: Bool {
            if let earliest, let latest, latest - earliest > StoryDates.storySpan { return false }
            if let latest, let undatedBound, latest > undatedBound + 1 { return false }
            return true
        }
    }
}
