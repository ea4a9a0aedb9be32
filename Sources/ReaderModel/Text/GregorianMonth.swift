/// Days in a month of the Gregorian calendar, shared by the date checks and the calendar conversions.
enum GregorianMonth {
    /// 28 to 31 for `month` (1...12) of `year`.
    static func length(year: Int, month: Int) -> Int {
        // A switch, not an array of the lengths: that array was allocated on every call.
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
