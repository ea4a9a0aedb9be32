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

    public static func < (a: Mention, b: Mention) -> Bool {
        (a.document, a.field, a.range.lowerBound) < (b.document, b.field, b.range.lowerBound)
    }
}

/// A corpus-wide entity: its canonical name, variants and every mention in reading order.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    /// The fullest form seen ("Jens Stoltenberg", "North Atlantic Treaty Organization" is an alias of "NATO"...).
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
public struct EntityIndex: Sendable {
    public private(set) var entities: [Entity]

    public init(entities: [Entity] = []) {
        self.entities = entities
    }

    /// Recognises and merges the entities of all documents (document i is corpus index i).
    public init(documents: [Document], recognizer: EntityRecognizer = EntityRecognizer()) {
        self.entities = []  // placeholder until merging lands
    }

    /// The entities of one document, most salient first, with their mention counts there.
    public func entities(inDocument document: Int) -> [(entity: Entity, count: Int)] {
        entities.compactMap { e in
            let n = e.mentions.lazy.filter { $0.document == document }.count
            return n > 0 ? (e, n) : nil
        }.sorted { $0.count > $1.count }
    }

    /// The next mention of an entity after `mention` (wrapping to the first), across documents.
    public func nextMention(of entityID: Int, after mention: Mention?) -> Mention? {
        guard let e = entities.first(where: { $0.id == entityID }), !e.mentions.isEmpty else { return nil }
        guard let mention else { return e.mentions.first }
        return e.mentions.first(where: { $0 > mention }) ?? e.mentions.first
    }

    /// The previous mention of an entity before `mention` (wrapping to the last), across documents.
    public func previousMention(of entityID: Int, before mention: Mention?) -> Mention? {
        guard let e = entities.first(where: { $0.id == entityID }), !e.mentions.isEmpty else { return nil }
        guard let mention else { return e.mentions.last }
        return e.mentions.last(where: { $0 < mention }) ?? e.mentions.last
    }
}
