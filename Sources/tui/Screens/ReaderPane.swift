import ReaderModel

/// The open article: title, meta line, wrapped paragraphs and captions, with entity mentions
/// coloured by type, the selected entity's mentions and search hits highlighted.
struct ReaderPane {
    var document: Document?
    var documentIndex: Int?
    var text: ReaderText?
    var index: EntityCatalog
    var state: ViewState
    var focused: Bool
    /// The open article's passages that also stand elsewhere: dimmed, with a margin mark.
    var passages: PassageReport? = nil

    func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let headerRole: StyleRole = focused ? .headerFocused : .header
        guard let text, let documentIndex else {
            canvas.set(0, [.init(" Reader ", headerRole)], fill: headerRole)
            canvas.set(2, [.init(" No article open.", .listMeta)])
            return canvas
        }
        let visible = max(1, height - 1)
        let total = text.lines.count
        let percent = total <= visible ? 100 : min(100, (state.readerScroll + visible) * 100 / total)
        let position = " \(min(total, state.readerScroll + 1))-\(min(total, state.readerScroll + visible))/\(total) \(percent)% "
        let title = " " + (document?.title.map(Sanitizer.clean) ?? "Reader")
        let room = width - DisplayWidth.of(position)
        canvas.set(0, [.init(TextWrap.pad(title, width: max(0, room)), headerRole), .init(position, headerRole)], fill: headerRole)
        let highlights = self.highlights(documentIndex)
        let repeated = passages?.repeatedRanges ?? [:]
        for row in 0..<visible {
            let lineIndex = state.readerScroll + row
            guard text.lines.indices.contains(lineIndex) else { break }
            let line = text.lines[lineIndex]
            var lineSpans = spans(for: line, highlights: highlights)
            if let ranges = line.field.flatMap({ repeated[$0] }), line.glyphs.contains(where: { g in ranges.contains { $0.contains(g.offset) } }) {
                // The margin mark says "seen elsewhere" where colour and dimming are not shown (NO_COLOR, monochrome).
                lineSpans[0].text.removeFirst()
                lineSpans.insert(.init(Self.passageMark, .passageMark), at: 0)
            }
            canvas.set(row + 1, lineSpans)
        }
        return canvas
    }

    /// Highlighted byte ranges per field, strongest last (so later entries win).
    private func highlights(_ doc: Int) -> [DocumentField: [(range: Range<Int>, role: StyleRole)]] {
        var result: [DocumentField: [(range: Range<Int>, role: StyleRole)]] = [:]
        // Passages first: an entity mention inside one keeps its colour.
        if let passages {
            let folded = state.foldsSeenPassages ? passages.foldedRanges(read: state.read) : [:]
            for passage in passages.repeated {
                let isFolded = folded[passage.field]?.contains(passage.range) ?? false
                result[passage.field, default: []].append((passage.range, isFolded ? .passageMark : .passage))
            }
        }
        for entity in index.documentEntities(doc) {
            let role: StyleRole = entity.id == state.selectedEntity ? .selectedMention : StyleRole(entityType: entity.type)
            for m in entity.mentions {
                result[m.field, default: []].append((m.range, role))
            }
        }
        if let search = state.search, search.pane == .reader, !search.editing {
            for (i, hit) in search.hits.enumerated() {
                // The hit n/N moved to is drawn like the current mention, the others as hits.
                if case .text(let field, let range) = hit { result[field, default: []].append((range, i == search.current ? .currentMention : .searchHit)) }
            }
        }
        if let m = state.mention, m.document == doc {
            result[m.field, default: []].append((m.range, .currentMention))
        }
        if let jump = state.passageJump, jump.document == doc {
            result[jump.field, default: []].append((jump.range, .currentMention))
        }
        return result
    }

    private func spans(for line: ReaderText.Line, highlights: [DocumentField: [(range: Range<Int>, role: StyleRole)]]) -> [Canvas.Span] {
        var spans: [Canvas.Span] = [.init(" " + String(repeating: " ", count: line.indent), .normal)]
        let marks = line.field.flatMap { highlights[$0] } ?? []
        for glyph in line.glyphs {
            let role = marks.last { $0.range.contains(glyph.offset) }?.role ?? line.role
            if let last = spans.last, last.role == role { spans[spans.count - 1].text += glyph.text }
            else { spans.append(.init(glyph.text, role)) }
        }
        return spans
    }

    /// Drawn in the left margin of every line showing a passage that also stands in another article.
    static let passageMark = "┃"
}
