/// Why an export could not be written; `description` is one line naming the file.
public struct WriteError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The target exists and `force` was not given.
        case exists
        /// The target is a directory.
        case isDirectory
        /// A system call failed: what was being done and the system's reason.
        case failed(String)
    }
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        // The path may come from a page's title: no control byte of it reaches the terminal.
        let path = PrintableText.escaped(self.path)
        switch kind {
        case .exists: return "\(path): already exists, not overwritten (use --force to replace it)"
        case .isDirectory: return "\(path): is a directory"
        case .failed(let why): return "\(path): cannot write (\(why))"
        }
    }
}
