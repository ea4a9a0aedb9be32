/// Why an index could not be opened or used; `description` is the message for the user.
public enum LibraryIndexError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The path holds something that is not a lede index: it is left exactly as it is.
    case notAnIndex(path: String, what: String)
    /// The index records another folder that still exists.
    case otherFolder(index: String, recorded: String, given: String)
    /// Only `--index` was given and the index records no folder (it is new).
    case noFolder(index: String)
    case cannotLock(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notAnIndex(path, what):
            return "\(path) is not a lede index (it is \(what)); it was left untouched. Give --index a new file name or an existing lede index."
        case let .otherFolder(index, recorded, given):
            return "the index \(index) belongs to the folder \(recorded), not \(given). Give \(given) its own index (another --index file, or none for the default), or open \(recorded)."
        case let .noFolder(index):
            return "the index \(index) does not record a library folder yet: give the folder too (lede index FOLDER --index \(index))."
        case let .cannotLock(path, reason):
            return "cannot use the lock file \(path) (\(reason.lowercased()))"
        }
    }
}
