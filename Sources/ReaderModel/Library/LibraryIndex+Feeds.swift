import Foundation
import GRDB

/// Feed state and saved URLs (tables of `FetchSchema`).
extension LibraryIndex {
    public func feeds() throws -> [FeedRecord] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, url, title, etag, lastModified, fetchedAt, error FROM fetch_feed ORDER BY id").map(Self.feed)
        }
    }

    /// Adds a feed; returns it and whether it is new (an existing one with the same URL is returned as is).
    @discardableResult
    public func addFeed(url: String, title: String? = nil) throws -> (feed: FeedRecord, added: Bool) {
        try writing { db in
            if let row = try Row.fetchOne(db, sql: "SELECT id, url, title, etag, lastModified, fetchedAt, error FROM fetch_feed WHERE url = ?", arguments: [url]) {
                return (Self.feed(row), false)
            }
            try db.execute(sql: "INSERT INTO fetch_feed(url, title, addedAt) VALUES (?, ?, ?)",
                           arguments: [url, title, Date().timeIntervalSince1970])
            return (FeedRecord(id: db.lastInsertedRowID, url: url, title: title), true)
        }
    }

    /// Forgets a feed and its seen items; its saved articles stay in the folder.
    public func removeFeed(id: Int64) throws {
        try writing { db in try db.execute(sql: "DELETE FROM fetch_feed WHERE id = ?", arguments: [id]) }
    }

    /// Records the outcome of fetching a feed.
    public func updateFeed(id: Int64, title: String?, validators: Validators, error: String?) throws {
        try writing { db in
            try db.execute(sql: """
                UPDATE fetch_feed SET title = coalesce(?, title), etag = ?, lastModified = ?, fetchedAt = ?, error = ? WHERE id = ?
                """, arguments: [title, validators.etag, validators.lastModified, Date().timeIntervalSince1970, error, id])
        }
    }

    /// The keys of the items of a feed already handled.
    public func seenItemKeys(feedID: Int64) throws -> Set<String> {
        try reading { db in Set(try String.fetchAll(db, sql: "SELECT itemKey FROM fetch_item WHERE feedId = ?", arguments: [feedID])) }
    }

    public func recordItem(feedID: Int64, key: String, url: String?, path: String?) throws {
        try writing { db in
            try db.execute(sql: "INSERT OR REPLACE INTO fetch_item(feedId, itemKey, url, path, seenAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [feedID, key, url, path, Date().timeIntervalSince1970])
        }
    }

    /// The library-relative path an article with one of these canonical URLs was saved under, if any.
    public func savedPath(forAnyOf urls: [String]) throws -> String? {
        guard !urls.isEmpty else { return nil }
        return try reading { db in
            for url in urls {
                if let path = try String.fetchOne(db, sql: "SELECT path FROM fetch_saved_url WHERE url = ?", arguments: [url]) { return path }
            }
            return nil
        }
    }

    /// Remembers the canonical URLs a saved article (library-relative `path`) answers to.
    public func recordSaved(urls: [String], path: String, feedID: Int64?) throws {
        guard !urls.isEmpty else { return }
        try writing { db in
            let now = Date().timeIntervalSince1970
            for url in urls {
                try db.execute(sql: "INSERT OR IGNORE INTO fetch_saved_url(url, path, feedId, savedAt) VALUES (?, ?, ?, ?)",
                               arguments: [url, path, feedID, now])
            }
        }
    }

    /// Library-relative path → feed id, for every article a feed brought in.
    public func feedOfSavedPaths() throws -> [String: Int64] {
        try reading { db in
            var result: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, feedId FROM fetch_saved_url WHERE feedId IS NOT NULL") {
                result[row[0]] = row[1]
            }
            return result
        }
    }

    /// Feed id → library-relative paths of the articles it brought in (saved by it, or already saved
    /// when one of its items came), for filtering the list by feed.
    public func feedArticlePaths() throws -> [Int64: Set<String>] {
        try reading { db in
            var result: [Int64: Set<String>] = [:]
            let sql = "SELECT feedId, path FROM fetch_saved_url WHERE feedId IS NOT NULL UNION SELECT feedId, path FROM fetch_item WHERE path IS NOT NULL"
            for row in try Row.fetchAll(db, sql: sql) {
                result[row[0], default: []].insert(row[1])
            }
            return result
        }
    }

    private static func feed(_ row: Row) -> FeedRecord {
        FeedRecord(id: row["id"], url: row["url"], title: row["title"],
                   validators: Validators(etag: row["etag"], lastModified: row["lastModified"]),
                   fetchedAt: (row["fetchedAt"] as Double?).map { Date(timeIntervalSince1970: $0) }, error: row["error"])
    }
}
