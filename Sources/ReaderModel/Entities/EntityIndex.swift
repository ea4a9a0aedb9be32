/// One mention of an entity: which document, which field, which bytes.
public struct Mention: Sendable, Hashable, Codable, Comparable {
    /// Index of the document in the corpus.
    public var document: Int
    public var field: DocumentField
    /// UTF-8 byte offsets into `Document.text(of: field)`.
    public var range: Range<Int>
    public var text: String

    public init(document: Int, field: DocumentField, range: Range<Int>, text: String) {
        self.document = document
        self.field = field
        self.range = range
        self.text = text
    }

    /// True for a mention in a photo caption (kept apart from the body).
    public var isCaption: Bool {
        if case .caption = field { return true }
        return false
    }

    public static func < (a: Mention, b: Mention) -> Bool {
        (a.document, a.field, a.range.lowerBound) < (b.document, b.field, b.range.lowerBound)
    }
}

/// A corpus-wide entity: its canonical name, variants and every mention in reading order.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    /// People: the fullest form ("Jens Stoltenberg"); others: the most frequent form ("NATO", with
    /// "North Atlantic Treaty Organization" among its aliases).
    public var name: String
    public var type: EntityType
    /// Every other surface form that was merged into this entity.
    public var aliases: [String]
    /// Ordered by document, then field, then offset.
    public var mentions: [Mention]
    /// Normalised value for dates and money.
    public var normalized: String?

    public init(id: Int, name: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = [], normalized: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.normalized = normalized
    }

    /// How many distinct documents mention it.
    public var documentCount: Int { Set(mentions.map(\.document)).count }
}

/// Entities merged across a corpus, with ordered mentions for stepping through them.
///
/// Merging (see `EntityMerger`): people by first-name + surname keys after transliteration, a bare
/// surname to the full name in the same article (else the corpus person with that surname and the
/// most mentions); other names by transliteration key, alias table and acronym initials.
public struct EntityIndex: Sendable {
    public private(set) var entities: [Entity]
    /// Per document: entity ids with mention counts, most salient first.
    private var salience: [Int: [Salience]]

    /// Position in `entities` by entity id (ids are positions when built from documents).
    private var positions: [Int: Int]

    public init(entities: [Entity] = []) {
        self.entities = entities
        var positions: [Int: Int] = [:]
        for (i, e) in entities.enumerated() { positions[e.id] = i }
        self.positions = positions
        self.salience = Salience.rank(entities)
    }

    /// Recognises and merges the entities of all documents (document i is corpus index i).
    public init(documents: [Document], recognizer: EntityRecognizer = EntityRecognizer()) {
        self.init(spans: documents.map { recognizer.recognize($0) })
    }

    /// Merges spans recognised earlier (e.g. cached with the library index): `spans[i]` are document i's.
    public init(spans: [[EntitySpan]]) {
        var merger = EntityMerger()
        for (i, documentSpans) in spans.enumerated() {
            merger.add(document: i, spans: documentSpans)
        }
        self.init(entities: merger.entities().enumerated().map { i, e in var e = e; e.id = i; return e })
    }

    /// The entity with this id.
    public func entity(_ id: Int) -> Entity? {
        positions[id].map { entities[$0] }
    }

    /// The entities of one document, most salient first (mentions, title, lead), with their mention counts there.
    public func entities(inDocument document: Int) -> [(entity: Entity, count: Int)] {
        (salience[document] ?? []).compactMap { s in entity(s.entity).map { ($0, s.count) } }
    }

    /// Every mention in one document with its entity id, in reading order (for highlighting a page).
    public func mentions(inDocument document: Int) -> [(entityID: Int, mention: Mention)] {
        var result: [(entityID: Int, mention: Mention)] = []
        for s in salience[document] ?? [] {
            guard let e = entity(s.entity) else { continue }
            // Mentions are sorted by document: binary-search the document's slice.
            let lo = firstIndex(in: e.mentions) { $0.document >= document }
            var i = lo
            while i < e.mentions.count, e.mentions[i].document == document {
                result.append((e.id, e.mentions[i]))
                i += 1
            }
        }
        return result.sorted { $0.mention < $1.mention }
    }

    /// The next mention of an entity after `mention` (wrapping to the first), across documents. O(log n).
    public func nextMention(of entityID: Int, after mention: Mention?) -> Mention? {
        guard let e = entity(entityID), !e.mentions.isEmpty else { return nil }
        guard let mention else { return e.mentions.first }
        let i = firstIndex(in: e.mentions) { $0 > mention }
        return i < e.mentions.count ? e.mentions[i] : e.mentions.first
    }

    /// The previous mention of an entity before `mention` (wrapping to the last), across documents. O(log n).
    public func previousMention(of entityID: Int, before mention: Mention?) -> Mention? {
        guard let e = entity(entityID), !e.mentions.isEmpty else { return nil }
        guard let mention else { return e.mentions.last }
        let i = firstIndex(in: e.mentions) { !($0 < mention) }
        return i > 0 ? e.mentions[i - 1] : e.mentions.last
    }

    /// The first index where `isAfter` holds in a list sorted so that it holds for a suffix.
    private func firstIndex(in mentions: [Mention], where isAfter: (Mention) -> Bool) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(mentions[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
