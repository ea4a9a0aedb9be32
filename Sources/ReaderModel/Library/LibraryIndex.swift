import Foundation
import GRDB

/// The persistent index of one library folder: the only type that talks to SQLite.
///
/// Reads may run on any thread while an indexing run writes (WAL, a pool of readers). One process
/// at a time writes (`IndexWriteLock`). Damage found by any read or write moves the file aside and
/// starts a fresh index in its place (the articles are never touched; read marks are salvaged).
public final class LibraryIndex: Sendable {
    public let location: LibraryLocation
    /// True when the index was opened read-only: reads work, every write fails with `IndexWriteError`.
    public let isReadOnly: Bool
    let slot: DatabaseSlot
    /// For an index opened read-only, what a command that goes on reading it should tell the user.
    public var readOnlyNote: String? { isReadOnly ? IndexWriteError(indexPath: location.indexPath).readingNote : nil }
    let writeLock: IndexWriteLock

    /// Set when the database file was damaged or unusable and was moved aside: the message to show.
    public var recoveryNote: String? { slot.current.note }
    /// The open database (replaced when a damaged one is moved aside).
    var pool: DatabasePool { slot.current.pool }
    /// Counts the databases this index has had: it changes when a damaged one was replaced.
    public var generation: Int { slot.current.generation }

    /// Opens (creating or migrating as needed) the index of `root`, at `indexPath` or its default place.
    /// `waiting` is told when another lede process is writing the index and this one has to wait.
    /// `readOnly` opens an existing, complete index without writing anything (for commands that only read);
    /// an index that cannot be written (`IndexAccess`) is opened so anyway, and `isReadOnly` says so.
    public convenience init(library root: String, indexPath: String? = nil, readOnly: Bool = false,
                            waiting: @escaping @Sendable (String) -> Void = { _ in }) throws {
        try self.init(location: LibraryLocation(root: root, indexPath: indexPath), readOnly: readOnly, waiting: waiting)
    }

    public init(location: LibraryLocation, readOnly: Bool = false, waiting: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.location = location
        let path = location.indexPath
        let writable = IndexAccess.canWrite(indexAt: path)
        if readOnly || !writable, let opened = LibraryIndex.openReadOnly(location) {
            writeLock = IndexWriteLock(unmadeAt: path, waiting: waiting)
            slot = DatabaseSlot(opened)
            isReadOnly = true
            return
        }
        isReadOnly = false
        _ = LibraryIndex.adoptMovedIndex(for: location)
        let knownAsIndex = location.isDefaultPath || FileManager.default.fileExists(atPath: IndexWriteLock.path(forIndex: path))
        // Before anything is created: a file that is not lede's is refused, whatever else happens.
        if case .foreign(let what) = IndexFileState.inspect(path, knownAsIndex: knownAsIndex) {
            throw LibraryIndexError.notAnIndex(path: path, what: what)
        }
        // Not readable as it is (it needs migrating or recovering) and not writable: said plainly, nothing tried.
        if !writable { throw IndexWriteError(indexPath: path) }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let lock = try IndexWriteLock(indexPath: path, waiting: waiting)
        writeLock = lock
        // Another process writing (an indexing run) does not keep a complete index from being read.
        let opened = try lock.ifFree { try LibraryIndex.prepare(location) }
            ?? LibraryIndex.openForReading(location)
            ?? lock.withLock { try LibraryIndex.prepare(location) }
        slot = DatabaseSlot(opened)
    }

    /// Replaces the function told when this index has to wait for another process's writes.
    public func setWaitingHandler(_ handler: @escaping @Sendable (String) -> Void) {
        writeLock.setWaitingHandler(handler)
    }

    /// Set to false on an index whose reads run on a UI thread: a read meeting damage while another thread
    /// or process writes then fails at once instead of waiting for the write lock to recover.
    public var waitsToRecover: Bool {
        get { slot.waitsToRecover }
        set { slot.waitsToRecover = newValue }
    }

    /// True when another lede process is writing this index right now (an indexing run): a command
    /// that only reads may then use the index as it is instead of waiting.
    public var isBeingWrittenElsewhere: Bool { !isReadOnly && writeLock.isHeldElsewhere }

