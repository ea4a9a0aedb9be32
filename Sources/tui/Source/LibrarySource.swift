import Dispatch
import Foundation
import ReaderModel

/// A folder's articles from its SQLite library index: the list comes from the index at once, new and
/// changed files are indexed in the background, documents are loaded by id when opened.
final class LibrarySource: ArticleSource {
    let index: LibraryIndex
    private(set) var summaries: [ArticleSummary] = []
    private(set) var rows: [LibraryRow] = []
    private var positions: [Int64: Int] = [:]
    /// Read marks by id, so they survive list refreshes (the index keeps them by path).
    private var readIDs: Set<Int64> = []
    private var cache: [Int64: Document] = [:]
    private var task: IndexingTask?
    /// A feed fetch started with `r`; its new files are indexed when it ends.
    private var fetch: BackgroundFetch?
    /// The feed the list is limited to (`F`), with the absolute paths of its articles.
    private var feedFilter: (id: Int64, name: String, paths: Set<String>)?
    /// Set when the filter changed: the next poll re-reads the list.
    private var filterChanged = false
    private var lastRefresh = DispatchTime.now()
    private var refreshedAtDone = 0
    private let entityResult = Locked<Result<LibraryEntityGroups, Error>?>(nil)
    /// The index's `generation` last shown: a change means a damaged file was replaced.
    private var seenGeneration = 0
    /// Set while the background run waits for another lede process writing the same index.
    private let waitingNote = Locked<String?>(nil)
    /// Answers the sidebar and m/M by query once the spelling variants are grouped.
    private(set) var entities: LibraryEntityCatalog?
    private var buildingEntities = false
    private var wantsEntities = true
    /// Reading-state writes wait behind the indexer's batches: keep them off the UI thread, in order.
    private let stateWriter = DispatchQueue(label: "lede.reading-state")
    /// How often the list is re-read while indexing runs.
    static let refreshInterval: UInt64 = 1_000_000_000
    /// Rows read before the first paint: more than any terminal shows at once. The whole list (100,000
    /// rows take about 300 ms) is read after the first paint, off the UI thread (`PagedListLoad`).
    static let firstPageSize = 400
    /// The rest of the list while it is read; nil once the whole list is shown.
    private var pendingList: PagedListLoad?
    /// Set while only the first page is shown: the rest is read from the first `poll` on, which the app
    /// calls after its first paint, so that read does not compete with the first paint for the CPU.
    private var restOfListUnread = false
    /// True when `pendingList` brings the rest of a partial list (keys wait for it), false when it is a
    /// refresh during indexing (keys go on with the list shown).
    private var pendingIsRestOfList = false
    private var startsIndexing = false
    private var backgroundStarted = false
    /// Every readable article, also while only the first page of them is in `summaries`.
    private(set) var articleTotal = 0

    /// Opens the list from the index; `indexing` starts a background run for new, changed and deleted files,
    /// then the stored entities' spelling variants are grouped (`entities`; benchmarks turn both off). Only
    /// the `entity` table is read for that: mentions are read per article and per selected entity, by query.
    /// `firstPage`: rows read before the first paint (the rest are read after it, `PagedListLoad`).
    init(index: LibraryIndex, indexing: Bool = true, entities: Bool = true, firstPage: Int = LibrarySource.firstPageSize) throws {
        self.index = index
        index.setWaitingHandler { [waitingNote] in waitingNote.set($0) }
        index.waitsToRecover = false  // the list and articles are read on the UI thread
        seenGeneration = index.generation
        let first = try index.rows(limit: firstPage)
        apply(first)
        restOfListUnread = first.count == firstPage
        articleTotal = first.count < firstPage ? first.count : try index.articleCount()
        startsIndexing = indexing
        wantsEntities = entities
    }

    /// Starts the indexing run (or, without one, the entity grouping) on the first `poll`, which the app
    /// calls after its first paint: on a warm library of 100,000 articles the run's first step (what the
    /// index holds about every file) competed with the first paint for the CPU.
    private func startBackgroundWork() {
        guard !backgroundStarted else { return }
        backgroundStarted = true
        if startsIndexing {
            // Cleaned with cross-page evidence from the folder, like the in-memory path.
            task = IndexingTask(index: index, indexer: SiteSampledAnalysis(root: index.location.root).indexer())
        } else if wantsEntities {
            buildEntities()
        }
    }

