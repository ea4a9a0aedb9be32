/// How prominent an entity is in one document: mentions, plus a bonus for the title and the lead.
public struct Salience: Sendable {
    var entity: Int
    var count: Int
    var score: Int

    /// What one mention in a field adds: the title and the lead weigh more; a caption names who is
    /// pictured, not what the story is about.
    public static func weight(of field: DocumentField) -> Int {
        switch field {
        case .title: return 4
        case .standfirst, .paragraph(0): return 2
        case .caption: return 0
        default: return 1
        }
    }

    /// Per document, its entities most salient first (ties: more mentions, then lower id).
    static func rank(_ entities: [Entity]) -> [Int: [Salience]] {
        var byDocument: [Int: [Int: Salience]] = [:]
        for e in entities {
            for m in e.mentions {
                var s = byDocument[m.document, default: [:]][e.id] ?? Salience(entity: e.id, count: 0, score: 0)
                s.count += 1
                s.score += weight(of: m.field)
                byDocument[m.document, default: [:]][e.id] = s
            }
        }
        return byDocument.mapValues { table in
            table.values.sorted { ($0.score, $0.count, -$0.entity) > ($1.score, $1.count, -$1.entity) }
        }
    }
}
