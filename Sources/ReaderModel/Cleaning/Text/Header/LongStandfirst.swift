/// A "summary" under the headline too long to be one: a standfirst is a sentence or two, so a head
/// line of more than `maxWords` words is the article's first paragraph, set apart by the page's
/// layout. It is read as body, in its place above the rest.
enum LongStandfirst {
    static let maxWords = 60

    /// Whether the summary line `line` is the article's first paragraph instead.
    static func isFirstParagraph(_ line: TextLine) -> Bool { line.wordCount > maxWords }

    static func evidence(_ line: TextLine) -> String {
        "summary after the title of \(line.wordCount) words (over \(maxWords)): the article's first paragraph"
    }
}
