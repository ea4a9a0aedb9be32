import Foundation

/// A followed feed as stored in the index.
public struct FeedRecord: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var validators: Validators
    /// When it was last fetched (successfully or not).
    public var fetchedAt: Date?
    /// The last fetch's problem, nil when it went well.
    public var error: String?

    public init(id: Int64, url: String, title: String? = nil, validators: Validators = Validators(), fetchedAt: Date? = nil, error: String? = nil) {
        self.id = id
        self.url = url
        self.title = title
        self.validators = validators
        self.fetchedAt = fetchedAt
        self.error = error
    }
}
