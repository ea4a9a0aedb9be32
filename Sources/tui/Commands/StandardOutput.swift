import Foundation

/// Makes output cut short a failure: `print` goes through stdio, which keeps write errors
/// (a full disk, `>/dev/full`) to itself, so every command's output is flushed and checked at exit.
enum StandardOutput {
    /// Flushes stdout; the message for the user when stdout or stderr lost bytes, nil when all arrived.
    static func finish() -> String? {
        let stream = standardOutputStream()
        let flushed = fflush(stream) == 0
        let flushErrno = errno
        // ferror also catches a buffer flush that failed earlier, while the command was printing.
        if !flushed || (stream.map { ferror($0) != 0 } ?? false) {
            let why = flushed ? "a write failed" : String(cString: strerror(flushErrno)).lowercased()
            return "lede: the output is incomplete: could not write to standard output (\(why))"
        }
        if let code = StandardError.firstFailure {
            return "lede: messages are incomplete: could not write to standard error (\(String(cString: strerror(code)).lowercased()))"
        }
        return nil
    }

    /// Writes UTF-8 bytes to stdio's `stdout`, as `print` writes a String's (errors are left to `finish`).
    static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        guard let stream = standardOutputStream() else { return print(String(decoding: bytes, as: UTF8.self), terminator: "") }
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stream) }
    }

    /// stdio's `stdout`. Swift 6 refuses to read the C global directly (shared mutable state), so it is
    /// looked up by symbol, at exit and for each piece `write` writes. Nil (all streams are flushed, unchecked) if not found.
    private static func standardOutputStream() -> UnsafeMutablePointer<FILE>? {
        #if canImport(Darwin)
        let (everywhere, name) = (UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")  // RTLD_DEFAULT
        #else
        let (everywhere, name): (UnsafeMutableRawPointer?, String) = (nil, "stdout")  // RTLD_DEFAULT is NULL
        #endif
        guard let address = dlsym(everywhere, name) else { return nil }
        return address.load(as: UnsafeMutablePointer<FILE>?.self)
    }
}