    var readPositions: Set<Int> { Set(readIDs.compactMap { positions[$0] }) }

    func document(at position: Int) -> Document? {
        guard rows.indices.contains(position) else { return nil }
        let id = rows[position].id
        if let cached = cache[id] { return cached }
        guard let document = try? index.document(id: id) else { return nil }
        // Small cache: the reader and sidebar ask for the open article on every frame.
        if cache.count >= 64 { cache.removeAll(keepingCapacity: true) }
        cache[id] = document
        return document
    }

    func search(_ query: String) -> [Int]? {
        let results = (try? index.search(query, limit: 1000)) ?? []
        return results.compactMap { positions[$0.id] }
    }

    func markRead(_ position: Int) {
        guard rows.indices.contains(position) else { return }
        let id = rows[position].id
        guard readIDs.insert(id).inserted else { return }
        stateWriter.async { [index] in try? index.setRead(true, id: id) }
    }

    var isBusy: Bool {
        (!backgroundStarted && (startsIndexing || wantsEntities)) || task != nil || buildingEntities || fetch != nil
            || isListPartial
    }

    var isListPartial: Bool { restOfListUnread || (pendingList != nil && pendingIsRestOfList) }

    func settleList() {
        readRestOfList()
        if pendingIsRestOfList { pendingList?.wait() }
    }

    private func readRestOfList() {
        guard restOfListUnread else { return }
        restOfListUnread = false
        pendingList = PagedListLoad(index: index)
        pendingIsRestOfList = true
    }

    /// Starts fetching the feeds behind the reader; the answer for the status line.
    func startFetch() -> String {
        if fetch != nil { return "already fetching feeds" }
        fetch = BackgroundFetch(index: index)
        return "fetching feeds…"
    }

    /// Limits the list to the next feed that brought articles in (after the last one: all articles again).
    func cycleFeedFilter() -> String {
        guard let feeds = try? index.feeds(), let paths = try? index.feedArticlePaths() else { return "feeds unavailable" }
        let candidates = feeds.filter { paths[$0.id]?.isEmpty == false }
        guard !candidates.isEmpty else { return feedFilter == nil ? "no articles from feeds yet (r fetches them)" : "all articles" }
        var next = candidates.first
        if let current = feedFilter {
            let at = candidates.firstIndex { $0.id == current.id }
            next = at.flatMap { $0 + 1 < candidates.count ? candidates[$0 + 1] : nil }
        }
        let root = index.location.root
        feedFilter = next.map { ($0.id, $0.title ?? $0.url, Set(paths[$0.id, default: []].map { root + "/" + $0 })) }
        filterChanged = true
        guard let feedFilter else { return "all articles" }
        return "feed: \(Sanitizer.clean(feedFilter.name)) (\(feedFilter.paths.count) articles) · F for the next feed"
    }

