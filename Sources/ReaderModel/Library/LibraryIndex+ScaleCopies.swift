import Foundation
import GRDB

extension LibraryIndex {
    /// For scale benchmarks only: a compacted copy of this index at `path` (which must not exist yet),
    /// with `copies` copies of every article added (`addScaleCopies`), opened for the same folder.
    public func scaledCopy(at path: String, copies: Int) throws -> LibraryIndex {
        try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        let scaled = try LibraryIndex(location: LibraryLocation(root: location.root, indexPath: path))
        try scaled.addScaleCopies(copies)
        return scaled
    }

    /// For scale benchmarks only: adds `copies` copies of every readable article of the library under
    /// `<root>/copy-N/` paths, so a library of measured pages stands in for one ten times its size without
    /// cleaning them again. The copies are not on disk and not in the full-text index (filling it would take
    /// minutes): an indexing run of the folder removes them again.
    public func addScaleCopies(_ copies: Int) throws {
        guard copies > 0 else { return }
        let root = location.root
        for n in 1...copies {
            // One transaction per copy, so the WAL is checkpointed between them instead of growing by the whole copy.
            try writing { db in
                // The insert trigger would tokenise every copied body: set aside for the copy, then restored as it was.
                let trigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'article_fts_insert'")
                if trigger != nil { try db.execute(sql: "DROP TRIGGER article_fts_insert") }
                try db.execute(sql: """
                    INSERT INTO article(path, size, mtime, hash, title, byline, published, publisher, error, indexedAt, document, entities, body)
                    SELECT :root || '/copy-' || :n || substr(path, length(:root) + 1), size, mtime, hash, title, byline, published,
                           publisher, error, indexedAt, document, entities, body
                    FROM article WHERE error IS NULL AND substr(path, 1, length(:root) + 6) != :root || '/copy-'
                    """, arguments: ["root": root, "n": n])
                if let trigger { try db.execute(sql: trigger) }
            }
        }
    }
}
