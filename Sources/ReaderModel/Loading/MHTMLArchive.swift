import Foundation

/// A page saved as MHTML (`.mhtml`, `.mht`: Chrome's and Edge's "save as single file"): a MIME
/// multipart/related message whose root text/html part is the page, quoted-printable or base64,
/// with images and styles as further parts (not read).
struct MHTMLArchive: Sendable {
    /// The page's bytes, transfer encoding undone (still in its own charset).
    var page: [UInt8]
    /// The part's media type, lower-cased ("text/html").
    var mediaType: String
    /// The part's `charset` label, when its Content-Type has one.
    var charset: String?
    /// Where the page was saved from (the part's Content-Location, else the snapshot's).
    var url: String?

    /// The file starts with a MIME header block declaring a multipart/related message (or a lone
    /// HTML part): how an MHTML file without its extension is recognised.
    static func looksLikeMHTML(_ bytes: [UInt8]) -> Bool {
        // Byte gate first: the file must open with a header name and its colon ("From:", "MIME-Version:").
        var colon = 0
        while colon < min(bytes.count, 80), isHeaderNameByte(bytes[colon]) { colon += 1 }
        guard colon > 0, colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return false }
        let window = min(bytes.count, 8192)
        let (headers, bodyStart) = MIMEHeaders.parse(bytes, from: 0, to: window)
        guard bodyStart < window, headers["mime-version"] != nil, let type = headers["content-type"] else { return false }
        let media = MIMEHeaders.mainValue(type)
        return media == "multipart/related" || media == "text/html"
    }

    private static func isHeaderNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    init(_ bytes: [UInt8]) throws(ArchiveProblem) {
        let (top, bodyStart) = MIMEHeaders.parse(bytes, from: 0)
        guard let type = top["content-type"] else { throw ArchiveProblem("no Content-Type header: not a MIME message") }
        let snapshotURL = top["snapshot-content-location"] ?? top["content-location"]
        let media = MIMEHeaders.mainValue(type)
        if Self.isPage(media) {
            // A single-part message: the body is the page.
            self = try Self(part: Part(headers: top, body: bodyStart..<bytes.count, isTerminated: true), of: bytes, fallbackURL: snapshotURL)
            return
        }
        guard media.hasPrefix("multipart/") else { throw ArchiveProblem("the message is \(media), not a page") }
        let parameters = MIMEHeaders.parameters(type)
        guard let boundary = parameters["boundary"], !boundary.isEmpty else { throw ArchiveProblem("no boundary in the Content-Type header") }
        let parts = Self.parts(of: bytes, from: bodyStart, boundary: Array(boundary.utf8))
        guard !parts.isEmpty else { throw ArchiveProblem("the boundary \"\(boundary)\" never occurs in the body") }
        // The root part: the one the `start` parameter names, else the first page part (Chrome writes it first).
        let start = parameters["start"].map(Self.bareContentID)
        let root = parts.first { part in start != nil && part.headers["content-id"].map(Self.bareContentID) == start }
            ?? parts.first { $0.mediaType == "text/html" || $0.mediaType == "application/xhtml+xml" }
            ?? parts.first { $0.mediaType == "text/plain" }
        guard let root else {
            let nested = parts.contains { MIMEHeaders.mainValue($0.headers["content-type"] ?? "").hasPrefix("multipart/") }
            throw ArchiveProblem(nested ? "the page is inside a nested multipart part, which lede does not open" : "no HTML part")
        }
        self = try Self(part: root, of: bytes, fallbackURL: snapshotURL)
    }

    /// One body part: its headers and where its content lies in the file.
    private struct Part {
        var headers: MIMEHeaders
        var body: Range<Int>
        /// False when the file ends inside this part (no delimiter after it).
        var isTerminated: Bool
        /// Lower-cased; MIME's default is text/plain.
        var mediaType: String { MIMEHeaders.mainValue(headers["content-type"] ?? "text/plain") }
    }

    private init(part: Part, of bytes: [UInt8], fallbackURL: String?) throws(ArchiveProblem) {
        let type = part.headers["content-type"] ?? "text/plain"
        mediaType = part.mediaType
        guard Self.isPage(mediaType) else { throw ArchiveProblem("the root part is \(mediaType), not a page") }
        guard part.isTerminated else { throw ArchiveProblem("truncated: the file ends inside the page's part") }
        charset = MIMEHeaders.parameters(type)["charset"].flatMap { $0.isEmpty ? nil : $0 }
        let location = part.headers["content-location"] ?? fallbackURL
        url = location.flatMap { $0.isEmpty ? nil : $0 }
        let body = bytes[part.body]
        switch part.headers["content-transfer-encoding"].map(MIMEHeaders.mainValue) {
        case nil, "7bit", "8bit", "binary": page = Array(body)
        case "quoted-printable": page = try QuotedPrintable.decode(body)
        case "base64": page = try Self.base64(body)
        case let other?: throw ArchiveProblem("unknown transfer encoding \"\(other)\"")
        }
    }

    private static func isPage(_ media: String) -> Bool {
        media == "text/html" || media == "application/xhtml+xml" || media == "text/plain"
    }

    private static func bareContentID(_ id: String) -> String {
        var id = Substring(id)
        if id.hasPrefix("<") { id = id.dropFirst() }
        if id.hasSuffix(">") { id = id.dropLast() }
        return String(id)
    }

    /// Base64 with its line breaks; missing `=` padding is added, any other stray byte is an error.
    private static func base64(_ body: ArraySlice<UInt8>) throws(ArchiveProblem) -> [UInt8] {
        var compact = body.filter { $0 != 0x0D && $0 != 0x0A && $0 != 0x20 && $0 != 0x09 }
        if compact.count % 4 != 0 { compact += [UInt8](repeating: UInt8(ascii: "="), count: 4 - compact.count % 4) }
        guard let data = Data(base64Encoded: Data(compact)) else { throw ArchiveProblem("invalid base64 in the page's part") }
        return Array(data)
    }

    /// The parts between `--boundary` lines (RFC 2046 5.1.1): the line break before a delimiter
    /// belongs to it; the preamble and the epilogue are skipped.
    private static func parts(of bytes: [UInt8], from start: Int, boundary: [UInt8]) -> [Part] {
        // Each delimiter: where its line starts, where the next line starts, and whether it closes.
        var delimiters: [(lineStart: Int, next: Int, closes: Bool)] = []
        var lineStart = start
        while lineStart < bytes.count {
            var newline = lineStart
            while newline < bytes.count, bytes[newline] != 0x0A { newline += 1 }
            if let closes = delimiter(bytes[lineStart..<newline], boundary: boundary) {
                delimiters.append((lineStart, min(newline + 1, bytes.count), closes))
                if closes { break }
            }
            lineStart = newline + 1
        }
        var parts: [Part] = []
        for (k, delimiter) in delimiters.enumerated() where !delimiter.closes {
            let next = k + 1 < delimiters.count ? delimiters[k + 1] : nil
            var end = next?.lineStart ?? bytes.count
            if next != nil {
                if end > delimiter.next, bytes[end - 1] == 0x0A { end -= 1 }
                if end > delimiter.next, bytes[end - 1] == 0x0D { end -= 1 }
            }
            let (headers, bodyStart) = MIMEHeaders.parse(bytes, from: delimiter.next, to: end)
            parts.append(Part(headers: headers, body: min(bodyStart, end)..<end, isTerminated: next != nil))
        }
        return parts
    }

    /// nil when the line is not `--boundary` (trailing spaces allowed), else whether it is the closing `--boundary--`.
    private static func delimiter(_ line: ArraySlice<UInt8>, boundary: [UInt8]) -> Bool? {
        guard line.count >= boundary.count + 2, line.first == UInt8(ascii: "-"), line.dropFirst().first == UInt8(ascii: "-"),
              line.dropFirst(2).starts(with: boundary) else { return nil }
        var rest = line.dropFirst(2 + boundary.count)
        while let last = rest.last, last == 0x0D || last == 0x20 || last == 0x09 { rest = rest.dropLast() }
        if rest.isEmpty { return false }
        return rest.elementsEqual("--".utf8) ? true : nil
    }
}
