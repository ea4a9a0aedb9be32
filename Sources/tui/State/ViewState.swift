import ReaderModel

/// Everything the screen shows that is not the corpus itself: focus, selections, scroll
/// offsets, search, mention cursor, overlays and the status message.
struct ViewState: Equatable, Sendable {
    /// A search in one pane.
    struct Search: Equatable, Sendable {
        var pane: Pane
        var query: String
        /// True while the query is being typed.
        var editing: Bool
        var hits: [SearchHit] = []
        var current: Int?
        /// Characters a query may have: longer than any phrase worth finding, so a pasted page
        /// stops here instead of being matched against every field.
        static let maxQueryLength = 256
    }

    /// An overlay drawn above the panes that takes keys first.
    enum Overlay: Equatable, Sendable {
        case help(scroll: Int)
        case export
        /// `T`: the selected entity's mentions across the library, by date.
        case timeline(entity: Int, PickList<TimelineRow>)
        /// `R`: the articles most related to the open one.
        case related(PickList<RelatedRow>)
    }

    var focus: Pane = .articles
    /// The user's sidebar toggle; nil lets the terminal width decide.
    var sidebar: Bool?
    var articleCursor = 0
    /// First visible article (items, not lines).
    var articleScroll = 0
    var openArticle: Int?
    var readerScroll = 0
    /// Row index into the entity rows of the open article.
    var entityCursor = 0
    var entityScroll = 0
    var selectedEntity: Int?
    var mention: Mention?
    var search: Search?
    var overlay: Overlay?
    var message: String?
    /// Background indexing progress for the status line; nil when nothing runs.
    var progress: String?
    /// Articles that have been opened.
    var read: Set<Int> = []
    /// The list grouped by story (`v`); nil shows it file by file.
    var stories: StoryGrouping?
    /// True while passages already seen in read articles are folded (`f`).
    var foldsSeenPassages = false
    /// Where `p` last landed (drawn like the current mention; `p` from there jumps back).
    var passageJump: PassageJump?

    /// The state for a freshly opened corpus: the first article open.
    static func initial(documentCount: Int) -> ViewState {
        var state = ViewState()
        if documentCount > 0 {
            state.openArticle = 0
            state.read = [0]
        }
        return state
    }

    /// Which keys apply right now.
    var inputMode: KeyMap.Mode {
        switch overlay {
        case .help: return .help
        case .export: return .exportPrompt
        case .timeline, .related: return .pickList
        case nil: return search?.editing == true ? .searchEntry : .normal
        }
    }
}

/// A place a search found its query.
enum SearchHit: Equatable, Sendable {
    case article(Int)
    case text(field: DocumentField, range: Range<Int>)
    case entityRow(Int)
}
