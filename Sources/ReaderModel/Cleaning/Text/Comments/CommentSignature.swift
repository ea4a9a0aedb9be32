/// Some comment themes put the date first and the author under it ("March 3, 2025 at 9:14 pm" then
/// "Name said,"): the short "said," line names the comment's author as a name opening the header would.
enum CommentSignature {
    /// Words a signature line holds at most ("Name said,", "First Last wrote:").
    static let maxWords = 4

    /// A signature line within two lines below the header `i`.
    static func isSignedBelow(_ i: Int, _ lines: [TextLine]) -> Bool {
        var k = i + 1
        while k < lines.count, k - i <= 2 {
            if isSignature(lines[k]) { return true }
            k += 1
        }
        return false
    }

    /// "Name said," or "Name says:": a few words ending in a saying verb and a comma or colon.
    static func isSignature(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maxWords, line.lastWord.isSaysWord, let last = line.text.utf8.last else { return false }
        return last == 44 || last == 58
    }
}
