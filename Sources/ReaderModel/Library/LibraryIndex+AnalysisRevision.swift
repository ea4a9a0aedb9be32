import GRDB

extension LibraryIndex {
    /// The `AnalysisRevision` that analysed the indexed articles; nil for an index from before
    /// revisions were recorded (or a new one).
    func analysisRevision() throws -> String? {
        try reading { try String.fetchOne($0, sql: "SELECT value FROM library_meta WHERE key = ?", arguments: [AnalysisRevision.metaKey]) }
    }

    /// Records that every indexed article is now analysed by the current revision.
    func recordCurrentAnalysisRevision() throws {
        try writing {
            try $0.execute(sql: "INSERT OR REPLACE INTO library_meta(key, value) VALUES (?, ?)",
                           arguments: [AnalysisRevision.metaKey, AnalysisRevision.current])
        }
    }
}
