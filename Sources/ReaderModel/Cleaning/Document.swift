/// A cleaned article: metadata, body and captions, plus every removed block with its reason.
public struct Document: Sendable, Hashable, Codable {
    /// The path of the file it came from.
    public var source: String
    public var title: String?
    public var byline: String?
    /// ISO 8601 (`2024-04-29` or `2024-04-29T15:10`) where the page gives a date.
    public var published: String?
    public var publisher: String?
    public var standfirst: String?
    public var paragraphs: [String]
    /// Photo captions and credits, kept apart from the body.
    public var captions: [String]
    /// Every block that was dropped, in page order.
    public var removed: [RemovedBlock]
    /// Every block of the page in order with the role it was given (for `--explain`).
    public var blocks: [ExplainedBlock]
    /// For fields whose text appears verbatim in `Article.text`: the UTF-8 byte offset where it
    /// starts there, so entity offsets can be mapped back to the file.
    public var sourceOffsets: [DocumentField: Int]
    /// Where the page could not be read whole (not stored in the index: `lede clean` and `--explain` say it).
    public var limits: [ReadingLimit] = []

    public init(
        source: String, title: String? = nil, byline: String? = nil, published: String? = nil,
        publisher: String? = nil, standfirst: String? = nil, paragraphs: [String] = [],
        captions: [String] = [], removed: [RemovedBlock] = [], blocks: [ExplainedBlock] = [],
        sourceOffsets: [DocumentField: Int] = [:]
    ) {
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.publisher = publisher
        self.standfirst = standfirst
        self.paragraphs = paragraphs
        self.captions = captions
        self.removed = removed
        self.blocks = blocks
        self.sourceOffsets = sourceOffsets
    }

    /// The text of one field, or "" when the field does not exist.
    public func text(of field: DocumentField) -> String {
        switch field {
        case .title: return title ?? ""
        case .standfirst: return standfirst ?? ""
        case .paragraph(let i): return paragraphs.indices.contains(i) ? paragraphs[i] : ""
        case .caption(let i): return captions.indices.contains(i) ? captions[i] : ""
        }
    }

    /// All fields that carry text, in reading order: title, standfirst, paragraphs, captions.
    public var fields: [DocumentField] {
        var result: [DocumentField] = []
        if title != nil { result.append(.title) }
        if standfirst != nil { result.append(.standfirst) }
        result += paragraphs.indices.map { .paragraph($0) }
        result += captions.indices.map { .caption($0) }
        return result
    }
}

/// A text field of a `Document`, in reading order.
public enum DocumentField: Sendable, Hashable, Codable, Comparable {
    case title
    case standfirst
    case paragraph(Int)
    case caption(Int)
}

/// A block the cleaner dropped, and why.
public struct RemovedBlock: Sendable, Hashable, Codable {
    public var text: String
    public var reason: NoiseReason
    public init(text: String, reason: NoiseReason) {
        self.text = text
        self.reason = reason
    }
}

/// Why a block is not part of the article.
public enum NoiseReason: String, Sendable, Hashable, Codable, CaseIterable {
    case membership      // donation and membership appeals
    case paywall         // subscribe-to-read prompts
    case newsletter      // sign-up forms, "* indicates required"
    case advertisement   // "Advertisement", sponsored slots
    case related         // teasers of other stories, "Read more:"
    case navigation      // site chrome: menus, "Skip to content", browser warnings
    case feed            // news-feed sidebars, timestamped lists
    case credit          // photo credits and image labels
    case banner          // reading time, audio player, editor banners
    case social          // share buttons, follow prompts
    case cookie          // cookie and consent notices
    case comments        // comment sections
    case repeated        // recurs in the page or across pages of one site
    case fragment        // too short or too broken to be prose
    case metadata        // already captured as title, byline, date or publisher
    case gallery         // a slideshow's slides embedded in an article that has its own text
}

/// What a block of the page was taken to be.
public enum BlockRole: String, Sendable, Hashable, Codable {
    case title, byline, dateline, publisher, standfirst, body, caption, removed
}

/// One block of the page with its role, for `--explain`.
public struct ExplainedBlock: Sendable, Hashable, Codable {
    public var text: String
    public var role: BlockRole
    /// Set when `role == .removed`.
    public var reason: NoiseReason?
    /// The evidence behind the decision, briefly ("stopword density 0.02, 3 words").
    public var evidence: String?

    public init(text: String, role: BlockRole, reason: NoiseReason? = nil, evidence: String? = nil) {
        self.text = text
        self.role = role
        self.reason = reason
        self.evidence = evidence
    }
}
