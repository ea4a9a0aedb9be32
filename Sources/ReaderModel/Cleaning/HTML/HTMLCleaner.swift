/// Cleans saved web pages through libxml2's HTML parser and the DOM.
/// Pipeline: parse and copy the tree → cut text blocks → judge elements (furniture, captions,
/// metadata) → score and pick the article element → read metadata → give every block a role.
struct HTMLCleaner: Sendable {
    /// `site` is unused for HTML so far: the DOM's class names already say what recurs.
    /// `explains` false leaves `Document.blocks` empty and builds no evidence strings (only `--explain` reads them).
    func clean(_ article: Article, site: SiteContext?, explains: Bool = true) -> Document {
        let document = HTMLDocument.parse(article.text)
        let blocks = BlockSegmenter.blocks(of: document)
        let layout = PageLayout(document: document, blocks: blocks)
        let content = ContentFinder(document: document, blocks: blocks, layout: layout)
        let metadata = HTMLMetadata(document: document, layout: layout)
        var classifier = HTMLBlockClassifier(document: document, blocks: blocks, layout: layout, content: content, metadata: metadata,
                                              explains: explains)
        for block in blocks { classifier.add(block) }
        var cleaned = classifier.document(source: article.source)
        cleaned.limits = document.limits
        cleaned = HeadlineOnlyPost.filled(cleaned)
        // The blocks (role and text) were needed above; without --explain nobody reads them after.
        if !explains { cleaned.blocks = [] }
        return cleaned
    }
}
