import Foundation
import ReaderModel

/// A document laid out for the reader at one width: header, wrapped paragraphs, captions apart.
/// Every line remembers which field and bytes it shows, so mentions and hits can be found on screen.
///
/// Lines are made lazily, one block (a paragraph, a caption, the header) at a time, when they
/// are shown; only each block's line count is worked out up front, from its bytes where the
/// text is ASCII. A 16 MB article used to be wrapped whole on opening and on every resize
/// (8 s, 1.2-1.9 GB of glyphs); now opening or resizing costs a count, and memory holds only the
/// blocks recently on screen.
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

    /// A piece of the layout that wraps on its own: a field's text, a header line, or a blank line.
    private struct Block: Sendable {
        var text: String
        var field: DocumentField?
        var role: StyleRole
        var indent: Int
        /// Byte ranges folded away (`f`), each drawn as `ReaderText.foldMarker`.
        var folded: [Range<Int>] = []
        var isBlank: Bool { text.isEmpty }
    }

    /// The lines, made on demand.
    struct Lines: RandomAccessCollection, Sendable {
        fileprivate let layout: ReaderText
        var startIndex: Int { 0 }
        var endIndex: Int { layout.starts.last ?? 0 }
        subscript(position: Int) -> Line { layout.line(at: position) }
    }

    var lines: Lines { Lines(layout: self) }

    private var blocks: [Block] = []
    /// The first line of each block, and the total line count last.
    private var starts: [Int] = [0]
    private var blockOfField: [DocumentField: Int] = [:]
    private let width: Int
    private var folded: [DocumentField: [Range<Int>]] = [:]
    private let cache = WrappedBlocks()

    /// `folded`: byte ranges per field left out, each shown as `foldMarker` (passages seen before).
    init(document: Document, width: Int, folded: [DocumentField: [Range<Int>]] = [:]) {
        self.width = max(1, width)
        self.folded = folded
        add(document.title ?? "(untitled)", field: document.title == nil ? nil : .title, role: .title)
        let date = document.published.map { $0.replacingOccurrences(of: "T", with: " ") }
        let meta = [document.byline, date, document.publisher].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { add(meta.joined(separator: " · "), field: nil, role: .meta) }
        blank()
        if let standfirst = document.standfirst {
            add(standfirst, field: .standfirst, role: .standfirst)
            blank()
        }
        for (i, paragraph) in document.paragraphs.enumerated() {
            add(paragraph, field: .paragraph(i), role: .body)
            blank()
        }
        if !document.captions.isEmpty {
            add("Captions", field: nil, role: .meta)
            for (i, caption) in document.captions.enumerated() {
                add(caption, field: .caption(i), role: .caption, indent: 2)
            }
        }
        while blocks.last?.isBlank == true {
            blocks.removeLast()
            starts.removeLast()
        }
    }

    /// Lines wrapped and held at the moment (for tests: it stays near a screen's worth).
    var wrappedLineCount: Int { cache.lineCount }

    /// The line showing byte `offset` of `field`.
    func line(of field: DocumentField, offset: Int) -> Int? {
        guard let block = blockOfField[field] else { return nil }
        let wrapped = lines(ofBlock: block)
        guard !wrapped.isEmpty else { return nil }
        let within = wrapped.lastIndex { $0.glyphs.first.map { $0.offset <= offset } ?? false } ?? 0
        return starts[block] + within
    }

    private func line(at index: Int) -> Line {
        // The last block starting at or before `index`.
        var low = 0, high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return lines(ofBlock: low)[index - starts[low]]
    }

    private func lines(ofBlock index: Int) -> [Line] {
        if let cached = cache.lines(index) { return cached }
        let block = blocks[index]
        let lines = block.isBlank
            ? [Line(field: nil, glyphs: [], role: .body)]
            : TextWrap.wrap(Self.folding(Sanitizer.glyphs(block.text), block.folded), width: max(1, width - block.indent)).map {
                Line(field: block.field, glyphs: $0, role: block.role, indent: block.indent)
            }
        cache.store(lines, for: index)
        return lines
    }

    private mutating func add(_ text: String, field: DocumentField?, role: StyleRole, indent: Int = 0) {
        let hidden = field.flatMap { folded[$0] } ?? []
        let count = hidden.isEmpty ? TextWrap.lineCount(text, width: max(1, width - indent))
            : TextWrap.wrap(Self.folding(Sanitizer.glyphs(text), hidden), width: max(1, width - indent)).count
        guard count > 0 else { return }
        if let field { blockOfField[field] = blocks.count }
        blocks.append(Block(text: text, field: field, role: role, indent: indent, folded: hidden))
        starts.append(starts[starts.count - 1] + count)
    }

    private mutating func blank() {
        blocks.append(Block(text: "", field: nil, role: .body, indent: 0))
        starts.append(starts[starts.count - 1] + 1)
    }
}

extension ReaderText {
    /// What a folded passage shows instead of its text.
    static let foldMarker = "[…]"

    /// The glyphs less those in `ranges`; each range leaves one marker glyph at its first byte, so the
    /// marker can be styled and found like the passage it stands for.
    static func folding(_ glyphs: [Sanitizer.Glyph], _ ranges: [Range<Int>]) -> [Sanitizer.Glyph] {
        guard !ranges.isEmpty else { return glyphs }
        var out: [Sanitizer.Glyph] = []
        out.reserveCapacity(glyphs.count)
        var marked = Set<Int>()
        for glyph in glyphs {
            guard let range = ranges.first(where: { $0.contains(glyph.offset) }) else {
                if glyph.isSpace, out.last?.isSpace ?? true { continue }  // no double or leading space where text went
                out.append(glyph)
                continue
            }
            if marked.insert(range.lowerBound).inserted {
                out.append(Sanitizer.Glyph(text: foldMarker, width: DisplayWidth.of(foldMarker), offset: range.lowerBound))
            }
        }
        while out.last?.isSpace == true { out.removeLast() }
        return out
    }
}

/// The wrapped lines of the blocks shown lately; shared by copies of one `ReaderText` (the app
/// memoises it by value) and emptied when it grows past a few screens' worth.
private final class WrappedBlocks: @unchecked Sendable {
    private let lock = NSLock()
    private var blocks: [Int: [ReaderText.Line]] = [:]
    private var count = 0
    /// Lines kept before the cache starts over (a few thousand: many screens, little memory).
    static let maxLines = 4_096

    func lines(_ block: Int) -> [ReaderText.Line]? { lock.withLock { blocks[block] } }

    var lineCount: Int { lock.withLock { count } }

    func store(_ lines: [ReaderText.Line], for block: Int) {
        lock.withLock {
            if count + lines.count > Self.maxLines { blocks = [:]; count = 0 }
            blocks[block] = lines
            count += lines.count
        }
    }
}
