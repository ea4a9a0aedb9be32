import Dispatch
import Foundation
import GRDB

/// Brings a `LibraryIndex` up to date with its folder: new and changed files are cleaned on all cores
/// and written in batches (one transaction each); deleted files drop out; unchanged files cost one `stat`.
public struct Indexer: Sendable {
    /// Files per transaction: big enough to amortise the commit, small enough that progress moves and memory stays flat.
    public var batchSize: Int
    /// Cleans one file and finds its entities; replaceable so tests can inject entities.
    public var analyze: @Sendable (Article) -> (Document, [EntitySpan])
    public var loader: ArticleLoader
    /// Test hook: called before each file of a batch is written; throwing aborts (rolls back) that batch.
    var beforeWrite: (@Sendable (Int) throws -> Void)?
    /// Reads a file's bytes (up to a limit); replaceable so tests can make a file unreadable even as root.
    var readFile: @Sendable (String, Int) throws(LoadError) -> [UInt8] = { try FileReader.contents(of: $0, maxBytes: $1) }

    public init(batchSize: Int = 256, loader: ArticleLoader = ArticleLoader(),
                analyze: @escaping @Sendable (Article) -> (Document, [EntitySpan]) = Indexer.cleanAndRecognize) {
        self.batchSize = max(1, batchSize)
        self.loader = loader
        self.analyze = analyze
    }

    /// The default analysis: `Cleaner` then `EntityRecognizer`, file by file (no cross-page site context;
    /// no explanations, which the index does not store).
    public static let cleanAndRecognize: @Sendable (Article) -> (Document, [EntitySpan]) = { article in
        let document = Cleaner().clean(article, site: nil, explains: false)
        return (document, EntityRecognizer().recognize(document))
    }

    /// Runs one incremental pass over `index.location.root`. `progress` is called (on the calling thread)
    /// after the scan and after every committed batch; `isCancelled` is checked between batches.
    /// Holds the index's write lock throughout (waiting for another process's run first); when the
    /// index turns out damaged mid-run it is replaced by a fresh one and the run starts over, once.
    @discardableResult
    public func run(_ index: LibraryIndex,
                    progress: (IndexProgress) -> Void = { _ in },
                    isCancelled: () -> Bool = { false }) throws -> IndexSummary {
        do {
            return try lockedRun(index, progress: progress, isCancelled: isCancelled)
        } catch is CancellationError where isCancelled() {
            var summary = IndexSummary()  // cancelled while waiting for another process's run
            summary.cancelled = true
            return summary
        }
    }

    private func lockedRun(_ index: LibraryIndex, progress: (IndexProgress) -> Void, isCancelled: () -> Bool) throws -> IndexSummary {
        try index.writeLock.withLock(isCancelled: isCancelled) {
            let generation = index.generation
            do {
                return try runOnce(index, progress: progress, isCancelled: isCancelled)
            } catch is DatabaseError where index.generation != generation {
                // Damage was found and the file replaced: everything is indexed again into the fresh one.
                return try runOnce(index, progress: progress, isCancelled: isCancelled)
            }
        }
    }

    private func runOnce(_ index: LibraryIndex, progress: (IndexProgress) -> Void, isCancelled: () -> Bool) throws -> IndexSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var summary = IndexSummary()

        let scan = LibraryScanner().scanReporting(root: index.location.root)
        let onDisk = scan.files
        summary.unreadable = scan.unreadable.map(\.description)
        var stored = try index.storedFiles()
        var staleRevision = try index.analysisRevision() != AnalysisRevision.current
        if staleRevision && stored.isEmpty {
            // Nothing analysed by another revision: every row this and later runs write is current.
            try index.recordCurrentAnalysisRevision()
            staleRevision = false
        }
        if staleRevision {
            for path in stored.keys { stored[path]?.isStale = true }
            summary.reanalysed = true
        }
        // A file missing from the walk is gone only if the walk could look where it was: below a folder
        // it could not read (or a dangling link) it is kept as last indexed.
        let missing = stored.keys.filter { onDisk[$0] == nil }
        let gone = scan.unreadable.isEmpty ? missing : missing.filter { !scan.isUnreachable($0) }
        summary.unchanged += missing.count - gone.count
        try index.remove(paths: gone)
        summary.removed = gone.count

        var work: [(path: String, fingerprint: FileFingerprint, stored: StoredFile?)] = []
        for (path, fingerprint) in onDisk {
            let known = stored[path]
            if let known, known.fingerprint == fingerprint, !known.isStale {
                summary.unchanged += 1
                // chmod keeps the mtime: an unchanged file that can no longer be read keeps its version
                // but is reported, like any other unreadable file (judged from the scan's stat, no read).
                if scan.unreadableFiles.contains(path) {
                    summary.unreadable.append(LoadError(path: path, kind: .unreadable(FileReader.errorText(EACCES))).description)
                }
            } else {
                work.append((path, fingerprint, known))
            }
        }
        work.sort { $0.path < $1.path }  // deterministic ids and batches

