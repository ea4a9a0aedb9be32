/// Turns a fetched response into a page to save: HTML and plain text are kept (transcoded to UTF-8
/// by the header's charset, then the page's), anything else is refused by media type.
public enum FetchedPage {
    /// Why a response is not saved as an article.
    public struct NotAPage: Error, Sendable, CustomStringConvertible {
        public var mediaType: String
        public var description: String {
            let feedLike = ["rss", "atom", "rdf", "feed+json"].contains { mediaType.contains($0) }
            return feedLike ? "this is a feed (\(mediaType)): follow it with lede feed add URL" : "not a web page or text (\(mediaType))"
        }
    }

    public static func page(from response: FetchResponse, requested: String, feedID: Int64? = nil) throws(NotAPage) -> IntakePage {
        let media = response.mediaType ?? ""
        let format: Article.Format
        switch media {
        case "text/html", "application/xhtml+xml": format = .html
        case "text/plain": format = .text
        case "", "application/octet-stream", "text/xml", "application/xml":
            format = FileTypeRules.looksLikeHTML(response.body) ? .html : .text
            if media.hasSuffix("xml") && format == .text { throw NotAPage(mediaType: media) }
            if !media.isEmpty, format == .text, BinarySniffer.looksBinary(response.body) { throw NotAPage(mediaType: media) }
        default: throw NotAPage(mediaType: media)
        }
        return IntakePage(bytes: Array(response.text.utf8), format: format,
                          urls: [requested, response.finalURL.absoluteString], origin: response.finalURL.absoluteString, feedID: feedID)
    }
}
