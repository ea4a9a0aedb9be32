/// A line read as a list: a lead (what comes before the first separator or label colon) and the
/// separator-parted items after it, counted in words. Separators of Latin, CJK and Arabic script.
struct ListShape: Equatable {
    /// Words of the lead; `leadEndsInColon` says a colon closed it (a label), else a separator did.
    var leadWords = 0
    var leadEndsInColon = false
    /// The lead's first word holds figures (a date stamp "11/09/2012").
    var leadOpensWithFigure = false
    /// Items after the lead, the most words in one, how many hold more than `FilingListLine.maxItemWords`,
    /// and how many hold none.
    var items = 0
    var longestItem = 0
    var longItems = 0
    var emptyItems = 0

    /// Nil for a line with no separator at all; with `maxLabel`, also nil as soon as the lead is no
    /// label (more words than that, or closed by a separator that is no colon), so a paragraph is
    /// not read to its end.
    static func read(_ text: Substring, labelOfAtMost maxLabel: Int? = nil) -> ListShape? {
        var shape = ListShape()
        var inLead = true
        var words = 0
        var inWord = false
        var sawSeparator = false
        var firstByte = true
        func closeItem() {
            if inLead {
                shape.leadWords = words
                inLead = false
            } else {
                shape.items += 1
                shape.longestItem = max(shape.longestItem, words)
                if words > FilingListLine.maxItemWords { shape.longItems += 1 }
                if words == 0 { shape.emptyItems += 1 }
            }
            words = 0
            inWord = false
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            switch c {
            case ":", "：":
                if inLead, words >= 1 { shape.leadEndsInColon = true; closeItem(); sawSeparator = true } else { inWord = false }
            case ",", "、", "،", "|", "·", "•", ";", "，", "；":
                if inLead, maxLabel != nil { return nil }
                sawSeparator = true
                closeItem()
            default:
                // ASCII letters and digits without the Unicode property lookup, which costs more than the rest.
                let v = c.value
                let isDigit = v &- 48 < 10
                let wordy = v < 0x80 ? (v | 0x20) &- 97 < 26 || isDigit : c.properties.isAlphabetic
                if wordy {
                    if firstByte, isDigit { shape.leadOpensWithFigure = true }
                    if !inWord {
                        words += 1
                        inWord = true
                        if inLead, let maxLabel, words > maxLabel { return nil }
                    }
                } else {
                    inWord = false
                }
            }
            firstByte = false
        }
        guard sawSeparator else { return nil }
        // The last item (or a lead no separator closed; `sawSeparator` says there is one after it).
        closeItem()
        return shape
    }
}
