/// Articles about one event, found by `StoryGrouper`; positions are indices into the grouped list.
public struct Story: Sendable, Equatable {
    /// One article of the story.
    public struct Member: Sendable, Equatable {
        public var position: Int
        /// The position of the article this one is a copy of (a re-save or a syndicated copy);
        /// nil for the best-cleaned copy of each article, which stands for all of them.
        public var copyOf: Int?

        public init(position: Int, copyOf: Int?) {
            self.position = position
            self.copyOf = copyOf
        }
    }

    /// Publication order (undated articles last), copies right after their article.
    public var members: [Member]
    /// The member that is most like the others: its title names the story.
    public var lead: Int
    /// Earliest and latest publication day (`StoryDay`) of the members; the file days when none gives one.
    public var first: Int?
    public var last: Int?
    /// Names the members share, most prominent first.
    public var entities: [String]

    public init(members: [Member], lead: Int, first: Int?, last: Int?, entities: [String]) {
        self.members = members
        self.lead = lead
        self.first = first
        self.last = last
        self.entities = entities
    }

    /// Distinct articles: copies counted once.
    public var articleCount: Int { members.filter { $0.copyOf == nil }.count }

    /// How many copies each shown article has beside itself (positions of the articles with copies only).
    public var copyCounts: [Int: Int] {
        var counts: [Int: Int] = [:]
        for member in members { if let original = member.copyOf { counts[original, default: 0] += 1 } }
        return counts
    }
}
