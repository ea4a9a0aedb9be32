import Dispatch
import Foundation
import ReaderModel

/// A folder's articles from its SQLite library index: the list comes from the index at once, new and
/// changed files are indexed in the background, documents are loaded by id when opened.
final class LibrarySource: ArticleSource {
    let index: LibraryIndex
    private(set) var summaries: [ArticleSummary] = []
    private var rows: [LibraryRow] = []
    private var positions: [Int64: Int] = [:]
    /// Read marks by id, so they survive list refreshes (the index keeps them by path).
    private var readIDs: Set<Int64> = []
    private var cache: [Int64: Document] = [:]
    private var task: IndexingTask?
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

    /// Opens the list from the index; `indexing` starts a background run for new, changed and deleted files,
    /// then the stored entities' spelling variants are grouped (`entities`; benchmarks turn both off). Only
    /// the `entity` table is read for that: mentions are read per article and per selected entity, by query.
    init(index: LibraryIndex, indexing: Bool = true, entities: Bool = true) throws {
        self.index = index
        index.setWaitingHandler { [waitingNote] in waitingNote.set($0) }
        index.waitsToRecover = false  // the list and articles are read on the UI thread
        seenGeneration = index.generation
        try reloadRows()
        if indexing {
            // Cleaned with cross-page evidence from the folder, like the in-memory path.
            task = IndexingTask(index: index, indexer: SiteSampledAnalysis(root: index.location.root).indexer())
        } else if entities {
            buildEntities()
        }
        wantsEntities = entities
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

    var isBusy: Bool { task != nil || buildingEntities }

    func poll() -> SourceUpdate? {
        var update = SourceUpdate()
        var changed = false
        if index.generation != seenGeneration {
            // A read or the indexer met damage: the index was moved aside and is being rebuilt.
            seenGeneration = index.generation
            update.message = index.recoveryNote
            update.listChanged = (try? reloadRows()) ?? false
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
                // Batches land continuously: re-read the list about once a second, not per batch.
                let now = DispatchTime.now()
                if let done = progress?.done, done > refreshedAtDone,
                   now.uptimeNanoseconds - lastRefresh.uptimeNanoseconds >= Self.refreshInterval {
                    refreshedAtDone = done
                    lastRefresh = now
                    update.listChanged = (try? reloadRows()) ?? false
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
    /// From the index, compared with every other indexed article; sources as list positions.
    func passageReport(at position: Int) -> PassageReport? {
        guard rows.indices.contains(position), let report = try? index.passageReport(of: rows[position].id) else { return nil }
        return report.mappingArticles { positions[$0].map(Int64.init) }
    }
}
