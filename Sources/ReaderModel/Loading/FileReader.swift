import Foundation

/// Reads a whole regular file with one open and one `fstat`: the size is checked against the
/// limit before any byte is read, and FIFOs or devices are refused instead of blocking.
public enum FileReader {
    public static func contents(of path: String, maxBytes: Int) throws(LoadError) -> [UInt8] {
        let fd = FileSystemPath.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { throw LoadError(path: path, kind: .unreadable(errorText(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw LoadError(path: path, kind: .unreadable(errorText(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw LoadError(path: path, kind: .directory)
        default: throw LoadError(path: path, kind: .unreadable("not a regular file"))
        }
        // A file rewritten while it is read (an editor's save truncates, then writes) can give a
        // torn read, with zeros where the truncation cleared the page being copied; its size or
        // change time then differs after the read, so it is read again, a few times at most.
        var before = info
        for _ in 0..<maximumReads {
            let bytes = try readAll(fd, path: path, size: Int(before.st_size), maxBytes: maxBytes)
            var after = stat()
            guard fstat(fd, &after) == 0 else { return bytes }
            if !Self.changed(before, after) { return bytes }
            before = after
            guard lseek(fd, 0, SEEK_SET) == 0 else { break }
        }
        // Every read was torn: none stands for the file, which a later run reads again.
        throw LoadError(path: path, kind: .unreadable(keptChanging))
    }

    /// Reads of a file that keeps changing while it is read, before it is given up as unreadable for now.
    static let maximumReads = 4
    /// Why a file whose every read was torn is not read.
    public static let keptChanging = "it kept changing while it was read"

    private static func changed(_ a: stat, _ b: stat) -> Bool {
        a.st_size != b.st_size || a.st_ctim.tv_sec != b.st_ctim.tv_sec || a.st_ctim.tv_nsec != b.st_ctim.tv_nsec
    }

    /// Every byte from the file's offset to its end; `size` (from fstat) sizes the buffer.
    private static func readAll(_ fd: Int32, path: String, size: Int, maxBytes: Int) throws(LoadError) -> [UInt8] {
        guard size <= maxBytes else { throw LoadError(path: path, kind: .tooLarge(limit: maxBytes)) }
        // One byte more than the limit is read so a file that grew since fstat is still caught.
        let capacity = min(size, maxBytes) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxBytes else { throw LoadError(path: path, kind: .tooLarge(limit: maxBytes)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maxBytes + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw LoadError(path: path, kind: .unreadable(errorText(errno)))
            }
            if got == 0 { break }
            count += got
        }
        guard count <= maxBytes else { throw LoadError(path: path, kind: .tooLarge(limit: maxBytes)) }
        bytes.removeSubrange(count...)
        return bytes
    }

    static func errorText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
