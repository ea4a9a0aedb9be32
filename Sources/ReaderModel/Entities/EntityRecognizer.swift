/// Finds people, organizations, places, dates and money in a cleaned document.
///
/// No trained model: runs of capitalised words are split at titles and typed by heads, gazetteers,
/// context words and evidence from the rest of the document (one string, one type per document).
public struct EntityRecognizer: Sendable {
    public init() {}

    /// Every entity span in the document's fields, in reading order.
    public func recognize(_ document: Document) -> [EntitySpan] {
        let referenceYear = document.published.flatMap { Int($0.prefix(4)) }
        let fields = document.fields.map { FieldText(field: $0, text: document.text(of: $0)) }
        let evidence = DocumentEvidence(fields)
        var candidates: [NameCandidate] = []
        var spans: [EntitySpan] = []
        for field in fields {
            let scan = FieldScanner(field: field, evidence: evidence, referenceYear: referenceYear)
            let (names, valueSpans) = scan.run()
            candidates += names
            spans += valueSpans
        }
        spans += NameCandidate.resolve(candidates, evidence: evidence)
        return spans.sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }
    }
}
