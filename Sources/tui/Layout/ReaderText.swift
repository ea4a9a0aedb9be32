import Foundation
import ReaderModel

/// A document laid out for the reader at one width: header, wrapped paragraphs, captions apart.
/// Every line remembers which field and bytes it shows, so mentions and hits can be found on screen.
struct ReaderText: Sendable {
    /// One screen line of the reader.
    struct Line: Sendable {
        var field: DocumentField?
        var glyphs: [Sanitizer.Glyph]
        var role: StyleRole
        var indent: Int = 0
        /// Plain text of the line (no highlights).
        var text: String { String(repeating: " ", count: indent) + glyphs.map(\.text).joined() }
    }

    private(set) var lines: [Line] = []
    private var linesByField: [DocumentField: [Int]] = [:]

    init(document: Document, width: Int) {
        let width = max(1, width)
        add(document.title ?? "(untitled)", field: document.title == nil ? nil : .title, role: .title, width: width)
        let date = document.published.map { $0.replacingOccurrences(of: "T", with: " ") }
        let meta = [document.byline, date, document.publisher].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { add(meta.joined(separator: " · "), field: nil, role: .meta, width: width) }
        blank()
        if let standfirst = document.standfirst {
            add(standfirst, field: .standfirst, role: .standfirst, width: width)
            blank()
        }
        for (i, paragraph) in document.paragraphs.enumerated() {
            add(paragraph, field: .paragraph(i), role: .body, width: width)
            blank()
        }
        if !document.captions.isEmpty {
            add("Captions", field: nil, role: .meta, width: width)
            for (i, caption) in document.captions.enumerated() {
                add(caption, field: .caption(i), role: .caption, width: width, indent: 2)
            }
        }
        while lines.last?.glyphs.isEmpty == true { lines.removeLast() }
    }

    /// The line showing byte `offset` of `field`.
    func line(of field: DocumentField, offset: Int) -> Int? {
        guard let candidates = linesByField[field] else { return nil }
        return candidates.last { lines[$0].glyphs.first.map { $0.offset <= offset } ?? false } ?? candidates.first
    }

    private mutating func add(_ text: String, field: DocumentField?, role: StyleRole, width: Int, indent: Int = 0) {
        for glyphs in TextWrap.wrap(Sanitizer.glyphs(text), width: max(1, width - indent)) {
            if let field { linesByField[field, default: []].append(lines.count) }
            lines.append(Line(field: field, glyphs: glyphs, role: role, indent: indent))
        }
    }

    private mutating func blank() {
        lines.append(Line(field: nil, glyphs: [], role: .body))
    }
}
