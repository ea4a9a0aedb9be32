import Foundation
@testable import ReaderModel

/// Builds saved-page containers around an invented page, the way browsers write them: MHTML
/// (quoted-printable or base64 parts), Safari web archives (binary property lists) and gzip.
enum SavedPageContainerFixtures {
    static let url = "https://harbour-gazette.example/news/tidal-mill-reopens"
    static let title = "Tidal mill reopens on the estuary"
    static let paragraphs = [
        "The restored tidal mill at Carrow Point ground its first sack of flour in sixty years on Saturday, watched by a crowd of about two hundred people.",
        "Volunteers spent four winters rebuilding the oak wheel, and the café beside the sluice gate sold out of scones by lunchtime.",
        "The trust hopes the mill will pay for its own upkeep through school visits and flour sales at the weekly market in town.",
    ]

    /// The page as a browser would have it, `charset` declared in its own meta tag.
    static func html(charset: String = "utf-8") -> String {
        "<!DOCTYPE html>\n<html><head><meta charset=\"\(charset)\"><title>\(title)</title></head>\n<body><article><h1>\(title)</h1>\n"
            + paragraphs.map { "<p>\($0)</p>\n" }.joined() + "</article></body></html>\n"
    }

    /// Quoted-printable as Chrome writes it: `=` and bytes outside printable ASCII as `=XX`,
    /// lines broken softly at 76 characters.
    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var out = "", line = ""
        for byte in bytes {
            let piece: String
            if byte == 0x0A { out += line + "\r\n"; line = ""; continue }
            if byte == UInt8(ascii: "=") || byte < 0x20 || byte > 0x7E { piece = "=" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) } else { piece = String(UnicodeScalar(byte)) }
            if line.count + piece.count > 75 { out += line + "=\r\n"; line = "" }
            line += piece
        }
        return out + line
    }

    static let boundary = "----MultipartBoundary--Qx7Hc2Lm9Tf4Rb8Wn1Ya3Zs6Ke0Pv5Jd----"

    /// A Chrome-style MHTML file; `page` is the HTML part's body as written, after its headers.
    static func mhtml(partHeaders: [String], page: String, boundary: String = boundary, closed: Bool = true,
                      extraParts: Bool = true) -> [UInt8] {
        var text = "From: <Saved by Blink>\r\nSnapshot-Content-Location: \(url)\r\nSubject: \(title)\r\n"
            + "Date: Sat, 14 Mar 2026 10:02:11 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            + "\ttype=\"text/html\";\r\n\tboundary=\"\(Self.boundary)\"\r\n\r\n\r\n"
        text += "--\(boundary)\r\n" + partHeaders.map { $0 + "\r\n" }.joined() + "\r\n" + page + "\r\n"
        if extraParts {
            text += "--\(boundary)\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://harbour-gazette.example/img/wheel.png\r\n\r\niVBORw0KGgo=\r\n"
        }
        if closed { text += "--\(boundary)--\r\n" }
        return Array(text.utf8)
    }

    /// The page as quoted-printable UTF-8, as Chrome saves it.
    static func chromeMHTML() -> [UInt8] {
        mhtml(partHeaders: ["Content-Type: text/html", "Content-ID: <frame-5C1A@mhtml.blink>", "Content-Transfer-Encoding: quoted-printable",
                            "Content-Location: \(url)"], page: quotedPrintable(Array(html().utf8)))
    }

    /// The page in Windows-1252, base64, the charset only in the part's Content-Type.
    static func windows1252MHTML() -> [UInt8] {
        let bytes = html(charset: "windows-1252").unicodeScalars.map { $0.value == 0xE9 ? UInt8(0xE9) : UInt8($0.value) }
        let base64 = Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return mhtml(partHeaders: ["Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: base64",
                                   "Content-Location: \(url)"], page: base64)
    }

    /// A Safari web archive: the main resource's bytes, encoding name, media type and URL.
    static func webArchive(data: [UInt8]? = nil, encoding: String? = "UTF-8", mediaType: String = "text/html",
                           main: Bool = true) throws -> [UInt8] {
        var resource: [String: Any] = ["WebResourceData": Data(data ?? Array(html().utf8)), "WebResourceMIMEType": mediaType,
                                       "WebResourceURL": url, "WebResourceFrameName": ""]
        if let encoding { resource["WebResourceTextEncodingName"] = encoding }
        let image: [String: Any] = ["WebResourceData": Data([0x89, 0x50, 0x4E, 0x47]), "WebResourceMIMEType": "image/png",
                                    "WebResourceURL": "https://harbour-gazette.example/img/wheel.png"]
        let archive: [String: Any] = main ? ["WebMainResource": resource, "WebSubresources": [image]] : ["WebSubresources": [image]]
        return Array(try PropertyListSerialization.data(fromPropertyList: archive, format: .binary, options: 0))
    }

    /// A gzip member holding `bytes` in stored (uncompressed) deflate blocks: valid gzip that
    /// needs no compressor in the test.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var offset = 0
        repeat {
            let count = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + count == bytes.count ? 1 : 0
            out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += bytes[offset..<(offset + count)]
            offset += count
        } while offset < bytes.count
        return out + littleEndian(crc32(bytes)) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
