import Foundation
import ReaderModel

/// Writes an export next to others without ever overwriting: `title.md`, `title-2.md`, ...
/// (a stand-in until `AtomicWriter` lands in ReaderModel/Export; swap the body of `write`).
enum ExportFileWriter {
    /// A file-name stem from a title: lowercase ASCII letters and digits joined by dashes.
    static func stem(for document: Document) -> String {
        let source = document.title ?? (document.source as NSString).deletingPathExtension
        var out = ""
        for scalar in source.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty, out.last != "-" { out.append("-") }
            if out.count >= 60 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "article" : out
    }

    /// Creates a new file with `O_EXCL` so an existing one is never replaced; returns its path.
    static func write(_ text: String, directory: String, stem: String, fileExtension: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let data = Array(text.utf8)
        for n in 1...999 {
            let name = n == 1 ? "\(stem).\(fileExtension)" : "\(stem)-\(n).\(fileExtension)"
            let path = (directory as NSString).appendingPathComponent(name)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw ExportWriteError(path: path, reason: String(cString: strerror(errno)))
            }
            defer { close(fd) }
            var written = 0
            while written < data.count {
                let n = data[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                if n <= 0 { throw ExportWriteError(path: path, reason: String(cString: strerror(errno))) }
                written += n
            }
            return path
        }
        throw ExportWriteError(path: directory, reason: "too many exports named \(stem)")
    }
}

/// An export that could not be written.
struct ExportWriteError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write \(path): \(reason)" }
}
