/// Walks a library folder and stats every article file in it (no reading: this is the fast path).
public struct LibraryScanner: Sendable {
    public init() {}

    /// What a walk found: the article files, and the places it could not look into.
    public struct Scan: Sendable {
        public var files: [String: FileFingerprint] = [:]
        /// Folders, links and files that could not be listed or stat'ed (permission denied, dangling or
        /// looping links, over-long paths): what the index holds below them is kept, not removed.
        public var unreadable: [LoadError] = []
        /// Files listed and stat'ed whose permission bits do not let this process read them.
        public var unreadableFiles: Set<String> = []

        /// True when `path` is, or lies below, a place the walk could not look into.
        public func isUnreachable(_ path: String) -> Bool {
            unreadable.contains { path == $0.path || path.hasPrefix($0.path.hasSuffix("/") ? $0.path : $0.path + "/") }
        }
    }

    /// Every article file below `root` with its fingerprint, by path. The files are the loader's
    /// (`DirectoryWalker` with the loader's name rule), so the index and an in-memory corpus of the
    /// same folder always hold the same articles.
    public func scan(root: String) -> [String: FileFingerprint] {
        scanReporting(root: root).files
    }

    /// `scan`, with the places that could not be read.
    public func scanReporting(root: String) -> Scan {
        let listing = DirectoryWalker().walk(root, accepts: ArticleLoader.isArticleName)
        var scan = Scan()
        scan.unreadable = listing.failures
        scan.files.reserveCapacity(listing.files.count)
        let permission = ReadPermission()
        for path in listing.files {
            guard let (fingerprint, readable) = FileFingerprint.stat(path: path, permission: permission) else { continue }
            scan.files[path] = fingerprint
            if !readable { scan.unreadableFiles.insert(path) }
        }
        return scan
    }
}