    // MARK: Opening and recovery

    /// Opens the index holding the write lock: moves a damaged file aside, creates or migrates.
    private static func prepare(_ location: LibraryLocation) throws -> DatabaseSlot.Database {
        let path = location.indexPath
        var note: String?
        switch IndexFileState.inspect(path, knownAsIndex: true) {  // the lock file now exists
        case .foreign(let what): throw LibraryIndexError.notAnIndex(path: path, what: what)
        case .damaged(let why): note = try moveAside(path, because: why).note
        case .new, .index: break
        }
        let pool: DatabasePool
        do {
            pool = try openPool(path, migrating: true)
        } catch let error as DatabaseError where isDamage(error) {
            // Damage that only shows once written to (a torn page deep in the file): same recovery, once.
            note = try moveAside(path, because: "unreadable (\(error.message ?? "\(error.resultCode)"))").note
            pool = try openPool(path, migrating: true)
        }
        if let moved = try bindRoot(location.root, indexPath: path, in: pool) {
            note = [note, moved].compactMap { $0 }.joined(separator: "; ")
        }
        return DatabaseSlot.Database(pool: pool, note: note, identity: FileIdentity(path: path), generation: 0)
    }

    /// Opens a complete index of this folder without the write lock (another process holds it);
    /// nil when the index needs creating, migrating or recovering, which must wait for the lock.
    private static func openForReading(_ location: LibraryLocation) -> DatabaseSlot.Database? {
        let path = location.indexPath
        guard IndexFileState.inspect(path, knownAsIndex: true) == .index,
              let pool = try? openPool(path, migrating: false) else { return nil }
        let ready = try? pool.read { db in
            try IndexSchema.migrator.hasCompletedMigrations(db)
                && String.fetchOne(db, sql: "SELECT value FROM library_meta WHERE key = 'root'") == location.root
        }
        guard ready == true else { try? pool.close(); return nil }
        return DatabaseSlot.Database(pool: pool, note: nil, identity: FileIdentity(path: path), generation: 0)
    }

