import GRDB

/// Where the passage lookup keys live since migration "indexspeed-v1": a contentless FTS5 table,
/// one document per article (rowid = article id, its keys as tokens), instead of one row per key in
/// a `passage_key` B-tree.
///
/// About 100 keys an article, each a random 32-bit value, made some 100 random B-tree inserts an
/// article and dirtied pages all over the table at every commit (the writer's largest cost after the
/// body's full-text index). FTS5 gathers a transaction's tokens in memory and writes them as one
/// sorted segment, merged in the background of later writes; a lookup (`MATCH` on one key) still
/// returns its articles in ascending id order, as the B-tree's primary key did.
///
/// `passage.keys` (the JSON list) stays the source: triggers keep the FTS table in step with it (a
/// contentless table is told which tokens to remove, which are exactly the old list), and
/// `passage_key` remains as a view of (hash, articleId) rows read from those lists, so queries and
/// deletes written for the old table keep working.
enum PassageKeyIndex {
    static let table = "passage_key_fts"

    /// Replaces the `passage_key` table of "passages-v1" by the FTS5 table, filled from `passage`.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER passage_delete;
            DROP TABLE passage_key;
            -- detail=none: only which articles hold a key, no positions; columnsize=0: no per-row sizes
            -- (bm25 is never asked for); 'ascii': the JSON list "[12,345]" splits into its numbers.
            CREATE VIRTUAL TABLE \(table) USING fts5(keys, content = '', detail = none, columnsize = 0, tokenize = 'ascii');
            INSERT INTO \(table)(rowid, keys) SELECT articleId, keys FROM passage ORDER BY articleId;
            CREATE TRIGGER passage_insert AFTER INSERT ON passage BEGIN
                INSERT INTO \(table)(rowid, keys) VALUES (new.articleId, new.keys);
            END;
            CREATE TRIGGER passage_delete AFTER DELETE ON passage BEGIN
                INSERT INTO \(table)(\(table), rowid, keys) VALUES ('delete', old.articleId, old.keys);
            END;
            CREATE TRIGGER passage_update AFTER UPDATE OF articleId, keys ON passage BEGIN
                INSERT INTO \(table)(\(table), rowid, keys) VALUES ('delete', old.articleId, old.keys);
                INSERT INTO \(table)(rowid, keys) VALUES (new.articleId, new.keys);
            END;
            CREATE VIEW passage_key(hash, articleId) AS
                SELECT CAST(k.value AS INTEGER), p.articleId FROM passage p, json_each(p.keys) k;
            -- Deleting a (hash, articleId) row takes that key out of the article's list (and so out of the lookup).
            CREATE TRIGGER passage_key_delete INSTEAD OF DELETE ON passage_key BEGIN
                UPDATE passage SET keys = (SELECT json_group_array(value) FROM json_each(passage.keys) WHERE value != old.hash)
                WHERE articleId = old.articleId;
            END;
            """)
    }

    /// The statement finding the articles that hold a key (bind `query(key)`), in ascending id order, at most `limit`.
    static func holdersSQL(limit: Int) -> String {
        "SELECT rowid FROM \(table) WHERE \(table) MATCH ? LIMIT \(limit)"
    }

    /// A key as an FTS5 query: one quoted token.
    static func query(_ key: UInt32) -> String {
        "\"\(key)\""
    }
}
