import ArgumentParser
import Foundation
import ReaderModel

/// `lede entities`: List the entities of articles.
///
/// Offsets in JSON are UTF-8 byte offsets into the file as given: a field's offset in the article
/// (`Document.sourceOffsets`) plus the mention's offset in the field, plus `Article.leadingBytes`.
/// A field that is not verbatim in the file is searched for the mention text (first occurrence);
/// when that fails, or the file was transcoded, `start`/`end` are left out.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "List the entities of articles.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "Files or folders of saved pages.")
    var paths: [String]

    @Option(help: "Output format: text or json (and markdown with --timeline).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Every mention of the entity NAME across the library FOLDER, oldest article first (from its index).", valueName: "NAME"))
    var timeline: String?

    @Option(name: .customLong("index"), help: "With --timeline: the index file (default: the folder's under $XDG_DATA_HOME/lede).")
    var indexPath: String?

    @Flag(help: "Treat each file as plain body text, one paragraph a line, without cleaning.")
    var raw = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder of saved pages") }
        try validateTimeline()
    }

    func run() throws {
        if let timeline { return try runTimeline(timeline) }
        let (articles, failures) = ArticleLoader().loadAll(paths)
        for failure in failures { StandardError.print("lede: \(failure.description)") }
        let documents = raw ? articles.map(RawDocument.make) : Corpus.clean(articles)
        let index = EntityIndex(documents: documents)
        switch format {
        case .json: print(try EntityJSON.render(index, documents: documents, articles: articles))
        case .text, .markdown: print(EntityTable.render(index, documentCount: documents.count), terminator: "")
        }
        // As the README says: any file that could not be read makes the exit status non-zero.
        if articles.isEmpty || !failures.isEmpty { throw ExitCode.failure }
    }
}

/// `--raw`: each non-blank line of the file is a paragraph, with its offset in the article text.
enum RawDocument {
    static func make(_ article: Article) -> Document {
        var doc = Document(source: article.source)
        let bytes = Array(article.text.utf8)
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            // A CRLF line ends before its CR.
            let end = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            if end > start, bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                doc.sourceOffsets[.paragraph(doc.paragraphs.count)] = start
                doc.paragraphs.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
        }
        while i < bytes.count {
            if bytes[i] == 0x0A { flush(i); start = i + 1 }
            i += 1
        }
        flush(bytes.count)
        return doc.strippingControlCharacters()
    }
}

/// The JSON form: `[{"name", "type", "aliases", "mentions": [{"file", "start", "end", "text"}]}]`.
enum EntityJSON {
    struct Row: Encodable {
        var name: String
        var type: String
        var aliases: [String]
        var normalized: String?
        var mentions: [MentionRow]
    }

    struct MentionRow: Encodable {
        var file: String
        var start: Int?
        var end: Int?
        var text: String
    }

    static func render(_ index: EntityIndex, documents: [Document], articles: [Article]) throws -> String {
        var locator = OffsetLocator(documents: documents, articles: articles)
        var rows: [Row] = []
        for e in index.entities {
            var mentions: [MentionRow] = []
            for m in e.mentions {
                let start = locator.fileOffset(m)
                mentions.append(MentionRow(file: documents[m.document].source, start: start,
                                           end: start.map { $0 + m.text.utf8.count }, text: m.text))
            }
            rows.append(Row(name: e.name, type: e.type.rawValue, aliases: e.aliases, normalized: e.normalized, mentions: mentions))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return JSONExporter.escapingC1Controls(String(decoding: try encoder.encode(rows), as: UTF8.self))
    }
}

/// Maps a mention to a byte offset in its file: `Document.sourceOffsets`, else the field's text found
/// verbatim in the file (searching forward in reading order), else the mention text at or after the
/// field's expected position; nil when the file was transcoded or nothing matches.
struct OffsetLocator {
    let documents: [Document]
    let articles: [Article]
    private var bytes: [Int: [UInt8]] = [:]
    private var fieldBases: [Int: [DocumentField: Int]] = [:]

    init(documents: [Document], articles: [Article]) {
        self.documents = documents
        self.articles = articles
    }

    mutating func fileOffset(_ m: Mention) -> Int? {
        guard articles.indices.contains(m.document), articles[m.document].isVerbatimUTF8 else { return nil }
        let article = articles[m.document]
        if let base = documents[m.document].sourceOffsets[m.field] {
            return article.leadingBytes + base + m.range.lowerBound
        }
        let bases = fieldBaseTable(m.document)
        if let base = bases[m.field], base >= 0 { return article.leadingBytes + base + m.range.lowerBound }
        let hay = fileBytes(m.document)
        let from = bases.filter { $0.key < m.field && $0.value >= 0 }.map(\.value).max() ?? 0
        guard let at = find(Array(m.text.utf8), in: hay, from: from) ?? find(Array(m.text.utf8), in: hay, from: 0) else { return nil }
        return article.leadingBytes + at
    }

    private mutating func fileBytes(_ d: Int) -> [UInt8] {
        if let b = bytes[d] { return b }
        let b = Array(articles[d].text.utf8)
        bytes[d] = b
        return b
    }

    /// Where each field's text starts in the article, or -1 when it is not there verbatim.
    private mutating func fieldBaseTable(_ d: Int) -> [DocumentField: Int] {
        if let t = fieldBases[d] { return t }
        let hay = fileBytes(d)
        var table: [DocumentField: Int] = [:]
        var cursor = 0
        for field in documents[d].fields {
            let needle = Array(documents[d].text(of: field).utf8)
            if let at = find(needle, in: hay, from: cursor) ?? find(needle, in: hay, from: 0) {
                table[field] = at
                cursor = at + needle.count
            } else {
                table[field] = -1
            }
        }
        fieldBases[d] = table
        return table
    }

    private func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

/// The text form: one table per type, with mention and article counts.
enum EntityTable {
    static func render(_ index: EntityIndex, documentCount: Int) -> String {
        var out = "\(index.entities.count) entities in \(documentCount) article(s)\n"
        for type in EntityType.allCases {
            let rows = index.entities.filter { $0.type == type }
            guard !rows.isEmpty else { continue }
            out += "\n\(type.rawValue.uppercased()) (\(rows.count))\n"
            let width = min(40, rows.map(\.name.count).max() ?? 10)
            out += pad("name", width) + "  mentions  articles  aliases\n"
            for e in rows {
                var line = pad(e.name, width) + "  " + pad(String(e.mentions.count), 8) + "  " + pad(String(e.documentCount), 8)
                var extra = e.aliases
                if let n = e.normalized { extra.insert("= \(n)", at: 0) }
                if !extra.isEmpty { line += "  " + extra.joined(separator: ", ") }
                out += line + "\n"
            }
        }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
