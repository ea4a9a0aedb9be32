import GRDB

/// The tables of `lede add`, `lede feed` and `lede fetch`: feeds with their validators and last error,
/// the items already seen per feed, and every URL an article was saved under (for duplicates).
/// Paths are relative to the library folder, so they survive the folder moving.
enum FetchSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("fetch-v1") { db in
            try db.execute(sql: """
                CREATE TABLE fetch_feed (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,
                    etag TEXT,
                    lastModified TEXT,
                    fetchedAt REAL,
                    error TEXT,
                    addedAt REAL NOT NULL
                );
                -- itemKey: the item's guid or id, else its canonical link. A row means "handled": saved,
                -- or given up on for good; an item whose page and content both failed is not recorded.
                CREATE TABLE fetch_item (
                    feedId INTEGER NOT NULL REFERENCES fetch_feed(id) ON DELETE CASCADE,
                    itemKey TEXT NOT NULL,
                    url TEXT,
                    path TEXT,
                    seenAt REAL NOT NULL,
                    PRIMARY KEY (feedId, itemKey)
                ) WITHOUT ROWID;
                -- Canonical URLs (tracking parameters dropped) of saved articles; feedId is not a foreign
                -- key: removing a feed keeps its articles and their duplicate guard.
                CREATE TABLE fetch_saved_url (
                    url TEXT PRIMARY KEY,
                    path TEXT NOT NULL,
                    feedId INTEGER,
                    savedAt REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX fetch_saved_url_path ON fetch_saved_url(path);
                """)
        }
    }
}
