import Foundation
import ReaderModel

/// One-line messages to stderr, so stdout stays clean for the article output.
///
/// Written with `write(2)`, not `FileHandle.write`, which traps when the write fails
/// (`2>/dev/full`); a failed write is remembered so the command can exit non-zero.
enum StandardError {
    static func print(_ line: String) {
        write(PrintableText.escaped(line, keepingNewlines: true) + "\n")
    }

    /// Writes `text` as it is (the progress bar redraws its line with `\r`).
    static func write(_ text: String) {
        if !FileDescriptorWriter.writeAll(Array(text.utf8), to: STDERR_FILENO) { failures.record(errno) }
    }

    /// The errno of the first failed write to stderr, nil while every write succeeded.
    static var firstFailure: Int32? { failures.first }

    private static let failures = WriteFailures()
}

/// Writes whole buffers to a file descriptor, retrying short writes and interrupted calls.
enum FileDescriptorWriter {
    /// False when the descriptor refused some of the bytes (errno says why).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

/// The first write error seen, kept across threads (the reader's workers may report too).
final class WriteFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var code: Int32?

    func record(_ errno: Int32) { lock.withLock { if code == nil { code = errno } } }
    var first: Int32? { lock.withLock { code } }
}
