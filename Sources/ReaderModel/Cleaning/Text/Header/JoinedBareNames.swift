/// Two writers' names alone on the line under the headline, joined by "and" or "&" ("Ana Example
/// and Jo Sample"): the stopword keeps the line from reading as one bare name, yet it is the byline.
enum JoinedBareNames {
    static let evidence = "byline: two names alone joined by \"and\", under the headline"

    /// The line when it is two runs of two or three capitalised words of letters joined by " and "
    /// or " & "; nil otherwise.
    static func names(in text: Substring) -> String? {
        let text = text.trimmingOuterSpace()
        guard text.utf8.count <= 80, let first = text.first, first.isUppercase else { return nil }
        let words = text.split(separator: " ")
        guard (5...7).contains(words.count) else { return nil }
        let joins = words.indices.filter { words[$0] == "and" || words[$0] == "&" }
        guard joins.count == 1, let j = joins.first else { return nil }
        let left = words[..<j], right = words[(j + 1)...]
        guard (2...3).contains(left.count), (2...3).contains(right.count),
              (left + right).allSatisfy({ word in
                  word.first?.isUppercase == true && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "." }
              }) else { return nil }
        return String(text)
    }
}
