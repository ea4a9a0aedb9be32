/// The feed formats lede reads.
public enum FeedFormat: String, Sendable, Hashable {
    case rss2 = "RSS 2.0"
    case rdf = "RSS 1.0 (RDF)"
    case atom = "Atom 1.0"
    case jsonFeed = "JSON Feed"
}
