/// The records of a catalogue, bibliography or directory page: each record is a block of labelled
/// lines ("Author: …", "Publisher: …", "Language: …") with the same labels record after record.
/// Read line by line, the fields whose values recur ("Language: English" in every record) look
/// like repeated furniture and the short ones like a teaser list, so the records inside the body
/// lose their fields and keep only their prose. When at least three labels each open a field in
/// three or more blocks of the body, the body's labelled blocks are records and their fields are
/// its text. A lone labelled line ("Main article: …" above a section) is no block and never counts,
/// and a forum thread's profile blocks under each poster's name are its posts' headers.
enum RecordFieldBlocks {
    static let evidence = "field of a record: its label opens a field in several blocks of labelled lines"
    /// A block is at least this many labelled lines in a row.
    static let minimumBlockLines = 2
    /// A label is the records' own when it opens a field in this many blocks.
    static let minimumBlocks = 3
    /// The records share at least this many labels: two labels ("Tel:", "Fax:") make an address box.
    static let minimumSharedLabels = 3

    /// Lifts the noise off the fields of the records inside `body`, if the body holds records.
    static func keep(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        guard body.count >= minimumBlocks * minimumBlockLines else { return }
        // Cheap pass first: a page with too few labelled lines allocates nothing.
        var labelled = 0
        for i in body where RecordFieldLabels.label(lines[i].text) != nil { labelled += 1 }
        guard labelled >= minimumBlocks * minimumBlockLines else { return }
        let blocks = labelledBlocks(lines, body: body)
        var blockCounts: [Substring: Int] = [:]
        for block in blocks {
            // A label counts once per block: a record with two "Note:" lines is still one record.
            var seen = Set<Substring>()
            for (_, label) in block where seen.insert(label).inserted { blockCounts[label, default: 0] += 1 }
        }
        let shared = blockCounts.filter { $0.value >= minimumBlocks }
        guard shared.count >= minimumSharedLabels else { return }
        // A forum thread's posts carry their posters' profile blocks ("Registered:", "Posts:") with
        // the same labels post after post: those are the posts' headers, not records.
        guard !body.contains(where: { isForumPost(evidence[$0]) }) else { return }
        let note = Self.evidence + " (\(shared.count) labels shared by \(shared.values.max() ?? 0) records)"
        for block in blocks {
            // A block holding one shared label is a stray pair of lines, not one of the records.
            guard block.filter({ shared[$0.label] != nil }).count >= 2 else { continue }
            for (i, label) in block where shared[label] != nil && liftable(evidence[i]) {
                evidence[i].isShortPostLine = true
                // A field another rule kept already keeps that rule's evidence.
                if evidence[i].noise == nil, evidence[i].keptNote != nil { continue }
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].keptNote = note
            }
        }
    }

    /// Runs of consecutive labelled lines of `body`, each line with its label.
    static func labelledBlocks(_ lines: [TextLine], body: Range<Int>) -> [[(index: Int, label: Substring)]] {
        var blocks: [[(index: Int, label: Substring)]] = []
        var run: [(index: Int, label: Substring)] = []
        for i in body {
            if let label = RecordFieldLabels.label(lines[i].text) {
                run.append((i, label))
                continue
            }
            if run.count >= minimumBlockLines { blocks.append(run) }
            run.removeAll(keepingCapacity: true)
        }
        if run.count >= minimumBlockLines { blocks.append(run) }
        return blocks
    }

    /// The line was kept or marked as part of a forum thread's post.
    private static func isForumPost(_ evidence: LineEvidence) -> Bool {
        guard let note = evidence.keptNote else { return false }
        return note.hasPrefix(ForumThreadBody.evidence) || note.hasPrefix(ForumPostLines.evidence)
    }

    /// Labels that say only that a line is short, repeated, headline-shaped or a source line: a
    /// record's field has every one of these shapes. Vocabulary, comment and box labels stand.
    static func liftable(_ evidence: LineEvidence) -> Bool {
        guard let noise = evidence.noise else { return true }
        if noise == .fragment { return true }
        guard let source = evidence.noiseSource else { return false }
        switch source {
        case .repeatedInPage, .pullQuote, .teaserList, .itemUnderTimestamp: return true
        default: return false
        }
    }
}
