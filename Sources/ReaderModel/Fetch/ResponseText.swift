import Foundation

/// Decodes a response body: the HTTP header's charset wins (it is what the server says the bytes are),
/// else the page's own `<meta charset>` or the byte shape, as for a saved file.
enum ResponseText {
    static func decode(_ body: [UInt8], headerCharset: String?) -> String {
        if let label = headerCharset, let encoding = TextEncoding(label: label) {
            switch encoding {
            case .utf8:
                if let text = String(validating: body, as: UTF8.self) { return text }
            case .windows1252:
                return Windows1252.decode(body[...])
            default:
                if let name = encoding.iconvName, let text = IconvDecoder.decode(body, from: name) { return text }
            }
        }
        return TextDecoder.decode(body, honouringHTMLCharset: true).text
    }

    /// The media type and charset parameter of a `Content-Type` value.
    static func contentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value else { return (nil, nil) }
        let parts = value.split(separator: ";")
        let media = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            charset = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: .init(charactersIn: "\"'"))
        }
        return (media, charset)
    }
}
