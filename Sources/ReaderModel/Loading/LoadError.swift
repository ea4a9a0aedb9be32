/// Why a file could not be read as an article; `description` is one line naming the file.
public struct LoadError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        case unreadable(String), empty, binary, tooLarge(limit: Int), directory
    }
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .unreadable(let why): return "\(path): cannot read (\(why))"
        case .empty: return "\(path): empty file, nothing to read"
        case .binary: return "\(path): looks like a binary file, not a saved page"
        case .tooLarge(let limit): return "\(path): larger than \(limit / 1_048_576) MiB, refused"
        case .directory: return "\(path): is a directory"
        }
    }
}
