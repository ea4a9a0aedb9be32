import ReaderModel

/// What the user asked for; the only way anything changes the view state.
enum Action: Equatable, Sendable {
    // Bindable commands (the key map names these).
    case focusNext, focusPrevious
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case open
    case nextMention, previousMention
    case startSearch, searchNext, searchPrevious
    case cancel
    case export
    case toggleSidebar
    case foldPassages, jumpPassage
    case help
    case quit
    case redraw
    case fetchFeeds
    case filterByFeed
    case showTimeline, showRelated
    case toggleStories
    // Produced by the input router and the app, never bound directly.
    case searchInput(Character), searchBackspace, searchSubmit
    case exportChoose(ExportFormat)
    case exportFinished(String)
    case scroll(Pane, Int)
    case click(Pane, row: Int)
    case resize(columns: Int, rows: Int)
    case message(String)
    /// The list grouped by story, worked out by the app after `Effect.groupStories`.
    case storiesGrouped(StoryGrouping)
}

/// Things the reducer asks the app to do outside the view state.
enum Effect: Equatable, Sendable {
    case export(document: Int, format: ExportFormat)
    case redraw
    case quit
    case fetchFeeds
    case filterByFeed
    /// Work out the stories of the list and send `.storiesGrouped`.
    case groupStories
}
