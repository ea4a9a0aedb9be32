/// An edition's page (a weekly issue holding several stories) names itself in an issue line right
/// over its first story's headline: a dated line whose words the page repeats with another date in
/// its list of other editions ("Weekly Edition for <date>" among "Weekly Edition for <other date>").
/// The issue line is the page's title; the first story's headline is one of its stories.
enum EditionIssueLine {
    static let evidence = "headline: the edition's issue line over its first story (the page lists other editions by the same words with other dates)"
    /// The first story's headline, kept as the body's first line.
    static let storyHeadlineEvidence = "the first story's headline under the edition's issue line: the edition's text opens with it"
    /// Words of three letters or more, without digits, that the issue line shares with another
    /// edition's, at least: a bare date or a time stamp names no edition.
    static let minimumNamingWords = 2

    /// The issue line over the headline at `t`, or nil.
    static func above(_ t: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        let k = t - 1
        guard k >= 0, !lines[t].blankBefore, let date = evidence[k].dateISO, evidence[k].byline == nil, !evidence[k].isCaption,
              (minimumNamingWords + 1...15).contains(lines[k].wordCount) else { return nil }
        let words = lines[k].words
        for j in lines.indices where j != k && j != t && lines[j].wordCount == lines[k].wordCount {
            guard let other = evidence[j].dateISO, other != date else { continue }
            // The same line but for its date: the differing words hold a digit, or sit beside one
            // that does (the month's name beside its day).
            let others = lines[j].words
            guard others.count == words.count else { continue }
            var differing = 0, digitless = 0
            var onlyTheDate = true
            for p in words.indices where words[p] != others[p] {
                differing += 1
                if !hasDigit(words[p]) {
                    digitless += 1
                    let besideDigit = [p - 1, p + 1].contains { q in
                        q >= 0 && q < words.count && words[q] != others[q] && hasDigit(words[q])
                    }
                    if !besideDigit { onlyTheDate = false }
                }
            }
            // The words both lines share name the edition: a bare date ("July 24, 2012") shares its month alone.
            let naming = words.indices.filter { words[$0] == others[$0] && !hasDigit(words[$0]) && words[$0].count >= 3 }.count
            if onlyTheDate, naming >= minimumNamingWords, differing >= 1, differing <= 3, digitless <= 1 { return k }
        }
        return nil
    }

    /// The word holds an ASCII digit.
    @inline(__always)
    private static func hasDigit(_ word: String) -> Bool {
        word.utf8.contains { $0 >= 48 && $0 <= 57 }
    }
}