    func poll() -> SourceUpdate? {
        var update = SourceUpdate()
        var changed = false
        startBackgroundWork()
        readRestOfList()
        if let pendingList, let loaded = pendingList.take() {
            self.pendingList = nil
            switch loaded {
            case .success(let rows): update.listChanged = apply(rows)
            case .failure(let error): update.message = "the list could not be read: \(error)"
            }
            changed = true
        }
        if index.generation != seenGeneration {
            // A read or the indexer met damage: the index was moved aside and is being rebuilt.
            seenGeneration = index.generation
            update.message = index.recoveryNote
            update.listChanged = (try? reloadRows()) ?? false
            changed = true
        }
        if filterChanged {
            filterChanged = false
            update.listChanged = (try? reloadRows()) ?? false
            changed = true
        }
        if let fetch {
            let status = fetch.current
            if status.finished {
                self.fetch = nil
                update.message = status.summary
                // New files: index them like at startup, so they join the list without a restart.
                if status.saved > 0 && task == nil {
                    task = IndexingTask(index: index, indexer: SiteSampledAnalysis(root: index.location.root).indexer())
                }
            } else {
                update.progress = status.progressText
            }
            changed = true
        }
        if let task {
            if let result = task.result {
                self.task = nil
                update.listChanged = (try? reloadRows()) ?? false
                switch result {
                case .success(let summary):
                    if summary.added + summary.updated + summary.removed > 0 || !summary.failures.isEmpty || !summary.unreadable.isEmpty {
                        update.message = [update.message, "indexed: \(summary.line)"].compactMap { $0 }.joined(separator: "; ")
                    }
                case .failure(let error):
                    update.message = "indexing failed: \(error)"
                }
                if wantsEntities {
                    buildEntities()
                    update.progress = "grouping entities…"  // shown until the groups arrive
                }
                changed = true
            } else {
                let progress = task.progress
                update.progress = progress == nil ? waitingNote.peek().map { "indexing: \($0)" } ?? ProgressText.render(nil)
                    : ProgressText.render(progress)
                changed = true
                // Batches land continuously: re-read the list about once a second, not per batch, on a
                // worker (100,000 rows take about 300 ms); it lands through a later poll.
                let now = DispatchTime.now()
                if pendingList == nil, let done = progress?.done, done > refreshedAtDone,
                   now.uptimeNanoseconds - lastRefresh.uptimeNanoseconds >= Self.refreshInterval {
                    refreshedAtDone = done
                    lastRefresh = now
                    pendingList = PagedListLoad(index: index)
                    pendingIsRestOfList = false
                }
            }
        }
        if buildingEntities, let result = entityResult.take() {
            buildingEntities = false
            switch result {
            case .success(let groups):
                let catalog = LibraryEntityCatalog(entities: LibraryEntities(index: index, groups: groups), order: rows.map(\.id))
                entities = catalog
                update.entities = catalog
            case .failure(let error): update.message = "entities unavailable: \(error)"
            }
            changed = true
        }
        return changed ? update : nil
    }

    func close() {
        task?.cancel()
        task?.wait()
        stateWriter.sync {}
    }

    /// Re-reads the list; true when it changed.
    @discardableResult
    private func reloadRows() throws -> Bool {
        let fresh = try index.rows()
        pendingList = nil  // fresher than what a pending read would bring
        restOfListUnread = false
        return apply(fresh)
    }

    /// Shows `all` as the list (only the filtered feed's articles while `F` limits it); true when it changed.
    @discardableResult
    private func apply(_ all: [LibraryRow]) -> Bool {
        var fresh = all
        if let filter = feedFilter {
            // Articles the feed brought in since the filter was set (a fetch with r) belong too.
            let root = index.location.root
            let paths = (try? index.feedArticlePaths()[filter.id]).map { Set($0.map { root + "/" + $0 }) } ?? filter.paths
            fresh = fresh.filter { paths.contains($0.path) }
        }
        articleTotal = fresh.count
        guard fresh != rows else { return false }
        rows = fresh
        summaries = fresh.map(ArticleSummary.init)
        positions = Dictionary(uniqueKeysWithValues: fresh.enumerated().map { ($1.id, $0) })
        for row in fresh where row.isRead { readIDs.insert(row.id) }
        entities?.reorder(fresh.map(\.id))
        // Changed files got new documents; ids of removed files may come back for other paths.
        cache.removeAll()
        return true
    }

    /// Groups the stored entities' spelling variants off the UI thread (a pass over the `entity` table).
    private func buildEntities() {
        buildingEntities = true
        DispatchQueue.global(qos: .userInitiated).async { [index, entityResult] in
            entityResult.set(Result { try LibraryEntityGroups(index: index) })
        }
    }
}

extension LibrarySource: PassageLookup {
    /// From the index, compared with every other indexed article (or those of `scope`); sources as list positions.
    func passageReport(at position: Int, among scope: Set<Int>?) -> PassageReport? {
        let ids = scope.map { Set($0.compactMap { rows.indices.contains($0) ? rows[$0].id : nil }) }
        guard rows.indices.contains(position), let report = try? index.passageReport(of: rows[position].id, among: ids) else { return nil }
        return report.mappingArticles { positions[$0].map(Int64.init) }
    }
}
