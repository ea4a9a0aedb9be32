/// Gives each text block of a page its role (title, byline, standfirst, body, caption or removed
/// with a reason) from where it sits in the DOM, and assembles the `Document`.
struct HTMLBlockClassifier {
    private let document: HTMLDocument
    private let layout: PageLayout
    private let content: ContentFinder
    private let metadata: HTMLMetadata
    private let normalizedTitle: String?

    private var paragraphs: [String] = []
    private var paragraphSet: Set<String> = []
    private var captions: [String] = []
    private var removed: [RemovedBlock] = []
    private var explained: [ExplainedBlock] = []
    private var standfirst: String?
    private var bylineLines: [String] = []
    private var seenContent = false

    init(document: HTMLDocument, layout: PageLayout, content: ContentFinder, metadata: HTMLMetadata, site: SiteContext?) {
        self.document = document
        self.layout = layout
        self.content = content
        self.metadata = metadata
        normalizedTitle = metadata.title?.lowercased()
    }

    mutating func add(_ block: TextBlock) {
        let node = block.node
        let tag = document.nodes[node].tag
        if let reason = layout.chrome[node] {
            remove(block, reason, "inside furniture (\(tag), \(document.nodes[node].classAndID.prefix(40)))")
            return
        }
        if HTMLElementKind.headings.contains(tag), let title = normalizedTitle, block.text.lowercased() == title {
            explained.append(ExplainedBlock(text: block.text, role: .title, evidence: "<\(tag)> matches the page title"))
            return
        }
        if content.inContent[node] {
            seenContent = true
            if layout.inCaption[node] { return caption(block) }
            if layout.inMetadata[node] && block.length < 200 { return metadataLine(block) }
            if block.linkDensity > 0.5 {
                return remove(block, .related, "link density \(Int(block.linkDensity * 100))% inside the article")
            }
            if block.length < 300, let reason = NoiseVocabulary.reason(for: block.text) ?? HTMLNoiseLabels.reason(for: block.text) {
                return remove(block, reason, "noise phrase inside the article")
            }
            if !Self.hasLetters(block.text) { return remove(block, .fragment, "no words") }
            if !paragraphSet.insert(block.text).inserted { return remove(block, .repeated, "repeats an earlier paragraph") }
            paragraphs.append(block.text)
            explained.append(ExplainedBlock(text: block.text, role: .body, evidence: "in the article element, \(block.length) bytes, links \(Int(block.linkDensity * 100))%"))
            return
        }
        if layout.inCaption[node] && layout.inArticle[node] { return caption(block) }
        if layout.inMetadata[node] && block.length < 200 { return metadataLine(block) }
        if !seenContent, standfirst == nil, block.length >= 40, block.linkDensity < 0.5, isStandfirst(node) {
            standfirst = block.text
            explained.append(ExplainedBlock(text: block.text, role: .standfirst, evidence: "class names a standfirst"))
            return
        }
        let reason = (block.length < 300 ? NoiseVocabulary.reason(for: block.text) ?? HTMLNoiseLabels.reason(for: block.text) : nil)
            ?? (seenContent ? .related : .navigation)
        remove(block, reason, seenContent ? "outside the article, after it" : "outside the article, before it")
    }

    func document(source: String) -> Document {
        var doc = Document(source: source, title: metadata.title, byline: metadata.byline, published: metadata.published,
                           publisher: metadata.publisher, standfirst: standfirst, paragraphs: paragraphs,
                           captions: captions, removed: removed, blocks: explained)
        let bodyBytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        if bodyBytes < 250, let body = metadata.articleBody, body.utf8.count > bodyBytes * 2 {
            // The DOM held almost nothing (a script-rendered page): the JSON-LD copy is the article.
            doc.paragraphs = body.split(whereSeparator: \.isNewline).map { WhitespaceNormalizer.normalize(String($0)) }.filter { !$0.isEmpty }
            doc.blocks += doc.paragraphs.map { ExplainedBlock(text: $0, role: .body, evidence: "JSON-LD articleBody") }
        }
        if doc.standfirst == nil, let description = metadata.description, description.count >= 40,
           !Self.repeats(description, in: doc.paragraphs.prefix(3)) {
            doc.standfirst = description
        }
        if doc.byline == nil {
            doc.byline = bylineLines.lazy.compactMap { line -> String? in
                if let name = MetadataPatterns.byline(in: line) { return name }
                guard line.lowercased().hasPrefix("by "), line.count < 100 else { return nil }
                return String(line.dropFirst(3))
            }.first
        }
        if doc.published == nil { doc.published = bylineLines.lazy.compactMap { DateNormalizer.iso($0) }.first }
        if doc.publisher == nil, let first = doc.paragraphs.first { doc.publisher = MetadataPatterns.publisher(in: first) }
        return doc
    }

    // MARK: - Roles

    private mutating func remove(_ block: TextBlock, _ reason: NoiseReason, _ evidence: String) {
        removed.append(RemovedBlock(text: block.text, reason: reason))
        explained.append(ExplainedBlock(text: block.text, role: .removed, reason: reason, evidence: evidence))
    }

    private mutating func caption(_ block: TextBlock) {
        captions.append(block.text)
        explained.append(ExplainedBlock(text: block.text, role: .caption, evidence: "figure, figcaption or caption/credit class"))
    }

    private mutating func metadataLine(_ block: TextBlock) {
        bylineLines.append(block.text)
        let isDate = DateNormalizer.iso(block.text) != nil && block.text.count < 60
        explained.append(ExplainedBlock(text: block.text, role: isDate ? .dateline : .byline, evidence: "class names byline/date"))
    }

    /// The element or one of its two nearest ancestors is classed as a standfirst.
    private func isStandfirst(_ node: Int) -> Bool {
        var n = node
        for _ in 0..<3 where n >= 0 {
            if layout.words[n].isStandfirst { return true }
            n = document.nodes[n].parent
        }
        return false
    }

    private static func hasLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The description restates the opening paragraphs (so it is no standfirst of its own).
    private static func repeats(_ description: String, in paragraphs: ArraySlice<String>) -> Bool {
        let key = String(description.lowercased().prefix(60))
        return paragraphs.contains { $0.lowercased().contains(key) }
    }
}
