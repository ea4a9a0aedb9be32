import Foundation

/// Writes files so that readers never see half a file and nothing is clobbered by accident:
/// the bytes go to a temporary file in the target's directory, are fsync'ed, then moved into
/// place with `rename` (replacing, only with `force`) or `link` (fails if the name exists, so
/// a concurrent writer cannot be overwritten between a check and the write).
public enum AtomicWriter {
    public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(WriteError) {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw WriteError(path: path, kind: .isDirectory) }
        let temp = try writeTemporary(bytes, beside: path)
        defer { unlink(temp) }  // after a successful rename the name is gone and this is a no-op
        try publish(temp, at: path, force: force)
        syncDirectory(of: path)
    }

    /// Writes under the first name `name(n)` (n = 1, 2, ...) not taken in `directory`; returns the path.
    public static func writeFresh(_ bytes: [UInt8], in directory: String, name: (Int) -> String) throws(WriteError) -> String {
        // The first name free now is the one a failure is reported under: naming name(1),
        // which may well be someone's existing file, misled the user.
        var first = 1
        var info = stat()
        while first < 10_000, lstat(join(directory, name(first)), &info) == 0 { first += 1 }
        let probe = join(directory, name(first))
        let temp = try writeTemporary(bytes, beside: probe)
        defer { unlink(temp) }
        for number in first...10_000 {
            let path = join(directory, name(number))
            do {
                try publish(temp, at: path, force: false)
                syncDirectory(of: path)
                return path
            } catch where error.kind == .exists {
                continue
            }
        }
        throw WriteError(path: probe, kind: .failed("no free file name"))
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty || directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A new, fully written and synced file next to `path`, created with O_EXCL.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(WriteError) -> String {
        // The target's name, shortened so the temporary name (16 bytes longer) still fits a
        // file system's 255-byte limit when the target's own name is close to it.
        let fullName = path.split(separator: "/").last.map(String.init) ?? "export"
        var name = ""
        for character in fullName {
            guard name.utf8.count + character.utf8.count <= 200 else { break }
            name.append(character)
        }
        var fd: Int32 = -1
        var temp = ""
        for _ in 0..<100 {
            temp = join(directory(of: path), ".\(name).\(UInt32.random(in: 0...UInt32.max)).tmp")
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw WriteError(path: path, kind: .failed(errno == ENOENT ? "its directory does not exist" : FileReader.errorText(errno)))
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let reason = FileReader.errorText(errno)
                close(fd)
                unlink(temp)
                throw WriteError(path: path, kind: .failed(reason))
            }
            written += count
        }
        let synced = fsync(fd) == 0
        let reason = FileReader.errorText(errno)
        close(fd)
        guard synced else {
            unlink(temp)
            throw WriteError(path: path, kind: .failed("fsync: \(reason)"))
        }
        return temp
    }

    /// Moves the temporary file to `path`.
    private static func publish(_ temp: String, at path: String, force: Bool) throws(WriteError) {
        if force {
            guard rename(temp, path) == 0 else {
                throw WriteError(path: path, kind: errno == EISDIR ? .isDirectory : .failed(FileReader.errorText(errno)))
            }
            return
        }
        if link(temp, path) == 0 { return }
        switch errno {
        case EEXIST: throw WriteError(path: path, kind: .exists)
        case EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK:
            // No hard links on this file system: claim the name with O_EXCL, then rename over
            // our own placeholder. Someone else's file is still never replaced.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw WriteError(path: path, kind: errno == EEXIST ? .exists : .failed(FileReader.errorText(errno)))
            }
            close(fd)
            guard rename(temp, path) == 0 else {
                let reason = FileReader.errorText(errno)
                unlink(path)
                throw WriteError(path: path, kind: .failed(reason))
            }
        default:
            throw WriteError(path: path, kind: .failed(FileReader.errorText(errno)))
        }
    }

    /// Makes the new directory entry durable too; best effort (not every file system allows it).
    private static func syncDirectory(of path: String) {
        let fd = open(directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// The system call, reachable under a name that `AtomicWriter.write` does not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