    /// Opens a complete index of this folder read-only: nothing is created, migrated or moved aside
    /// (no lock file, no WAL); nil when there is no such index to read.
    private static func openReadOnly(_ location: LibraryLocation) -> DatabaseSlot.Database? {
        let path = location.indexPath
        guard IndexFileState.inspect(path, knownAsIndex: true) == .index else { return nil }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        // A WAL index needs its shared-memory file: where it cannot be made (a read-only folder) and no
        // WAL content is pending, the file is read as immutable, which needs none.
        let walIsEmpty = ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) == 0
        guard let pool = (try? DatabasePool(path: path, configuration: config))
            ?? (walIsEmpty ? try? DatabasePool(path: immutableURI(path), configuration: config) : nil) else { return nil }
        let ready = try? pool.read { db in
            try IndexSchema.migrator.hasCompletedMigrations(db)
                && String.fetchOne(db, sql: "SELECT value FROM library_meta WHERE key = 'root'") == location.root
        }
        guard ready == true else { try? pool.close(); return nil }
        return DatabaseSlot.Database(pool: pool, note: nil, identity: FileIdentity(path: path), generation: 0)
    }

    /// `path` as an SQLite URI filename that opens it immutable (no locks, no WAL or shared-memory file).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            // SQLite decodes %HH back to bytes: escape its own delimiters and anything not ASCII.
            if byte >= 0x80 || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                escaped += String(format: "%%%02X", byte)
            } else {
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    private static func openPool(_ path: String, migrating: Bool) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(10)  // the TUI and `lede index` may share an index
        config.prepareDatabase { db in
            // WAL (set by DatabasePool) + NORMAL: commits survive a crash of the process, fsync only at checkpoints.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Entity and link indexes take random inserts: keep their pages in memory (up to 64 MB)
            // and checkpoint (the only fsync under NORMAL) every 64 MB of WAL rather than every 4 MB,
            // where the disk has room for it (`WALBudget`); the WAL is cut back after each checkpoint.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            let budget = WALBudget(forIndexAt: path, pageSize: try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(budget.autocheckpointPages)")
            try db.execute(sql: "PRAGMA journal_size_limit = \(budget.journalSizeLimit)")
            // Statement journals (SQLite keeps one per upsert/FTS write inside a batch) went to a temp file
            // in /var/tmp: hundreds of MB of pwrite per thousand articles. In memory they cost nothing.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        let pool = try DatabasePool(path: path, configuration: config)
        if migrating { try IndexSchema.migrator.migrate(pool) }
        return pool
    }

    static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
    }

    /// Renames the database (and its WAL files) to `<name>.broken-<UTC timestamp>`; returns where to, and the message.
    /// Only called holding the write lock, on a file `IndexFileState` found to be lede's.
    static func moveAside(_ path: String, because reason: String) throws -> (target: String, note: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var target = path + ".broken-" + formatter.string(from: Date())
        let fm = FileManager.default
        var n = 1
        while fm.fileExists(atPath: target) { n += 1; target = path + ".broken-" + formatter.string(from: Date()) + "-\(n)" }
        try fm.moveItem(atPath: path, toPath: target)
        for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            try? fm.moveItem(atPath: path + suffix, toPath: target + suffix)
        }
        return (target, "lede: the index \(path) was \(reason); moved it to \(target) and built a new one")
    }

    // MARK: Guarded access

    /// A read of the current database; damage moves it aside and the read runs again on the fresh one.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded(retry: true) { try $0.read(body) }
    }

    /// A write transaction; like `reading`, but `retry: false` rethrows once the index was replaced
    /// (a batch whose cached entity ids belong to the old database must not be replayed on the new one).
    func writing<T>(retry: Bool = true, _ body: (Database) throws -> T) throws -> T {
        try guarded(retry: retry) { try $0.write(body) }
    }

    private func guarded<T>(retry: Bool, _ operation: (DatabasePool) throws -> T) throws -> T {
        let current = slot.current
        do {
            return try operation(current.pool)
        } catch let error as DatabaseError where LibraryIndex.isDamage(error) {
            try recover(from: current, because: error)
            if !retry { throw error }
            return try operation(slot.current.pool)
        }
    }

    /// Replaces a damaged database: closes it, moves it aside (unless another process already did),
    /// opens a fresh one and carries the read marks over. Holds the write lock throughout.
    func recover(from damaged: DatabaseSlot.Database, because error: DatabaseError) throws {
        if !slot.waitsToRecover {
            guard try writeLock.ifFree({ try replace(damaged, because: error) }) != nil else { throw error }
            return
        }
        try writeLock.withLock { try replace(damaged, because: error) }
    }

    private func replace(_ damaged: DatabaseSlot.Database, because error: DatabaseError) throws {
        guard slot.current.generation == damaged.generation else { return }  // another thread recovered
        let path = location.indexPath
        // Closed first: SQLite deletes `<path>-wal` by name when the last connection closes.
        try? damaged.pool.close()
        var note = "lede: the index \(path) was replaced by another lede process after damage was found"
        var movedTo: String?
        if FileIdentity(path: path) == damaged.identity {
            (movedTo, note) = try LibraryIndex.moveAside(path, because: "damaged (\(error.message ?? "\(error.resultCode)"))")
        }
        let pool = try LibraryIndex.openPool(path, migrating: true)
        _ = try LibraryIndex.bindRoot(location.root, indexPath: path, in: pool)
        if let movedTo { LibraryIndex.salvageReadingState(from: movedTo, into: pool) }
        slot.replace(DatabaseSlot.Database(pool: pool, note: note, identity: FileIdentity(path: path),
                                           generation: damaged.generation + 1))
    }

    /// Copies what can still be read of the reading state (the one thing an index holds that the
    /// folder cannot give back) from a damaged file into a fresh index.
    static func salvageReadingState(from damagedPath: String, into pool: DatabasePool) {
        // Not read-only: SQLite needs to make the WAL index of a file whose WAL was moved with it.
        guard let queue = try? DatabaseQueue(path: damagedPath) else { return }
        defer { try? queue.close() }
        var rows: [Row] = []
        try? queue.read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, isRead, isBookmarked, updatedAt FROM reading_state")
            while let row = try cursor.next() { rows.append(row.copy()) }  // keeps what came before a damaged page
        }
        guard !rows.isEmpty else { return }
        try? pool.write { db in
            for row in rows {
                try db.execute(sql: "INSERT OR IGNORE INTO reading_state(path, isRead, isBookmarked, updatedAt) VALUES (?, ?, ?, ?)",
                               arguments: [row[0] as String?, row[1] as Int?, row[2] as Int?, row[3] as Double?])
            }
        }
    }

    // MARK: Reading

    /// The opening of the body of an untitled article (NULL for titled ones), so list rows can show a
    /// derived title without reading every body: the body starts with the standfirst or first paragraph.
    static let untitledOpening = "CASE WHEN a.title IS NULL THEN substr(a.body, 1, 400) END"

    static func derivedTitle(_ opening: String?) -> String? {
        opening.flatMap { DerivedTitle.from($0) }
    }

    /// Number of indexed (readable) articles.
    public func articleCount() throws -> Int {
        // Both counts read an index only (the path index, and `article_failed`), never the rows.
        try reading { try Int.fetchOne($0, sql: """
            SELECT (SELECT count(*) FROM article) - (SELECT count(*) FROM article WHERE error IS NOT NULL)
            """) ?? 0 }
    }

    /// Every readable article, ordered by path (the order `ArticleLoader.loadAll` uses); with `limit`,
    /// only the first ones (a first screen, read without reading the whole list).
    public func rows(limit: Int? = nil) throws -> [LibraryRow] {
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.path, a.title, a.publisher, a.published,
                       coalesce(r.isRead, 0), coalesce(r.isBookmarked, 0), \(Self.untitledOpening)
                FROM article a LEFT JOIN reading_state r ON r.path = a.path
                WHERE a.error IS NULL ORDER BY a.path LIMIT ?
                """, arguments: [limit ?? -1])
            var result: [LibraryRow] = []
            while let row = try rows.next() {
                result.append(LibraryRow(id: row[0], path: row[1], title: row[2], publisher: row[3],
                                         published: row[4], isRead: row[5], isBookmarked: row[6], derivedTitle: Self.derivedTitle(row[7])))
            }
            return result
        }
    }

    /// The row of one article, nil when the id is unknown.
    public func row(id: Int64) throws -> LibraryRow? {
        try reading { db in
            try Row.fetchOne(db, sql: """
                SELECT a.id, a.path, a.title, a.publisher, a.published,
                       coalesce(r.isRead, 0), coalesce(r.isBookmarked, 0), \(Self.untitledOpening)
                FROM article a LEFT JOIN reading_state r ON r.path = a.path WHERE a.id = ?
                """, arguments: [id]).map {
                LibraryRow(id: $0[0], path: $0[1], title: $0[2], publisher: $0[3], published: $0[4], isRead: $0[5], isBookmarked: $0[6],
                           derivedTitle: Self.derivedTitle($0[7]))
            }
        }
    }

    /// The cleaned document of one article (without `blocks`, see `explainedDocument`),
    /// nil when the id is unknown or the file was unreadable.
    public func document(id: Int64) throws -> Document? {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT document, body, title, byline, published, publisher, path FROM article WHERE id = ? AND error IS NULL
                """, arguments: [id]), let data: Data = row[0] else { return nil }
            guard var document = DocumentCodec.decode(data, body: row[1] ?? "", title: row[2], byline: row[3],
                                                      published: row[4], publisher: row[5]) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the stored document of article \(id) is damaged")
            }
            document.source = row[6]  // the path now, should the folder have moved since it was stored
            return document
        }
    }

    /// The document with its per-block explanations (`blocks`), which the index does not store:
    /// the file is cleaned again, so this costs a clean. Nil when the id is unknown or the file is gone.
    public func explainedDocument(id: Int64, cleaner: Cleaner = Cleaner()) throws -> Document? {
        guard let path = try row(id: id)?.path, let article = try? ArticleLoader().load(path: path) else { return nil }
        return cleaner.clean(article)
    }

    /// The files that could not be read at the last run, with their messages.
    public func failures() throws -> [String] {
        try reading { try String.fetchAll($0, sql: "SELECT error FROM article WHERE error IS NOT NULL ORDER BY path") }
    }

    // MARK: Reading state

    public func setRead(_ read: Bool, id: Int64) throws {
        try updateState(id: id, column: "isRead", value: read)
    }

    public func setBookmarked(_ bookmarked: Bool, id: Int64) throws {
        try updateState(id: id, column: "isBookmarked", value: bookmarked)
    }

    private func updateState(id: Int64, column: String, value: Bool) throws {
        try writing { db in
            guard let path = try String.fetchOne(db, sql: "SELECT path FROM article WHERE id = ?", arguments: [id]) else { return }
            try db.execute(sql: """
                INSERT INTO reading_state(path, \(column), updatedAt) VALUES (?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET \(column) = excluded.\(column), updatedAt = excluded.updatedAt
                """, arguments: [path, value, Date().timeIntervalSince1970])
        }
    }

    // MARK: Full-text search

    /// Articles matching every word of `query` (title weighted 10× body), best bm25 first.
    /// `prefixLast` makes the last word a prefix, for search-as-you-type.
    public func search(_ query: String, limit: Int = 50, markers: (String, String) = ("[", "]"), prefixLast: Bool = false) throws -> [SearchResult] {
        guard let match = LibraryIndex.ftsQuery(query, prefixLast: prefixLast) else { return [] }
        return try reading { db in
            // `rank MATCH` + `ORDER BY rank LIMIT` lets FTS5 sort by bm25 itself, so snippet() runs only for
            // the rows returned, not for every match (which made common words take hundreds of ms).
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.path, a.title, f.snip, f.rank
                FROM (SELECT rowid, snippet(article_fts, -1, ?, ?, '…', 16) AS snip, rank FROM article_fts
                      WHERE article_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0)' ORDER BY rank LIMIT ?) AS f
                JOIN article a ON a.id = f.rowid ORDER BY f.rank
                """, arguments: [markers.0, markers.1, match, limit]).map {
                SearchResult(id: $0[0], path: $0[1], title: $0[2], snippet: $0[3], rank: $0[4])
            }
        }
    }

    /// The user's words as a bounded FTS5 query (`SearchQuery`); nil when there is no word.
    static func ftsQuery(_ text: String, prefixLast: Bool) -> String? {
        SearchQuery(text)?.fts(prefixLast: prefixLast)
    }

    // MARK: Entities across articles

    /// Entities whose name starts with `prefix` (case-insensitive), most widely mentioned first.
    public func entities(matching prefix: String, type: EntityType? = nil, limit: Int = 50) throws -> [IndexedEntity] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.type, e.normalized, count(*) AS docs, sum(l.count) AS n
                FROM entity e JOIN entity_link l ON l.entityId = e.id
                WHERE e.key LIKE ? ESCAPE '\\' AND (? IS NULL OR e.type = ?)
                GROUP BY e.id ORDER BY docs DESC, n DESC LIMIT ?
                """, arguments: [LibraryIndex.likePrefix(prefix), type?.rawValue, type?.rawValue, limit]).compactMap(LibraryIndex.entity)
        }
    }

    /// The entities of one article with their mention counts there, most mentioned first.
    public func entities(inArticle id: Int64) throws -> [(entity: IndexedEntity, count: Int)] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.type, e.normalized,
                       (SELECT count(*) FROM entity_link WHERE entityId = e.id),
                       (SELECT sum(count) FROM entity_link WHERE entityId = e.id), l.count
                FROM entity_link l JOIN entity e ON e.id = l.entityId
                WHERE l.articleId = ? ORDER BY l.count DESC, e.name
                """, arguments: [id]).compactMap { row in LibraryIndex.entity(row).map { ($0, row[6]) } }
        }
    }

    /// The articles that mention an entity, in library order, with how often each does.
    public func articles(mentioning entityID: Int64) throws -> [(row: LibraryRow, count: Int)] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.path, a.title, a.publisher, a.published,
                       coalesce(r.isRead, 0), coalesce(r.isBookmarked, 0), l.count, \(Self.untitledOpening)
                FROM entity_link l JOIN article a ON a.id = l.articleId
                LEFT JOIN reading_state r ON r.path = a.path
                WHERE l.entityId = ? ORDER BY a.path
                """, arguments: [entityID]).map {
                (LibraryRow(id: $0[0], path: $0[1], title: $0[2], publisher: $0[3], published: $0[4], isRead: $0[5], isBookmarked: $0[6],
                            derivedTitle: Self.derivedTitle($0[8])), $0[7])
            }
        }
    }

    /// Every mention of an entity in reading order: article (library order), then field, then offset.
    /// Spans are stored per article, so this decodes the spans of the articles that mention it.
    public func mentions(of entityID: Int64) throws -> [IndexedMention] {
        let (entity, articles) = try reading { db -> (Row?, [Row]) in
            let entity = try Row.fetchOne(db, sql: "SELECT type, key FROM entity WHERE id = ?", arguments: [entityID])
            let articles = try Row.fetchAll(db, sql: """
                SELECT a.id, a.path, a.entities FROM entity_link l JOIN article a ON a.id = l.articleId
                WHERE l.entityId = ? ORDER BY a.path
                """, arguments: [entityID])
            return (entity, articles)
        }
        guard let entity else { return [] }
        let type: String = entity[0], key: String = entity[1]
        return articles.flatMap { row -> [IndexedMention] in
            guard let data: Data = row[2] else { return [] }
            return SpanCodec.decode(data)
                .filter { $0.type.rawValue == type && EntityKey.key($0.normalized ?? $0.text) == key }
                .sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }
                .map { IndexedMention(articleID: row[0], path: row[1], field: $0.field, range: $0.range, text: $0.text) }
        }
    }

    private static func entity(_ row: Row) -> IndexedEntity? {
        guard let type = EntityType(rawValue: row[2]) else { return nil }
        return IndexedEntity(id: row[0], name: row[1], type: type, normalized: row[3], articleCount: row[4], mentionCount: row[5])
    }

    private static func likePrefix(_ text: String) -> String {
        var escaped = ""
        for c in EntityKey.key(text) {
            if c == "%" || c == "_" || c == "\\" { escaped.append("\\") }
            escaped.append(c)
        }
        return escaped + "%"
    }

    // MARK: Writing (used by Indexer)

    /// What the index knows about every file, by path.
    func storedFiles() throws -> [String: StoredFile] {
        try reading { db in
            var result: [String: StoredFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, id, size, mtime, hash FROM article")
            while let row = try rows.next() {
                let hash: Int64 = row[4]
                result[row[0]] = StoredFile(id: row[1], fingerprint: FileFingerprint(size: row[2], mtime: row[3]),
                                            hash: UInt64(bitPattern: hash))
            }
            return result
        }
    }

    /// Drops files that left the folder (their entity links and FTS rows go with them; reading state stays).
    func remove(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try writing { db in
            let statement = try db.cachedStatement(sql: "DELETE FROM article WHERE path = ?")
            for path in paths { try statement.execute(arguments: [path]) }
            try db.execute(sql: "DELETE FROM entity WHERE id NOT IN (SELECT entityId FROM entity_link)")
        }
    }

    /// Writes one batch in one transaction: after a crash either the whole batch is there or none of it.
    public func write(_ batch: [AnalyzedFile]) throws {
        var entityIDs: [EntityRef: Int64] = [:]
        try write(batch, entityIDs: &entityIDs, beforeCommit: nil)
    }

    /// `entityIDs` caches entity ids across the batches of a run (updated only once a batch commits,
    /// so a rolled-back batch leaves no dangling ids); `beforeCommit` is called before each file is
    /// written, so tests can abort a batch half-way.
    func write(_ batch: [AnalyzedFile], entityIDs cache: inout [EntityRef: Int64], beforeCommit: ((Int) throws -> Void)?) throws {
        cache = try writing(retry: false) { [cache] db in
            let now = Date().timeIntervalSince1970
            // The FTS index follows `title` and `body` through the v3 triggers.
            let upsert = try BoundStatement(db, sql: """
                INSERT INTO article(path, size, mtime, hash, title, byline, published, publisher, error, indexedAt, document, entities, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash,
                    title = excluded.title, byline = excluded.byline, published = excluded.published,
                    publisher = excluded.publisher, error = excluded.error, indexedAt = excluded.indexedAt,
                    document = excluded.document, entities = excluded.entities, body = excluded.body
                RETURNING id
                """)
            let touch = try BoundStatement(db, sql: "UPDATE article SET size = ?, mtime = ? WHERE path = ?")
            let linkDelete = try BoundStatement(db, sql: "DELETE FROM entity_link WHERE articleId = ?")
            let linkInsert = try BoundStatement(db, sql: "INSERT INTO entity_link(articleId, entityId, count) VALUES (?, ?, ?)")
            let entityUpsert = try BoundStatement(db, sql: """
                INSERT INTO entity(type, key, name, normalized) VALUES (?, ?, ?, ?)
                ON CONFLICT(type, key) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
                RETURNING id
                """)
            func upsertArticle(_ file: AnalyzedFile, _ doc: Document?, error: String?, record: Data?, spans: Data?, body: String?) throws -> Int64? {
                upsert.bind(file.path, at: 1)
                upsert.bind(file.fingerprint.size, at: 2)
                upsert.bind(file.fingerprint.mtime, at: 3)
                upsert.bind(Int64(bitPattern: file.hash), at: 4)
                upsert.bind(doc?.title, at: 5)
                upsert.bind(doc?.byline, at: 6)
                upsert.bind(doc?.published, at: 7)
                upsert.bind(doc?.publisher, at: 8)
                upsert.bind(error, at: 9)
                upsert.bind(now, at: 10)
                upsert.bind(record, at: 11)
                upsert.bind(spans, at: 12)
                upsert.bind(body, at: 13)
                return try upsert.run(db)
            }
            let passageTables = try PassageTables(db)
            var entityIDs = cache
            for (position, file) in batch.enumerated() {
                try beforeCommit?(position)
                switch file.outcome {
                case .touched:
                    touch.bind(file.fingerprint.size, at: 1)
                    touch.bind(file.fingerprint.mtime, at: 2)
                    touch.bind(file.path, at: 3)
                    try touch.run(db)
                case .unreadable:
                    continue  // nothing written: the row (if any) keeps its last good version and fingerprint
                case .failed(let message):
                    _ = try upsertArticle(file, nil, error: message, record: nil, spans: nil, body: nil)
                    if let old = file.existingID {
                        linkDelete.bind(old, at: 1); try linkDelete.run(db)
                        try passageTables.remove(article: old, db)
                        try Self.storeStorySignature(nil, articleID: old, db)
                    }
                case let .cleaned(doc, record, body, spans, entities):
                    guard let id = try upsertArticle(file, doc, error: nil, record: record, spans: spans, body: body) else { continue }
                    if file.existingID != nil { linkDelete.bind(id, at: 1); try linkDelete.run(db) }
                    try Self.storeStorySignature(file.storySignature, articleID: id, db)
                    try passageTables.write(file.passages, article: id, replacing: file.existingID != nil, db)
                    for entity in entities {
                        let ref = EntityRef(type: entity.type, key: entity.key)
                        let entityID: Int64
                        if let known = entityIDs[ref] {
                            entityID = known
                        } else {
                            entityUpsert.bind(entity.type.rawValue, at: 1)
                            entityUpsert.bind(entity.key, at: 2)
                            entityUpsert.bind(entity.name, at: 3)
                            entityUpsert.bind(entity.normalized, at: 4)
                            guard let inserted = try entityUpsert.run(db) else { continue }
                            entityID = inserted
                            entityIDs[ref] = entityID
                        }
                        linkInsert.bind(id, at: 1)
                        linkInsert.bind(entityID, at: 2)
                        linkInsert.bind(entity.count, at: 3)
                        try linkInsert.run(db)
                    }
                }
            }
            return entityIDs
        }
    }

    /// Deletes entities nothing mentions any more (after changed files dropped their old links).
    func pruneEntities() throws {
        try writing { try $0.execute(sql: "DELETE FROM entity WHERE id NOT IN (SELECT entityId FROM entity_link)") }
    }
}
