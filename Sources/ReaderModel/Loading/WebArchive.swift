import Foundation

/// A page saved by Safari as a web archive (`.webarchive`): a binary property list whose
/// WebMainResource holds the page's bytes, their encoding name, media type and URL
/// (subresources and subframes are not read).
struct WebArchive: Sendable {
    /// The page's bytes, in its own encoding.
    var page: [UInt8]
    /// The main resource's media type, lower-cased ("text/html").
    var mediaType: String
    /// WebResourceTextEncodingName, when given ("UTF-8", "windows-1252").
    var charset: String?
    /// WebResourceURL.
    var url: String?

    /// The binary property list signature (XML property lists are not what Safari writes).
    static func looksLikeWebArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: "bplist0".utf8)
    }

    init(_ bytes: [UInt8]) throws(ArchiveProblem) {
        // Foundation reads bytes its binary reader refuses again as a text property list, and that
        // path leaks its error object: a list whose trailer cannot be right never reaches it.
        guard Self.hasSoundTrailer(bytes) else { throw ArchiveProblem("damaged or truncated property list") }
        let list: Any
        do {
            list = try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil)
        } catch {
            throw ArchiveProblem("damaged or truncated property list")
        }
        guard let archive = list as? [String: Any], let main = archive["WebMainResource"] as? [String: Any] else {
            throw ArchiveProblem("a property list without a WebMainResource, not a web archive")
        }
        guard let data = main["WebResourceData"] as? Data else { throw ArchiveProblem("the main resource holds no data") }
        mediaType = (main["WebResourceMIMEType"] as? String).map(MIMEHeaders.mainValue) ?? "text/html"
        guard mediaType == "text/html" || mediaType == "application/xhtml+xml" || mediaType == "text/plain" else {
            throw ArchiveProblem("the main resource is \(mediaType), not a page")
        }
        page = Array(data)
        charset = (main["WebResourceTextEncodingName"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        url = (main["WebResourceURL"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the 32-byte trailer of a binary property list is consistent with the bytes before it:
    /// integer sizes of 1 to 8 bytes, a top object among the objects, and an offset table that
    /// starts after the header and ends before the trailer.
    static func hasSoundTrailer(_ bytes: [UInt8]) -> Bool {
        let header = 8, trailerStart = bytes.count - 32
        guard trailerStart >= header + 2 else { return false }
        func number(at offset: Int) -> UInt64 {
            bytes[trailerStart + offset ..< trailerStart + offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
        }
        let offsetSize = UInt64(bytes[trailerStart + 6]), referenceSize = bytes[trailerStart + 7]
        let objects = number(at: 8), top = number(at: 16), table = number(at: 24)
        guard (1...8).contains(offsetSize), (1...8).contains(referenceSize), objects > 0, top < objects,
              table >= UInt64(header), table < UInt64(trailerStart) else { return false }
        let (tableBytes, overflow) = objects.multipliedReportingOverflow(by: offsetSize)
        return !overflow && tableBytes <= UInt64(trailerStart) - table
    }
}
