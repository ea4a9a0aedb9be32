extension Document {
    /// The document with `ControlCharacterStripper` applied to every text it carries (metadata,
    /// body, captions and the `--explain` blocks), so no consumer can pass a control character on.
    /// A field that changed loses its source offset: its text is no longer verbatim in the file.
    /// `c1AsWindows1252` as in `ControlCharacterStripper.strip`, for documents parsed from HTML.
    public func strippingControlCharacters(c1AsWindows1252: Bool = false) -> Document {
        func stripped(_ text: String) -> String { ControlCharacterStripper.strip(text, c1AsWindows1252: c1AsWindows1252) }
        func stripped(_ text: String?) -> String? { ControlCharacterStripper.strip(text, c1AsWindows1252: c1AsWindows1252) }
        var doc = self
        var changed: [DocumentField] = []
        func strip(_ field: DocumentField, _ text: String) -> String {
            let clean = stripped(text)
            if clean != text { changed.append(field) }
            return clean
        }
        doc.title = doc.title.map { strip(.title, $0) }
        doc.standfirst = doc.standfirst.map { strip(.standfirst, $0) }
        doc.paragraphs = doc.paragraphs.enumerated().map { strip(.paragraph($0.offset), $0.element) }
        doc.captions = doc.captions.enumerated().map { strip(.caption($0.offset), $0.element) }
        for field in changed { doc.sourceOffsets[field] = nil }
        doc.byline = stripped(doc.byline)
        doc.published = stripped(doc.published)
        doc.publisher = stripped(doc.publisher)
        // Written back only where something is stripped: a write to every element would copy the
        // shared arrays of a document that, as usual, has nothing to strip.
        for i in doc.removed.indices where ControlCharacterStripper.needsStripping(doc.removed[i].text) {
            doc.removed[i].text = stripped(doc.removed[i].text)
        }
        for i in doc.blocks.indices {
            if ControlCharacterStripper.needsStripping(doc.blocks[i].text) { doc.blocks[i].text = stripped(doc.blocks[i].text) }
            if let evidence = doc.blocks[i].evidence, ControlCharacterStripper.needsStripping(evidence) {
                let clean: String = stripped(evidence)
                doc.blocks[i].evidence = clean
            }
        }
        return doc
    }
}
