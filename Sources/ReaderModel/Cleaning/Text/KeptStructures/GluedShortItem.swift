/// A word of three bytes set inside a block of list lines ("Sal", "Egg", "塩" closing an
/// ingredients list): too short to stand for a line of the article alone, where a stray mark or
/// a menu's "Go" would, but glued under two lines of the same block it is the list's last item.
enum GluedShortItem {
    /// Line `i` has three bytes or more opening with a letter, and it and the line above have no
    /// blank line before them: the third line or later of one block.
    @inline(__always)
    static func holds(_ i: Int, _ lines: [TextLine], body: Range<Int>) -> Bool {
        guard i - 2 >= body.lowerBound, !lines[i].blankBefore, !lines[i - 1].blankBefore,
              lines[i].text.utf8.count >= 3, let first = lines[i].text.utf8.first else { return false }
        // An ASCII letter or the lead byte of a letter in another script: no digit, mark or bracket.
        return first >= 0xC0 || (first | 0x20) >= 97 && (first | 0x20) <= 122
    }
}
