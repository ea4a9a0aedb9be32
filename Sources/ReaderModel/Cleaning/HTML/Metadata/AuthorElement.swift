/// The writer's name read from the element whose class or id names the author
/// (`<span class="author">Por Ana Ruiz</span>`), the innermost such element first.
///
/// A byline row often sets the name, the place it was filed from and the date in sibling
/// elements; read as one line, the place runs on after the name ("Ana Ruiz Valdelobos") as one
/// more capitalised word. The element the template named for the author holds the name alone.
enum AuthorElement {
    /// The name in the first visible, innermost author-named element whose text is only a byline
    /// (a bare name or a labelled one); nil when there is none. A box about the writer holds
    /// sentences and is no name.
    static func name(in document: HTMLDocument, layout: PageLayout) -> String? {
        let nodes = document.nodes
        var i = 0
        while i < nodes.count {
            defer { i += 1 }
            guard layout.words[i].namesAuthor, !nodes[i].isText, layout.chrome[i] == nil else { continue }
            let end = nodes.subtreeEnd(i)
            // An author-named element inside this one holds the name more closely: it is read next.
            if (i + 1..<end).contains(where: { layout.words[$0].namesAuthor && !nodes[$0].isText }) { continue }
            let text = WhitespaceNormalizer.normalize(document.text(of: i))
            // A bare name of a script without capitals is a name here: the template named its element.
            guard !text.isEmpty, text.utf8.count <= 120,
                  let name = MetadataPatterns.byline(in: text) ?? UncasedBareName.name(Substring(text))
                    // "Ana Ejemplo, corresponsal en Lima": the name before a role in lower case.
                    ?? WriterRoleTail.name(in: text) else { continue }
            return name
        }
        return nil
    }
}