        var done = 0
        var entityIDs: [EntityRef: Int64] = [:]
        progress(IndexProgress(done: 0, total: work.count, elapsed: elapsed()))
        let batches = stride(from: 0, to: work.count, by: batchSize).map { Array(work[$0..<min($0 + batchSize, work.count)]) }
        // Pipeline: while the writer commits a batch, both cores clean the next ones (up to two ahead).
        let indexer = self
        let pipeline = AnalysisPipeline(batches: batches, depth: 2) { indexer.analyzeAll($0, background: true) }
        defer { pipeline.stop() }  // do not leave work running after a cancel or an error
        for _ in batches.indices {
            let waitStart = DispatchTime.now().uptimeNanoseconds
            let analyzed = pipeline.next()
            summary.waitSeconds += Double(DispatchTime.now().uptimeNanoseconds - waitStart) / 1e9
            if isCancelled() { summary.cancelled = true; break }
            let writeStart = DispatchTime.now().uptimeNanoseconds
            let writeCPUStart = Self.threadCPUSeconds()
            try index.write(analyzed, entityIDs: &entityIDs, beforeCommit: beforeWrite)
            summary.writeCPUSeconds += Self.threadCPUSeconds() - writeCPUStart
            summary.writeSeconds += Double(DispatchTime.now().uptimeNanoseconds - writeStart) / 1e9
            for file in analyzed {
                switch file.outcome {
                case .touched: summary.touched += 1
                case .failed(let message): summary.failures.append(message)
                case .unreadable(let message): summary.unreadable.append(message)
                case .cleaned: if file.existingID == nil { summary.added += 1 } else { summary.updated += 1 }
                }
            }
            done += analyzed.count
            progress(IndexProgress(done: done, total: work.count, elapsed: elapsed()))
        }
        if summary.updated > 0 || !summary.failures.isEmpty { try index.pruneEntities() }
        if !summary.cancelled { try index.backfillPassagesIfPending(isCancelled: isCancelled) }
        // Only a whole run moves the index to this revision: after a cancel, the next run goes on.
        if staleRevision && !summary.cancelled { try index.recordCurrentAnalysisRevision() }
        summary.seconds = elapsed()
        return summary
    }

    /// CPU time of the calling thread (GRDB runs a write on the thread that asks for it).
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Reads, hashes, cleans and encodes every file of a batch, on all cores.
    /// `background`: on threads niced below the writer's (`WorkerPriority`).
    func analyzeAll(_ batch: [(path: String, fingerprint: FileFingerprint, stored: StoredFile?)], background: Bool = false) -> [AnalyzedFile] {
        let results = ResultSlots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            if background { WorkerPriority.lowerCurrentThread() }
            let item = batch[i]
            results.set(i, analyzeOne(path: item.path, fingerprint: item.fingerprint, stored: item.stored))
        }
        return results.values
    }

    /// Reads, cleans and encodes files as new ones, without writing them: with `LibraryIndex.write`,
    /// lets the cost of the database side be measured apart from cleaning.
    public func analyze(paths: [String]) -> [AnalyzedFile] {
        analyzeAll(paths.compactMap { path in FileFingerprint.stat(path: path).map { (path, $0, nil) } })
    }

    func analyzeOne(path: String, fingerprint: FileFingerprint, stored: StoredFile?) -> AnalyzedFile {
        var file = AnalyzedFile(path: path, fingerprint: fingerprint, hash: 0, existingID: stored?.id, outcome: .touched)
        do {
            // One read: the bytes are hashed, then decoded into the article from memory.
            let bytes = try readFile(path, loader.maxBytes)
            file.hash = bytes.withUnsafeBufferPointer { FileFingerprint.fnv1a($0) }
            if let stored, !stored.isStale, stored.hash == file.hash, stored.fingerprint.size == fingerprint.size { return file }
            let ext = FileTypeRules.fileExtension(of: path)
            let article = try loader.article(from: bytes, source: path, format: ext.isEmpty ? nil : FileTypeRules.format(forExtension: ext))
            let (document, spans) = analyze(article)
            // The per-block explanations are over half of a document and only `--explain` needs them:
            // they are left out and re-derived from the file on demand (`LibraryIndex.explainedDocument`).
            var stored = document
            stored.blocks = []
            file.outcome = .cleaned(stored, record: DocumentCodec.encode(stored), body: DocumentCodec.body(of: stored),
                                    spans: SpanCodec.encode(spans), entities: EntityCount.group(spans))
            file.storySignature = StorySignatureCodec.encode(
                StorySignature(document: document, spans: spans, fileDay: StoryDay.day(fromNanoseconds: fingerprint.mtime)))
            file.passages = StoredPassages(keys: PassageExtractor().lookupKeys(of: document))
        } catch {
            // Only reading and loading throw (a `LoadError`). A file that cannot be read is not known to
            // have changed: its last good version stays.
            if case .unreadable = error.kind { file.outcome = .unreadable(error.description) } else { file.outcome = .failed(error.description) }
        }
        return file
    }
}

/// Fixed slots filled concurrently, one writer per slot.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [AnalyzedFile?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: AnalyzedFile) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    var values: [AnalyzedFile] { slots.compactMap { $0 } }
}
