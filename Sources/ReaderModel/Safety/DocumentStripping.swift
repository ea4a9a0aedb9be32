extension Document {
    /// The document with `ControlCharacterStripper` applied to every text it carries (metadata,
    /// body, captions and the `--explain` blocks), so no consumer can pass a control character on.
    /// A field that changed loses its source offset: its text is no longer verbatim in the file.
    public func strippingControlCharacters() -> Document {
        var doc = self
        var changed: [DocumentField] = []
        func strip(_ field: DocumentField, _ text: String) -> String {
            let clean = ControlCharacterStripper.strip(text)
            if clean != text { changed.append(field) }
            return clean
        }
        doc.title = doc.title.map { strip(.title, $0) }
        doc.standfirst = doc.standfirst.map { strip(.standfirst, $0) }
        doc.paragraphs = doc.paragraphs.enumerated().map { strip(.paragraph($0.offset), $0.element) }
        doc.captions = doc.captions.enumerated().map { strip(.caption($0.offset), $0.element) }
        for field in changed { doc.sourceOffsets[field] = nil }
        doc.byline = ControlCharacterStripper.strip(doc.byline)
        doc.published = ControlCharacterStripper.strip(doc.published)
        doc.publisher = ControlCharacterStripper.strip(doc.publisher)
        for i in doc.removed.indices { doc.removed[i].text = ControlCharacterStripper.strip(doc.removed[i].text) }
        for i in doc.blocks.indices {
            doc.blocks[i].text = ControlCharacterStripper.strip(doc.blocks[i].text)
            doc.blocks[i].evidence = ControlCharacterStripper.strip(doc.blocks[i].evidence)
        }
        return doc
    }
}
