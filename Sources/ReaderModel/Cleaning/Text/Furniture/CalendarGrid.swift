/// A blog's archive calendar copies as a table of day numbers ("1 2 3 4 5 6 7" a row). It is never
/// the article, however short the article is, so it is not kept as a table.
enum CalendarGrid {
    /// Day numbers a grid shows at least (two weeks).
    static let minimumDays = 14

    /// The run's numbers count up one by one from a first week's day, and few other words
    /// (weekday initials, "« Jun") stand among them.
    static func isCalendar(_ lines: [TextLine], _ run: Range<Int>) -> Bool {
        var previous = 0
        var days = 0
        var others = 0
        for i in run {
            for word in lines[i].words {
                guard let day = dayNumber(word) else { others += 1; continue }
                if previous == 0 {
                    guard day <= 7 else { return false }
                } else if day != previous + 1 {
                    return false
                }
                previous = day
                days += 1
            }
        }
        return days >= minimumDays && others * 2 <= days
    }

    /// A word of one or two digits.
    private static func dayNumber(_ word: String) -> Int? {
        let bytes = word.utf8
        guard (1...2).contains(bytes.count), bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(word)
    }
}
