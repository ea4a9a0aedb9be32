import GRDB

/// The index's passage tables (migration "passages-v1", keys moved by "indexspeed-v1") and the
/// writer the indexer uses for them.
///
/// The lookup keys map to the articles holding them (`PassageKeyIndex`), so the articles sharing a
/// sentence with one are found by key, never by a pass over the library; `passage` lists an article's keys.
/// The units themselves are not stored: they are worked out again from the stored documents of the
/// few articles compared (about 0.3 ms each), which keeps a write to some 100 small rows instead of
/// adding 70% to the bytes of an article.
struct PassageTables {
    /// Set in `library_meta` when articles indexed before passages existed still lack them.
    static let backfillKey = "passages-backfill"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE passage (
                articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                keys TEXT NOT NULL
            );
            CREATE TABLE passage_key (
                hash INTEGER NOT NULL,
                articleId INTEGER NOT NULL,
                PRIMARY KEY (hash, articleId)
            ) WITHOUT ROWID;
            -- An article's keys leave with its passage row (deleted, or cascaded from the article) by
            -- primary key, from the JSON list kept there: no second index on passage_key to keep up,
            -- which halved the cost of writing the keys.
            CREATE TRIGGER passage_delete AFTER DELETE ON passage BEGIN
                DELETE FROM passage_key WHERE articleId = old.articleId AND hash IN (SELECT value FROM json_each(old.keys));
            END;
            INSERT INTO library_meta(key, value) SELECT '\(backfillKey)', 'pending' WHERE EXISTS (SELECT 1 FROM article);
            """)
    }

    private let store: BoundStatement
    private let deleteUnits: BoundStatement

    init(_ db: Database) throws {
        // The keys reach the lookup table through `passage_insert` (`PassageKeyIndex`).
        store = try BoundStatement(db, sql: "INSERT INTO passage(articleId, keys) VALUES (?, ?)")
        deleteUnits = try BoundStatement(db, sql: "DELETE FROM passage WHERE articleId = ?")
    }

    /// Writes an article's passages; `replacing` when it may have older ones (a re-indexed file).
    func write(_ passages: StoredPassages?, article id: Int64, replacing: Bool, _ db: Database) throws {
        if replacing { try remove(article: id, db) }
        guard let passages else { return }
        store.bind(id, at: 1)
        store.bind(passages.list, at: 2)
        try store.run(db)
    }

    /// Drops an article's passages (its keys go with them, `passage_delete`).
    func remove(article id: Int64, _ db: Database) throws {
        deleteUnits.bind(id, at: 1)
        try deleteUnits.run(db)
    }
}
