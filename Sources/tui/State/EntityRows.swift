import ReaderModel

/// The entity sidebar's rows for one document: type headers, then entities by mention count.
enum EntityRow: Equatable, Sendable {
    case header(EntityType, count: Int)
    /// `here`: mentions in this document; `elsewhere`: other documents that mention it.
    case entity(id: Int, name: String, type: EntityType, here: Int, elsewhere: Int)

    var entityID: Int? { if case .entity(let id, _, _, _, _) = self { return id } else { return nil } }

    /// Rows for one document of the catalog.
    static func rows(document: Int, index: EntityCatalog) -> [EntityRow] {
        let found = index.documentEntities(document)
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let ofType = found.filter { $0.type == type }
                .sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
            guard !ofType.isEmpty else { continue }
            rows.append(.header(type, count: ofType.count))
            for entity in ofType {
                rows.append(.entity(id: entity.id, name: entity.name, type: type, here: entity.mentions.count, elsewhere: entity.elsewhere))
            }
        }
        return rows
    }
}
