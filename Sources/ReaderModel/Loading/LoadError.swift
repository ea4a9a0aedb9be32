/// Why a file could not be read as an article; `description` is one line naming the file.
public struct LoadError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        case unreadable(String), empty, binary, tooLarge(limit: Int), directory
        /// Only spaces, tabs and newlines.
        case blank
        /// A recognised binary format, named ("a PDF document").
        case binaryFormat(String)
        /// A container (MHTML, web archive, gzip) whose page cannot be got out, and why.
        case badArchive(SavedPageContainer, reason: String)
    }
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        let path = PrintableText.escaped(self.path)
        switch kind {
        case .unreadable(let why): return "\(path): cannot read (\(why))"
        case .empty: return "\(path): empty file, nothing to read"
        case .blank: return "\(path): only whitespace, nothing to read"
        case .binary: return "\(path): looks like a binary file, not a saved page"
        case .binaryFormat(let what): return "\(path): looks like \(what), not a saved page"
        case .tooLarge(let limit): return "\(path): larger than \(LoadError.size(limit)), refused"
        case .directory: return "\(path): is a directory"
        case .badArchive(let container, let reason):
            return "\(path): cannot read the page in this \(container.rawValue): \(PrintableText.escaped(reason))"
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MiB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
