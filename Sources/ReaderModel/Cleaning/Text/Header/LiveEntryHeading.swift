/// A live page's entry heading: the line under a bare clock time on a page of three or more such
/// times, each an entry of the page (`LivePageEntries`). It echoes the paragraph under it as a
/// headline does, yet it names one entry, never the page: the page's headline sits above the entries.
enum LiveEntryHeading {
    static let evidence = "a live page's entry heading (under a bare clock time, over its paragraph), not the page's headline"

    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        // Cheap gate first: the line above is a stamp.
        // A live blog's kept times are no longer stamps to the feed reading (`isLiveEntryTime`), but still the entries'.
        guard i > 0, evidence[i - 1].isTimestamp || evidence[i - 1].isLiveEntryTime, LivePageEntries.isBareClockTime(lines[i - 1]) else { return false }
        var stamps = 0
        for k in lines.indices where (evidence[k].isTimestamp || evidence[k].isLiveEntryTime) && LivePageEntries.isBareClockTime(lines[k]) {
            stamps += 1
            if stamps >= LivePageEntries.minimumEntries { return true }
        }
        return false
    }
}
