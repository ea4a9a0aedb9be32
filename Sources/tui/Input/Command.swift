/// A bindable command: its config name, help text and the action it sends.
enum Command: String, CaseIterable, Sendable {
    case focusNext = "focus-next", focusPrevious = "focus-previous"
    case down, up
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom, open
    case nextMention = "next-mention", previousMention = "previous-mention"
    case search, searchNext = "search-next", searchPrevious = "search-previous"
    case cancel, export
    case toggleSidebar = "toggle-sidebar"
    case help, quit, redraw
    case fetchFeeds = "fetch-feeds"
    case filterFeed = "filter-feed"
    case timeline, related
    case groupByStory = "group-by-story"
    case foldPassages = "fold-passages", jumpPassage = "jump-passage"

    var action: Action {
        switch self {
        case .focusNext: return .focusNext
        case .focusPrevious: return .focusPrevious
        case .down: return .moveDown
        case .up: return .moveUp
        case .pageDown: return .pageDown
        case .pageUp: return .pageUp
        case .halfPageDown: return .halfPageDown
        case .halfPageUp: return .halfPageUp
        case .top: return .top
        case .bottom: return .bottom
        case .open: return .open
        case .nextMention: return .nextMention
        case .previousMention: return .previousMention
        case .search: return .startSearch
        case .searchNext: return .searchNext
        case .searchPrevious: return .searchPrevious
        case .cancel: return .cancel
        case .export: return .export
        case .toggleSidebar: return .toggleSidebar
        case .help: return .help
        case .quit: return .quit
        case .redraw: return .redraw
        case .fetchFeeds: return .fetchFeeds
        case .filterFeed: return .filterByFeed
        case .timeline: return .showTimeline
        case .related: return .showRelated
        case .groupByStory: return .toggleStories
        case .foldPassages: return .foldPassages
        case .jumpPassage: return .jumpPassage
        }
    }

    /// One line for the help overlay.
    var summary: String {
        switch self {
        case .focusNext: return "focus next pane"
        case .focusPrevious: return "focus previous pane"
        case .down: return "move down / scroll"
        case .up: return "move up / scroll"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half page down"
        case .halfPageUp: return "half page up"
        case .top: return "go to top"
        case .bottom: return "go to bottom"
        case .open: return "open article / select entity"
        case .nextMention: return "next mention of the selected entity"
        case .previousMention: return "previous mention"
        case .search: return "search in the focused pane"
        case .searchNext: return "next search hit"
        case .searchPrevious: return "previous search hit"
        case .cancel: return "cancel search / prompt"
        case .export: return "export the open article"
        case .toggleSidebar: return "show / hide the entity sidebar"
        case .help: return "this help"
        case .quit: return "close overlay / quit"
        case .redraw: return "redraw the screen"
        case .fetchFeeds: return "fetch the library's feeds in the background"
        case .filterFeed: return "list one feed's articles (again: the next feed, then all)"
        case .timeline: return "timeline of the selected entity across the library"
        case .related: return "articles related to the open one"
        case .groupByStory: return "group the article list by story / back to files"
        case .foldPassages: return "fold / show passages seen in articles read before"
        case .jumpPassage: return "jump to the same passage in the other article"
        }
    }
}
