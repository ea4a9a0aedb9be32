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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or folders of saved pages.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Treat each file as plain body text, one paragraph a line, without cleaning.")
    var raw = false

    func run() throws {
        let (articles, failures) = ArticleLoader().loadAll(paths)
        for failure in failures { FileHandle.standardError.write(Data("lede: \(failure.description)\n".utf8)) }
        let documents = raw ? articles.map(RawDocument.make) : Corpus(articles: articles, failures: failures).documents
        let index = EntityIndex(documents: documents)
        switch format {
        case .json: print(try EntityJSON.render(index, documents: documents, articles: articles))
        case .text: print(EntityTable.render(index, documentCount: documents.count), terminator: "")
        }
        if articles.isEmpty { throw ExitCode.failure }
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
        return doc
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
        let bytes = articles.map { Array($0.text.utf8) }
        let rows = index.entities.map { e in
            Row(name: e.name, type: e.type.rawValue, aliases: e.aliases, normalized: e.normalized, mentions: e.mentions.map { m in
                let start = fileOffset(m, documents: documents, articles: articles, bytes: bytes)
                return MentionRow(file: documents[m.document].source, start: start, end: start.map { $0 + m.text.utf8.count }, text: m.text)
            })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    static func fileOffset(_ m: Mention, documents: [Document], articles: [Article], bytes: [[UInt8]]) -> Int? {
        guard articles.indices.contains(m.document), articles[m.document].isVerbatimUTF8 else { return nil }
        let article = articles[m.document]
        if let base = documents[m.document].sourceOffsets[m.field] {
            return article.leadingBytes + base + m.range.lowerBound
        }
        // Not verbatim: the first occurrence of the mention text in the file.
        let needle = Array(m.text.utf8)
        let hay = bytes[m.document]
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<i + needle.count]) == needle {
            return article.leadingBytes + i
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
