#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names are bytes, not text: a name that is not valid UTF-8 must still be opened. Such a
/// name is carried in a `String` with each invalid byte b as the private-use scalar U+10FF00 + b
/// (the idea of Python's surrogateescape), and turned back into the same bytes for every
/// system call, so it round-trips exactly. `PrintableText` shows those bytes as `\xNN`.
public enum FileSystemPath {
    static let escapeBase: UInt32 = 0x10FF00

    /// The path for file-system bytes (a `readdir` name, an `argv` entry).
    public static func string<C: Collection>(fromBytes bytes: C) -> String where C.Element == UInt8 {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        let bytes = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            if length > 0, i + length <= bytes.count,
               let valid = String(validating: bytes[i..<i + length], as: UTF8.self), let scalar = valid.unicodeScalars.first {
                scalars.append(scalar)
                i += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(lead))!)
                i += 1
            }
        }
        return String(scalars)
    }

    /// The file-system bytes of `path`, NUL-terminated, for a system call.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard path.utf8.contains(0xF4) else { return try path.withCString(body) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + 1)
        for scalar in path.unicodeScalars {
            if let byte = escapedByte(scalar) { bytes.append(byte) } else { bytes += Array(String(scalar).utf8) }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try $0.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) } }
    }

    /// The raw byte an escape scalar stands for.
    static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF ? UInt8(scalar.value - escapeBase) : nil
    }
}
