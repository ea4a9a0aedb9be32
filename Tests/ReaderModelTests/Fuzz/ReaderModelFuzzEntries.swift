import Foundation
@testable import ReaderModel

/// One fuzz entry per ReaderModel component: each takes arbitrary bytes, must never crash, and
/// traps (`preconditionFailure`) when an invariant the rest of lede relies on is broken.
///
/// The same file is compiled into the libFuzzer harness (`Fuzz/`, through a symlink) and into
/// ReaderModelTests, where `FuzzRegressionTests` replays every saved crash input through it.
enum ReaderModelFuzzEntries {
    /// Target names, as `scripts/fuzz` and the regression folders spell them.
    static let names = ["text", "html", "decode", "entities", "query", "codec"]

    /// Builds what the entry called `name` keeps for the whole run (before the first input).
    static func prepare(_ name: String) {
        if name == "query" { _ = QueryFixture.index }
    }

    /// Runs the entry called `name`; false when there is no such entry here.
    static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
        switch name {
        case "text": text(bytes)
        case "html": html(bytes)
        case "decode": decode(bytes)
        case "entities": entities(bytes)
        case "query": query(bytes)
        case "codec": codec(bytes)
        default: return false
        }
        return true
    }

    /// The plain-text cleaner on a file's bytes, through the loader as `lede clean` reads them.
    static func text(_ bytes: [UInt8]) {
        clean(bytes, format: .text)
    }

    /// The HTML cleaner (libxml2 parse, metadata, block classification) on a saved page's bytes.
    static func html(_ bytes: [UInt8]) {
        clean(bytes, format: .html)
    }

    private static func clean(_ bytes: [UInt8], format: Article.Format) {
        guard let article = try? ArticleLoader().article(from: bytes, source: "fuzz", format: format) else { return }
        let document = Cleaner().clean(article)
        checkOffsets(document, article: article)
        checkPrintable(document)
        // Cleaning is a function of the page: the same bytes give the same document (and `--explain`).
        precondition(Cleaner().clean(article) == document, "cleaning the same page twice gave two documents")
    }

    /// Nothing from a page reaches a terminal raw: no field, removed block or explanation holds a
    /// control character, escape sequence, bidi override or invisible word splitter (`ControlCharacterStripper`).
    private static func checkPrintable(_ document: Document) {
        var texts = [document.title, document.byline, document.published, document.publisher, document.standfirst].compactMap { $0 }
        texts += document.paragraphs + document.captions + document.removed.map(\.text)
        texts += document.blocks.flatMap { [$0.text, $0.evidence ?? ""] }
        for text in texts {
            precondition(!ControlCharacterStripper.needsStripping(text), "unprintable character left in \(text.debugDescription)")
        }
    }

    /// A field's recorded offset must point at that field's text in the article (entities map back with it).
    private static func checkOffsets(_ document: Document, article: Article) {
        guard article.isVerbatimUTF8 else { return }
        let utf8 = article.text.utf8
        for (field, offset) in document.sourceOffsets {
            let text = document.text(of: field).utf8
            precondition(offset >= 0 && offset + text.count <= utf8.count, "\(field) offset \(offset) outside the article")
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            precondition(utf8[start...].starts(with: text), "\(field) offset \(offset) does not point at its text")
        }
    }

    /// The byte decoders (BOMs, UTF-16 without a mark, declared charsets, UTF-8 repair, Windows-1252)
    /// and the loader's guards. The first byte picks whether an HTML charset is honoured.
    static func decode(_ bytes: [UInt8]) {
        let honours = bytes.first.map { $0 & 1 == 1 } ?? false
        let decoded = TextDecoder.decode(bytes, honouringHTMLCharset: honours)
        precondition(decoded.leadingBytes >= 0 && decoded.leadingBytes <= bytes.count, "leading bytes outside the file")
        if decoded.isVerbatimUTF8 {
            precondition(decoded.text.utf8.elementsEqual(bytes[decoded.leadingBytes...]), "verbatim UTF-8 that is not the file's bytes")
        }
        _ = try? ArticleLoader().article(from: bytes, source: "fuzz", format: nil)
    }

    /// The entity recognizer on a document built straight from the input: first line the title,
    /// the rest paragraphs (so the fuzzer reaches the recognizer without the cleaner's filtering).
    static func entities(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first else { return }
        let document = Document(source: "fuzz", title: first, paragraphs: Array(lines.dropFirst()))
        for span in EntityRecognizer().recognize(document) {
            let field = document.text(of: span.field).utf8
            precondition(span.range.lowerBound >= 0 && span.range.upperBound <= field.count && !span.range.isEmpty,
                         "span \(span.range) outside \(span.field) of \(field.count) bytes")
        }
    }

    /// The search query builder against a real FTS5 index: whatever the user types must give
    /// results or none, never an SQL error. The first byte picks search-as-you-type (prefix) mode.
    static func query(_ bytes: [UInt8]) {
        guard let index = QueryFixture.index else { preconditionFailure("query fixture could not be built") }
        let prefix = bytes.first.map { $0 & 1 == 1 } ?? false
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        do {
            _ = try index.search(text, limit: 5, prefixLast: prefix)
            _ = try index.entities(matching: text, limit: 5)
        } catch {
            preconditionFailure("query \(text.debugDescription) failed: \(error)")
        }
    }

    /// The index's blob decoders (documents and entity spans) on damaged blobs: nil or spans, never a trap;
    /// whatever decodes must encode and decode to the same again. Input: a 2-byte little-endian blob
    /// length, the blob, then the body column's text (`codecInput` makes seeds of real documents).
    static func codec(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        let length = min(Int(bytes[0]) | Int(bytes[1]) << 8, bytes.count - 2)
        let blob = Data(bytes[2..<(2 + length)])
        let body = String(decoding: bytes[(2 + length)...], as: UTF8.self)
        let spans = SpanCodec.decode(blob)
        precondition(SpanCodec.decode(SpanCodec.encode(spans)) == spans, "spans do not round-trip")
        if let document = DocumentCodec.decode(blob, body: body, title: nil, byline: nil, published: nil, publisher: nil) {
            let again = DocumentCodec.decode(DocumentCodec.encode(document), body: DocumentCodec.body(of: document),
                                             title: nil, byline: nil, published: nil, publisher: nil)
            precondition(again == document, "document does not round-trip")
        }
    }

    /// A `codec` input holding a stored blob and its body column.
    static func codecInput(blob: Data, body: String) -> [UInt8] {
        [UInt8(blob.count & 0xFF), UInt8(blob.count >> 8 & 0xFF)] + [UInt8](blob) + Array(body.utf8)
    }
}

/// A small library indexed once per process, for the query entry.
private enum QueryFixture {
    static let index: LibraryIndex? = {
        let base = NSTemporaryDirectory() + "lede-fuzz-query-\(getpid())"
        let root = base + "/library"
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let pages = [
            "ferry.txt": "Ferry timetable changes at Wrenmouth\n\nThe harbour board met on Tuesday to discuss winter crossings.\n\nOdile Marchetti said the quay repairs would finish in March.",
            "bridge.txt": "Council argues over stone bridge\n\nResidents of Lowater said the detour added forty minutes.\n\nEngineers from Harrow & Pell Ltd expect a grant of €2.4m.",
            "unicode.txt": "Zürich, Łódź and São Paulo\n\nМосква и Київ, 東京 and नई दिल्ली appear in one paragraph.\n\nCafé owners in Zürich-Altstadt disagree.",
        ]
        for (name, text) in pages { try? Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }
        guard let index = try? LibraryIndex(library: root, indexPath: base + "/index.sqlite") else { return nil }
        _ = try? Indexer().run(index)
        return index
    }()
}
