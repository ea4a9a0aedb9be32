import GRDB

/// The versioned schema of a library index, as GRDB migrations (append new ones, never edit old ones).
enum IndexSchema {
    /// `PRAGMA application_id` of a lede index ("lede" in ASCII), so foreign SQLite files are recognised.
    static let applicationID: Int32 = 0x6C65_6465

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, full-text, entities, reading state") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

                -- One row per file; a file counts as indexed only once its row is committed.
                -- `error` is set for files that could not be read, so they are not retried until they change.
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash INTEGER NOT NULL,
                    title TEXT,
                    byline TEXT,
                    published TEXT,
                    publisher TEXT,
                    document BLOB,
                    error TEXT,
                    indexedAt REAL NOT NULL
                );

                -- Title and body only; bm25 weights are given at query time.
                CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
                    DELETE FROM article_fts WHERE rowid = old.id;
                END;

                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    type TEXT NOT NULL,
                    key TEXT NOT NULL,
                    name TEXT NOT NULL,
                    normalized TEXT,
                    UNIQUE (type, key)
                );

                -- fieldKind follows DocumentField's order (0 title, 1 standfirst, 2 paragraph, 3 caption),
                -- so ORDER BY article, fieldKind, fieldIndex, start is reading order.
                CREATE TABLE mention (
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    fieldKind INTEGER NOT NULL,
                    fieldIndex INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX mention_entity ON mention(entityId, articleId);
                CREATE INDEX mention_article ON mention(articleId);

                -- Keyed by path, not article id, so it survives re-indexing and a file coming back.
                CREATE TABLE reading_state (
                    path TEXT PRIMARY KEY,
                    isRead INTEGER NOT NULL DEFAULT 0,
                    isBookmarked INTEGER NOT NULL DEFAULT 0,
                    updatedAt REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: entity links per article, spans stored with the article") { db in
            // One row per mention made the writer the bottleneck (hundreds of random index inserts per
            // article); now one row per (article, entity) with a count, and the spans ride along as JSON.
            // Articles are dropped so the next run re-indexes them; reading state is keyed by path and stays.
            try db.execute(sql: """
                DROP TABLE mention;
                DELETE FROM entity;
                DELETE FROM article;
                ALTER TABLE article ADD COLUMN entities BLOB;
                CREATE TABLE entity_link (
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (articleId, entityId)
                ) WITHOUT ROWID;
                CREATE INDEX entity_link_entity ON entity_link(entityId);
                """)
        }
        migrator.registerMigration("v3: body stored once (external-content FTS), compact document and spans") { db in
            // v2 stored each body three times over (in the document JSON, in FTS5's own content table and,
            // tokenised, in the FTS index): 37 KB an article. Now `article.body` holds it once, FTS5 reads
            // it from there (content='article') and the triggers keep the index in step with the table;
            // `document` and `entities` are small binary blobs (DocumentCodec, SpanCodec).
            // The big columns come last, so listing and scanning the table never reads their overflow pages.
            // Articles are re-indexed; reading state is keyed by path and stays.
            try db.execute(sql: """
                DROP TRIGGER article_fts_delete;
                DROP TABLE article_fts;
                DELETE FROM entity_link;
                DELETE FROM entity;
                DROP TABLE article;
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash INTEGER NOT NULL,
                    title TEXT,
                    byline TEXT,
                    published TEXT,
                    publisher TEXT,
                    error TEXT,
                    indexedAt REAL NOT NULL,
                    document BLOB,
                    entities BLOB,
                    body TEXT
                );
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, body, content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
                -- An external-content index must be told the old values to remove: the triggers give it old.*,
                -- which are exactly what was indexed. Touching size/mtime alone does not re-index.
                CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
                    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                END;
                CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                -- Merge segments 8 at a time (default 4): about a tenth less FTS write CPU on a cold index of
                -- 10,000 pages, and queries stay at ~20 ms. (Stored in article_fts_config, so it persists.)
                INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8);
                INSERT INTO article_fts(article_fts, rank) VALUES ('crisismerge', 32);
                """)
        }
        FetchSchema.register(in: &migrator)
        migrator.registerMigration("reliab2-v1: failed files indexed apart, so the list is counted without a scan") { db in
            // count(*) of the whole table reads only the path index; the few failed rows are counted by this
            // one and subtracted. `WHERE error IS NULL` scanned every row: 300 ms at 100,000 articles.
            try db.execute(sql: "CREATE INDEX article_failed ON article(id) WHERE error IS NOT NULL")
        }
        migrator.registerMigration("stories-v1: story signatures per article") { db in
            // One signature per cleaned article (StorySignatureCodec), written with it, so grouping by
            // story reads this table and never re-cleans. Articles indexed before have none: their hash is
            // cleared so the next run cleans them again (their size and mtime alone would say unchanged).
            try db.execute(sql: """
                CREATE TABLE story_signature (
                    articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                    signature BLOB NOT NULL
                );
                UPDATE article SET hash = 0, mtime = -1 WHERE error IS NULL;
                """)
        }
        migrator.registerMigration("passages-v1: sentence and quote shingles per article") { db in
            try PassageTables.create(db)
        }
        migrator.registerMigration("indexspeed-v1") { db in
            try PassageKeyIndex.migrate(db)
        }
        return migrator
    }
}
