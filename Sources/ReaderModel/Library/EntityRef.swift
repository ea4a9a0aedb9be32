/// What names one row of the `entity` table: its type and `EntityKey` key.
struct EntityRef: Hashable, Sendable {
    var type: EntityType
    var key: String
}
