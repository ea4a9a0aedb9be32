import Foundation
import ReaderModel

/// A deterministic library of story signatures for the grouping benchmark, without cleaning pages:
/// articles come in events of one to six over ten years, each event with its own cast (drawn from a
/// pool of 20,000 names), day and shared sentences (quotes), beside names every article may give (a
/// country, a capital); one article in twenty is a copy of another. Bodies are made of invented words.
enum SyntheticStories {
    static func signatures(count: Int, seed: UInt64 = 20_261_204) -> [StorySignature] {
        var rng = SplitMix64(seed: seed)
        var result: [StorySignature] = []
        result.reserveCapacity(count)
        var previous: Document?
        while result.count < count {
            let day = rng.int(16_000...19_650)  // 2013 to 2023
            let cast = (0..<6).map { _ in "Name\(zipf(&rng, 20_000))" }
            let quotes = (0..<3).map { _ in sentence(&rng, words: 18) }
            for _ in 0..<min(rng.int(1...6), count - result.count) {
                var doc: Document
                if let copy = previous, rng.int(0...19) == 0 {
                    doc = copy  // a re-save of the last article
                    doc.source += " (copy)"
                } else {
                    var paragraphs = (0..<rng.int(8...16)).map { _ in sentence(&rng, words: rng.int(20...40)) }
                    for quote in quotes where rng.int(0...1) == 0 { paragraphs.insert(quote, at: rng.int(0...paragraphs.count)) }
                    doc = Document(source: "/synthetic/\(result.count).txt", title: sentence(&rng, words: 8),
                                   published: rng.int(0...3) == 0 ? nil : StoryDay.iso(day + rng.int(0...2)), paragraphs: paragraphs)
                }
                var spans: [EntitySpan] = []
                for (i, name) in cast.enumerated() where i < 2 || rng.int(0...2) > 0 {
                    for _ in 0..<rng.int(1...4) { spans.append(span(name, .person, field: .paragraph(rng.int(0...5)))) }
                }
                for _ in 0..<rng.int(2...8) { spans.append(span("Common\(rng.int(0...49))", .place, field: .paragraph(rng.int(0...9)))) }
                for _ in 0..<rng.int(0...6) { spans.append(span("Name\(zipf(&rng, 20_000))", .organization, field: .paragraph(rng.int(0...9)))) }
                result.append(StorySignature(document: doc, spans: spans, fileDay: 20_000))
                previous = doc
            }
        }
        return result
    }

    private static func span(_ text: String, _ type: EntityType, field: DocumentField) -> EntitySpan {
        EntitySpan(field: field, range: 0..<text.utf8.count, text: text, type: type)
    }

    /// Roughly Zipf-distributed ids: a few names recur on many articles, most on few.
    private static func zipf(_ rng: inout SplitMix64, _ n: Int) -> Int {
        let u = Double(rng.next() % 1_000_000 + 1) / 1_000_000
        return min(n - 1, Int(pow(Double(n), u)) - 1)
    }

    private static let syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "du", "pel", "sor", "ni", "bra", "mun", "te", "gal", "sha", "ot"]

    private static func sentence(_ rng: inout SplitMix64, words: Int) -> String {
        (0..<words).map { _ in (0..<rng.int(1...3)).map { _ in rng.pick(syllables) }.joined() }.joined(separator: " ") + "."
    }
}
