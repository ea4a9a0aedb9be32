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
}
