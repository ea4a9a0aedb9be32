/// The last record of a page of records (an events guide's "Time: … / Place: … / Price: …" under
/// each event): its labelled lines come right under the last paragraph, where the body's end reads
/// them as short lines after the article and cuts them, though the same labels open the fields of
/// the records above (`RecordFieldBlocks`). A block right under the body whose every line opens
/// on one of those shared labels is the last record, and the body takes it.
enum TrailingRecordBlock {
    static let evidence = "the last record's fields, right under the body: each line opens on a label the records above share"
    /// The block is at most this many lines.
    static let maximumLines = 8

    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        let start = body.upperBound
        guard start < lines.count, body.count >= RecordFieldBlocks.minimumBlocks * RecordFieldBlocks.minimumBlockLines,
              let first = RecordFieldLabels.label(lines[start].text) else { return body }
        // The block: consecutive labelled lines whose noise only says they are short or repeated.
        var end = start
        while end < lines.count, end - start < maximumLines, RecordFieldLabels.label(lines[end].text) != nil,
              RecordFieldBlocks.liftable(evidence[end]), end == start || !lines[end].blankBefore { end += 1 }
        guard end > start, end == lines.count || RecordFieldLabels.label(lines[end].text) == nil || lines[end].blankBefore else { return body }
        let shared = sharedLabels(lines, body: body)
        guard shared.count >= RecordFieldBlocks.minimumSharedLabels, shared.contains(first) else { return body }
        for i in start..<end where !shared.contains(RecordFieldLabels.label(lines[i].text)!) { return body }
        for i in start..<end {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].isShortPostLine = true
            evidence[i].keptNote = Self.evidence
        }
        return body.lowerBound..<end
    }

    /// The labels that open a field in at least `RecordFieldBlocks.minimumBlocks` labelled blocks of `body`.
    static func sharedLabels(_ lines: [TextLine], body: Range<Int>) -> Set<Substring> {
        var counts: [Substring: Int] = [:]
        for block in RecordFieldBlocks.labelledBlocks(lines, body: body) {
            var seen = Set<Substring>()
            for (_, label) in block where seen.insert(label).inserted { counts[label, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= RecordFieldBlocks.minimumBlocks }.keys)
    }
}
