/// Walks a library folder and stats every article file in it (no reading: this is the fast path).
public struct LibraryScanner: Sendable {
    public init() {}

    /// Every article file below `root` with its fingerprint, by path. The files are the loader's
    /// (`DirectoryWalker` with the loader's name rule), so the index and an in-memory corpus of the
    /// same folder always hold the same articles.
    public func scan(root: String) -> [String: FileFingerprint] {
        let listing = DirectoryWalker().walk(root, accepts: ArticleLoader.isArticleName)
        var found: [String: FileFingerprint] = [:]
        found.reserveCapacity(listing.files.count)
        for path in listing.files {
            if let fingerprint = FileFingerprint.stat(path: path) { found[path] = fingerprint }
        }
        return found
    }
}
