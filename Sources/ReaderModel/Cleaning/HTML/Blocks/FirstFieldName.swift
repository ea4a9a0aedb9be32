/// A byline box that sets each field in an element of its own ("<span>Анна Морозова</span><span>15
/// июля 2025</span>", "<span>নিজস্ব প্রতিবেদক</span><span>প্রকাশ: ১২ মার্চ ২০২৫</span>") names the
/// writer, or the desk's staff credit, in its first field without a label. Read whole, the line runs
/// the name into the date (and in a script without capitals nothing tells the date's label from a
/// surname), so the first field is read alone: a bare name of capitalised words, or two to four
/// words of a script without capitals, and only when a later field holds the date.
enum FirstFieldName {
    static let evidence = "; the first inline field names the writer"

    static func name(of node: Int, in document: HTMLDocument) -> String? {
        guard let field = SeparatedInlineFields.firstField(of: node, in: document), field.utf8.count <= 90,
              !field.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) else { return nil }
        // A writer and their outlet ("<name> - <outlet>"), or a label of a script without capitals
        // ("ដោយ៖ <name>"), are the field's too.
        let name = WriterOutletByline.writer(in: Substring(field)) ?? MetadataPatterns.byline(in: field)
            ?? UncasedBareName.name(Substring(field)) ?? BylineLabels.name(in: Substring(field), anywhere: false)
        guard let name, let date = DateNormalizer.firstMatch(in: document.text(of: node)), !date.iso.isEmpty else { return nil }
        return name
    }
}
