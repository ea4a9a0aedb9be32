/// Cleans saved web pages through libxml2's HTML parser and the DOM.
struct HTMLCleaner: Sendable {
    func clean(_ article: Article, site: SiteContext?) -> Document {
        let document = HTMLDocument.parse(article.text)
        let blocks = BlockSegmenter.blocks(of: document)
        let layout = PageLayout(document: document, blocks: blocks)
        let content = ContentFinder(document: document, blocks: blocks, layout: layout)
        let metadata = HTMLMetadata(document: document, layout: layout)
        var classifier = HTMLBlockClassifier(document: document, layout: layout, content: content, metadata: metadata, site: site)
        for block in blocks { classifier.add(block) }
        return classifier.document(source: article.source)
    }
}
