import CZlib

/// A gzip-compressed page (`.html.gz`), inflated with the system's zlib. Output past `limit`
/// stops the inflation: a small file must not expand into gigabytes.
enum GzipStream {
    static func looksLikeGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes of every member in turn (`cat a.gz b.gz` is valid gzip).
    static func inflate(_ bytes: [UInt8], limit: Int) throws(ArchiveProblem) -> [UInt8] {
        // zlib checks that the stream it is given is at the address it was started at: a Swift `var`
        // passed with `&` may be a temporary copy, so the stream lives at one fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // 15 + 16: a gzip header is expected (not raw deflate or a zlib header).
        guard inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ArchiveProblem("zlib could not start")
        }
        defer { inflateEnd(stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = Z_OK
        var input = bytes
        let total = input.count
        var consumed = 0
        while true {
            status = input.withUnsafeMutableBufferPointer { inBuffer in
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.pointee.next_in = inBuffer.baseAddress! + consumed
                    stream.pointee.avail_in = UInt32(total - consumed)
                    stream.pointee.next_out = outBuffer.baseAddress!
                    stream.pointee.avail_out = UInt32(outBuffer.count)
                    let status = CZlib.inflate(stream, Z_NO_FLUSH)
                    consumed = total - Int(stream.pointee.avail_in)
                    return status
                }
            }
            let produced = chunk.count - Int(stream.pointee.avail_out)
            guard output.count + produced <= limit else { throw ArchiveProblem("expands to more than \(LoadError.size(limit))") }
            output += chunk[..<produced]
            switch status {
            case Z_OK:
                // No progress with input left means the stream is stuck; none left means it was cut short.
                if consumed == total, produced == 0 { throw ArchiveProblem("truncated compressed data") }
            case Z_STREAM_END:
                // Another member may follow; trailing zero padding (some tools add it) is ignored.
                let rest = input[consumed...]
                guard rest.count >= 2, rest.first == 0x1F, rest.dropFirst().first == 0x8B else { return output }
                guard inflateReset(stream) == Z_OK else { throw ArchiveProblem("zlib could not continue") }
            case Z_BUF_ERROR:
                if consumed == total { throw ArchiveProblem("truncated compressed data") }
            case Z_MEM_ERROR:
                throw ArchiveProblem("out of memory while inflating")
            default:
                throw ArchiveProblem("damaged compressed data")
            }
        }
    }
}
