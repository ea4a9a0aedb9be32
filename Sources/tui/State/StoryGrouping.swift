import ReaderModel

/// The article list grouped by story (`v`): the rows the list pane shows, and how the cursor and the
/// scroll offset move over them. A story of several articles gets a header row (title, dates, article
/// count) above its articles; copies of one article are shown once, as "N copies".
///
/// The cursor stays a list position (as everywhere else in the state); `articleScroll` counts rows.
struct StoryGrouping: Equatable, Sendable {
    enum Row: Equatable, Sendable {
        /// Title, date range and distinct articles of a story of several articles.
        case header(title: String, dates: String, articles: Int)
        /// An article shown at a list position; `copies` counts the saved copies of it, itself included (1: none).
        case article(position: Int, copies: Int)

        /// Screen lines the row takes: two, like an article's (title, then dates and count), so the
        /// dates show in a narrow list too.
        var lines: Int { 2 }

        var isHeader: Bool {
            if case .header = self { return true }
            return false
        }
    }

    private(set) var rows: [Row] = []
    /// Stories, single articles included.
    private(set) var storyCount = 0
    /// The positions shown, in display order.
    private(set) var order: [Int] = []
    /// Display index of each shown position, and the shown position of each hidden copy.
    private var orderIndex: [Int: Int] = [:]
    private var shownFor: [Int: Int] = [:]
    private var rowOfPosition: [Int: Int] = [:]
    /// The list positions of each story's members (copies included), and each position's story.
    private var members: [Set<Int>] = []
    private var storyOfPosition: [Int: Int] = [:]

    /// `articles`: the list the stories' positions refer to.
    init(stories: [Story], articles: [StoryListing.Article]) {
        storyCount = stories.count
        for story in stories {
            let originals = story.members.filter { $0.copyOf == nil }
            if story.members.count > 1 {
                rows.append(.header(title: StoryListing.title(story, articles), dates: StoryListing.dateRange(story),
                                    articles: originals.count))
            }
            let copies = story.copyCounts
            for member in story.members { storyOfPosition[member.position] = members.count }
            members.append(Set(story.members.map(\.position)))
            for member in story.members {
                if let original = member.copyOf { shownFor[member.position] = original; continue }
                orderIndex[member.position] = order.count
                rowOfPosition[member.position] = rows.count
                order.append(member.position)
                rows.append(.article(position: member.position, copies: 1 + (copies[member.position] ?? 0)))
            }
        }
    }

    /// The other articles of `position`'s story, copies included (`R` looks outside them).
    func storyMates(of position: Int) -> Set<Int> {
        guard let story = storyOfPosition[position] else { return [] }
        return members[story].subtracting([position])
    }

    /// The position shown for a list position (a hidden copy shows as the article it copies).
    func shown(_ position: Int) -> Int {
        orderIndex[position] != nil ? position : (shownFor[position] ?? order.first ?? position)
    }

    /// The position `delta` articles away in display order, clamped to the ends.
    func step(from position: Int, by delta: Int) -> Int {
        guard !order.isEmpty else { return position }
        let at = orderIndex[shown(position)] ?? 0
        let (sum, overflow) = at.addingReportingOverflow(delta)
        let target = overflow ? (delta > 0 ? order.count - 1 : 0) : min(max(0, sum), order.count - 1)
        return order[target]
    }

    /// The first row to show so that the article at `position` is visible in `lines` screen lines,
    /// moving as little as possible from `scroll`, and keeping its story header in view when it fits.
    func scroll(keeping position: Int, from scroll: Int, lines: Int) -> Int {
        guard let row = rowOfPosition[shown(position)] else { return 0 }
        var top = min(max(0, scroll), rows.count - 1)
        let wantedTop = row > 0 && rows[row - 1].isHeader ? row - 1 : row  // its header, when right above
        if wantedTop < top { top = wantedTop }
        // Move the top down until the row's last line is on screen.
        while top < row, linesBetween(top, row + 1) > lines { top += 1 }
        return top
    }

    /// The row at a screen line of the pane's content (0 is the first line under the header), from `scroll`.
    func row(atLine line: Int, scroll: Int) -> Row? {
        var y = 0
        var index = max(0, scroll)
        while index < rows.count {
            let next = y + rows[index].lines
            if line < next { return rows[index] }
            y = next
            index += 1
        }
        return nil
    }

    private func linesBetween(_ from: Int, _ to: Int) -> Int {
        rows[from..<to].reduce(0) { $0 + $1.lines }
    }
}
