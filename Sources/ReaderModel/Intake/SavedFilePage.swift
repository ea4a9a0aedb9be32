/// Turns a file (or standard input) given to `lede add` into a page to save. A saved-page
/// container (MHTML, web archive, gzip) is opened: its page is saved as UTF-8, and the URL it
/// records joins the page's URLs, so the same article added again, or fetched, is a duplicate.
public enum SavedFilePage {
    /// `path` nil for standard input (judged by content alone).
    public static func page(bytes: [UInt8], path: String?, maxBytes: Int = ArticleLoader().maxBytes) throws(LoadError) -> IntakePage {
        let origin = path ?? "standard input"
        let ext = path.map(FileTypeRules.fileExtension) ?? ""
        let named = path.flatMap(SavedPageContainer.named)
        let declared = ext.isEmpty ? nil : FileTypeRules.format(forExtension: ext)
        if named != nil || SavedPageContainer.detect(bytes, extension: "", sniffingText: declared == nil) != nil {
            let article = try ArticleLoader(maxBytes: maxBytes).article(from: bytes, source: origin, format: declared)
            return IntakePage(bytes: Array(article.text.utf8), format: article.format, urls: article.pageURL.map { [$0] } ?? [], origin: origin)
        }
        let format = declared ?? (FileTypeRules.looksLikeHTML(bytes) ? .html : .text)
        let text = format == .html ? TextDecoder.decode(bytes, honouringHTMLCharset: true).text : TextDecoder.decode(bytes).text
        return IntakePage(bytes: Array(text.utf8), format: format, origin: origin)
    }
}
