/// Chooses which articles to compare an article with, from the lookup keys they share with it.
public enum PassageCandidates {
    /// Articles compared at most: more than the articles of any one story; past them the rest share
    /// stock phrases, not passages.
    public static let limit = 24

    /// The articles sharing keys with the target, most shared keys first (ties by id), limited to
    /// `scope` when given and never the target itself.
    public static func rank(_ shared: [Int64: Int], target: Int64, scope: Set<Int64>?, limit: Int = PassageCandidates.limit) -> [Int64] {
        shared.filter { $0.key != target && (scope?.contains($0.key) ?? true) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }
}
