#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes legacy encodings with the C library's iconv (glibc knows every encoding WHATWG
/// names). A byte iconv cannot convert becomes U+FFFD and decoding goes on, as browsers do.
enum IconvDecoder {
    /// The text, or nil when this system's iconv does not know `encoding` (or `strict` is set
    /// and a byte could not be converted).
    static func decode<C: Collection>(_ bytes: C, from encoding: String, strict: Bool = false) -> String? where C.Element == UInt8 {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(64, input.count * 4 + 16))
        var written = 0
        var failed = false
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inBuffer.count
            while inLeft > 0 {
                if output.count - written < 16 { output += [UInt8](repeating: 0, count: output.count) }
                let (result, outUsed) = output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - written
                    let before = outLeft
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, before - outLeft)
                }
                written += outUsed
                guard result == -1 else { break }
                let code = errno
                if code == E2BIG { continue }
                // EILSEQ (a byte not in the encoding) or EINVAL (cut off at the end): one U+FFFD, one byte on.
                failed = true
                if strict { return }
                if output.count - written < 3 { output += [UInt8](repeating: 0, count: 64) }
                output[written] = 0xEF; output[written + 1] = 0xBF; output[written + 2] = 0xBD
                written += 3
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
                iconv(converter, nil, nil, nil, nil)  // back to the initial shift state
            }
        }
        // Stateful decoders (windows-1258 holds a letter back for a combining mark, ISO-2022-JP
        // its shift state) give their last characters only when flushed.
        if output.count - written < 16 { output += [UInt8](repeating: 0, count: 16) }
        written += output.withUnsafeMutableBufferPointer { outBuffer in
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written).assumingMemoryBound(to: CChar.self)
            var outLeft = outBuffer.count - written
            let before = outLeft
            iconv(converter, nil, nil, &outPointer, &outLeft)
            return before - outLeft
        }
        if strict, failed { return nil }
        return String(decoding: output[..<written], as: UTF8.self)
    }
}
