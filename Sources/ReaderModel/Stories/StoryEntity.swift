/// One salient entity of an article as a story sees it: a key shared across articles, the name to
/// show, and how prominent it is in the article (mentions, more in the title and the lead).
public struct StoryEntity: Sendable, Hashable {
    /// Type-prefixed: "person:jens stoltenberg", "money:EUR 65000000000", "day:04-20".
    public var key: String
    public var name: String
    public var weight: Int

    /// At most this many entities per article: the cast of an event, not every name in passing.
    static let perArticle = 24

    /// The article's story entities, most prominent first. Dates count by their day of the year
    /// ("April 20" and "20 April 2023" are one key: articles on one event name its day); weekdays,
    /// bare months and years are left out (they name no event).
    static func salient(_ spans: [EntitySpan]) -> [StoryEntity] {
        // Entities in order of first mention, found by key; updated in place (no copy per mention).
        var entities: [StoryEntity] = []
        var position: [String: Int] = [:]
        position.reserveCapacity(spans.count)
        for span in spans {
            guard let key = key(of: span) else { continue }
            let weight: Int
            switch span.field {
            case .title: weight = 4
            case .standfirst, .paragraph(0): weight = 2
            case .caption: weight = 0  // a caption names who is pictured, not what the story is about
            default: weight = 1
            }
            if let i = position[key] {
                entities[i].weight += weight
                // `characterCount` is `count` without the grapheme walk for ASCII; equal texts are skipped first.
                if span.text != entities[i].name, span.text.characterCount > entities[i].name.characterCount { entities[i].name = span.text }
            } else {
                position[key] = entities.count
                entities.append(StoryEntity(key: key, name: span.text, weight: weight))
            }
        }
        let ranked = entities.enumerated().compactMap { item -> (Int, StoryEntity)? in
            item.element.weight > 0 ? (item.offset, item.element) : nil
        }
        return ranked.sorted { ($0.1.weight, -$0.0) > ($1.1.weight, -$1.0) }.prefix(perArticle).map(\.1)
    }

    static func key(of span: EntitySpan) -> String? {
        switch span.type {
        case .date:
            guard let day = monthDay(span) else { return nil }
            return "day:" + day
        case .money:
            return "money:" + (span.normalized ?? EntityKey.key(span.text))
        default:
            return span.type.rawValue + ":" + EntityKey.key(span.text)
        }
    }

    /// "MM-DD" of a date naming a day, with or without its year.
    private static func monthDay(_ span: EntitySpan) -> String? {
        if let iso = span.normalized, iso.utf8.count == 10 { return String(iso.suffix(5)) }
        // A day needs its number: "Thursday", "July" are skipped without parsing.
        guard span.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // A leap reference year, so "29 February" is a day too.
        guard let iso = DateNormalizer.iso(span.text, referenceYear: 2000), iso.utf8.count == 10 else { return nil }
        return String(iso.suffix(5))
    }
}
