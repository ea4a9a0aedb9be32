import Foundation

/// Saves pages into the library folder as ordinary files named after their cleaned title: written
/// atomically under a name not yet taken (never overwriting), and recorded by canonical URL so the
/// same article is not saved twice.
public struct LibraryIntake: Sendable {
    public let index: LibraryIndex
    public var root: String { index.location.root }
    /// One save at a time: the duplicate check, the write and the record of its URLs go together,
    /// so two items of concurrent feeds naming the same article save it once.
    private let saving = NSLock()

    public init(index: LibraryIndex) {
        self.index = index
    }

    /// The canonical keys of `urls`, in order, without repeats.
    static func keys(_ urls: [String]) -> [String] {
        var seen: Set<String> = []
        return urls.compactMap(CanonicalURL.key).filter { seen.insert($0).inserted }
    }

    /// The saved copy of any of these URLs, as an absolute path.
    public func existing(_ urls: [String]) throws -> String? {
        try index.savedPath(forAnyOf: Self.keys(urls)).map(absolute)
    }

    public func save(_ page: IntakePage) throws -> IntakeOutcome {
        var urls = page.urls
        if page.format == .html, let href = CanonicalLinkFinder.find(in: page.bytes),
           let canonical = CanonicalURL.resolve(href, against: page.urls.last) {
            urls.append(canonical)
        }
        let keys = Self.keys(urls)
        saving.lock()
        defer { saving.unlock() }
        if let path = try index.savedPath(forAnyOf: keys) { return .duplicate(path: absolute(path)) }
        let article = try ArticleLoader().article(from: page.bytes, source: page.origin, format: page.format)
        let document = Cleaner().clean(article, site: nil, explains: false)
        // An untitled copy (a text snippet) is named after its opening words, as the list shows it.
        let title = document.title ?? LibraryIndex.derivedTitle(document.standfirst ?? document.paragraphs.first)
        let ext = page.format == .html ? ".html" : ".txt"
        let path = try AtomicWriter.writeFresh(page.bytes, in: root) { ArticleFileName.name(title: title, ext: ext, number: $0) }
        try index.recordSaved(urls: keys, path: relative(path), feedID: page.feedID)
        return .saved(path: path, title: title)
    }

    func absolute(_ relative: String) -> String { relative.hasPrefix("/") ? relative : root + "/" + relative }

    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
