import Foundation
import Testing
@testable import ReaderModel

/// Issue 11: bad input read from disk the two ways the commands read it — a folder loaded and
/// cleaned together (`lede clean`), and the library index on its worker threads (`lede index`, the
/// reader) — never crashes, hangs or loses the good files beside it. Big inputs are made here.
@Suite("Bad input end to end")
struct BadInputEndToEndTests {
    static let title = "Harbour lights return to the old quay"
    static let prose = [
        "The lamps along the old quay were lit again on Friday evening after a winter of repairs to the cables under the promenade.",
        "Volunteers from the rowing club carried the last of the glass shades down from the chapel loft, where they had been kept since October.",
        "The council said the bill came to less than half of the first estimate, because most of the ironwork could be kept.",
    ]
    static var copy: String { ([title, ""] + prose.flatMap { [$0, ""] }).joined(separator: "\n") }

    /// Latin-1 for scalars below U+0100, Windows-1251 for Russian letters (А-я at C0-FF, Ё and ё).
    static func singleByte(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0..<0x100: UInt8(scalar.value)
            case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
            case 0x401: 0xA8
            case 0x451: 0xB8
            default: UInt8(ascii: "?")
            }
        }
    }

    /// Loads and cleans `paths` as `lede clean` does, rendering every format.
    private func cleanAsTheCommandDoes(_ paths: [String]) -> (documents: [Document], failures: [LoadError]) {
        let report = ArticleLoader().loadReport(paths)
        let documents = Corpus.clean(report.articles)
        for document in documents { for format in ExportFormat.allCases { _ = Exporter.render(document, as: format) } }
        return (documents, report.failures)
    }

    /// Indexes `folder` into a fresh index, as `lede index` and the reader do.
    private func index(_ folder: String, at indexPath: String) throws -> (LibraryIndex, IndexSummary) {
        let index = try LibraryIndex(library: folder, indexPath: indexPath)
        return (index, try Indexer().run(index))
    }

    @Test func hundredThousandNestedElements() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let depth = 100_000
        dir.write("lib/deep.html", "<html><head><title>\(Self.title)</title></head><body>" + String(repeating: "<div>", count: depth)
            + Self.prose.map { "<p>\($0)</p>" }.joined() + String(repeating: "</div>", count: depth) + "</body></html>")
        dir.write("lib/plain.txt", Self.copy)
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(failures.isEmpty)
        let deep = try #require(documents.first { $0.source.hasSuffix("deep.html") })
        #expect(Self.prose.allSatisfy { line in deep.paragraphs.contains { $0.contains(line) } }, "\(deep.paragraphs)")
        #expect(!deep.limits.isEmpty, "the flattened structure is said")
        // The index cleans on worker threads, whose stacks are smaller than the main thread's.
        let (index, summary) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        #expect(summary.added == 2 && summary.failures.isEmpty)
        #expect(try index.rows().map(\.title) == [Self.title, Self.title])
    }

    @Test func fiftyMegabyteSingleLineIsRefusedAndTheRestRead() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let sentence = Array("An invented sentence about tides, ferries and lamps that never ends in a line break. ".utf8)
        var line: [UInt8] = []
        line.reserveCapacity(50_000_000 + sentence.count)
        while line.count < 50_000_000 { line += sentence }
        let big = dir.write("lib/line.txt", line)
        dir.write("lib/plain.txt", Self.copy)
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(documents.map(\.title) == [Self.title])
        #expect(failures == [LoadError(path: big, kind: .tooLarge(limit: ArticleLoader().maxBytes))])
        let (index, summary) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        #expect(summary.added == 1)
        #expect(summary.failures.count == 1 && summary.failures[0].contains("larger than"))
        #expect(try index.rows().map(\.title) == [Self.title])
    }

    @Test func copiesWithOnlyCarriageReturnsKeepTheirParagraphs() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        dir.write("lf.txt", Self.copy)
        dir.write("cr.txt", Self.copy.replacingOccurrences(of: "\n", with: "\r"))
        dir.write("crlf.txt", Self.copy.replacingOccurrences(of: "\n", with: "\r\n"))
        for name in ["lf.txt", "cr.txt", "crlf.txt"] {
            let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/" + name])
            #expect(failures.isEmpty)
            #expect(documents.first?.title == Self.title, "\(name)")
            #expect(documents.first?.paragraphs == Self.prose, "\(name)")
        }
    }

    @Test func utf16WithAndWithoutAMark() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let russian = UnmarkedNonLatinUTF16Tests.russian
        func units(_ text: String, _ littleEndian: Bool) -> [UInt8] { UnmarkedNonLatinUTF16Tests.utf16(text, littleEndian: littleEndian) }
        dir.write("lib/le-mark.txt", [0xFF, 0xFE] + units(Self.copy, true))
        dir.write("lib/be-mark.txt", [0xFE, 0xFF] + units(Self.copy, false))
        dir.write("lib/le.txt", units(Self.copy, true))
        dir.write("lib/be.txt", units(Self.copy, false))
        dir.write("lib/ru-le.txt", units(russian, true))
        dir.write("lib/ru-be-mark.txt", [0xFE, 0xFF] + units(russian, false))
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(failures.isEmpty, "\(failures)")
        let titles = Dictionary(uniqueKeysWithValues: documents.map { (($0.source as NSString).lastPathComponent, $0.title) })
        for name in ["le-mark.txt", "be-mark.txt", "le.txt", "be.txt"] { #expect(titles[name] == Self.title, "\(name)") }
        for name in ["ru-le.txt", "ru-be-mark.txt"] { #expect(titles[name] == "Паром на остров", "\(name)") }
        let (index, summary) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        #expect(summary.added == 6 && summary.failures.isEmpty)
        #expect(try index.search("причала").count == 2)
    }

    @Test func legacyPagesWithAMetaCharset() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let french = "<html><head><meta charset=\"iso-8859-1\"><title>Le pont de la jetée rouvre</title></head><body><article><h1>Le pont de la jetée rouvre</h1>"
            + "<p>Après des réparations hivernales, le pont près de la vieille jetée a été rouvert aux piétons vendredi soir.</p>"
            + "<p>Les bénévoles du club d'aviron ont aidé à repeindre les garde-corps, et la ville a payé les nouveaux réverbères.</p></article></body></html>"
        let russian = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>Мост у пристани открыт</title></head>"
            + "<body><article><h1>Мост у пристани открыт</h1><p>После зимнего ремонта мост у старой пристани снова открыли для пешеходов в пятницу вечером.</p>"
            + "<p>Волонтёры гребного клуба помогли покрасить перила, а городской совет оплатил новые фонари.</p></article></body></html>"
        dir.write("lib/fr.html", Self.singleByte(french))
        dir.write("lib/ru.html", Self.singleByte(russian))
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(failures.isEmpty)
        #expect(documents.map(\.title) == ["Le pont de la jetée rouvre", "Мост у пристани открыт"])
        #expect(documents[0].paragraphs.first?.hasPrefix("Après des réparations") == true)
        #expect(documents[1].paragraphs.first?.hasPrefix("После зимнего ремонта") == true)
        let (index, _) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        #expect(try index.search("пристани").count == 1)
        #expect(try index.search("réparations").count == 1)
    }

    @Test func escapesAndBidiControlsInTitleAndBylineReachNoOutput() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{202E}\u{2066}"
        dir.write("lib/page.html", "<html><head><title>Harbour \(hostile)lights</title><meta name=\"author\" content=\"Tamsin \(hostile)Orrell\"></head><body><article>"
            + Self.prose.map { "<p>\($0)</p>" }.joined() + "</article></body></html>")
        dir.write("lib/page.txt", "Harbour \(hostile)lights\n\nBy Tamsin \(hostile)Orrell\n\n" + Self.prose.joined(separator: "\n\n") + "\n")
        func isRaw(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                || BidiControlSafetyTests.reordering.contains(scalar)
        }
        let (documents, _) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(documents.count == 2)
        for document in documents {
            for text in TerminalSafetyTests.outputs(document) { #expect(!text.unicodeScalars.contains(where: isRaw), "\(text.debugDescription)") }
        }
        let (index, _) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        for row in try index.rows() {
            let stored = try #require(try index.document(id: row.id))
            for text in [row.title ?? "", stored.byline ?? ""] + stored.paragraphs {
                #expect(!text.unicodeScalars.contains(where: isRaw), "\(text.debugDescription)")
            }
        }
    }

    @Test func fiveThousandTinyFiles() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        for n in 0..<5_000 {
            dir.write(String(format: "lib/f%d/n%04d.txt", n % 10, n), "Note \(n)\n\nThe tide table for pier \(n) was posted at the harbour office.\n")
        }
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(failures.isEmpty)
        #expect(documents.count == 5_000)
        #expect(documents.allSatisfy { $0.paragraphs.contains { $0.hasPrefix("The tide table for pier") } })
    }

    @Test func symbolicLinkLoopsEndAndNameTheirPlace() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        dir.write("lib/inner/page.txt", Self.copy)
        symlink(dir.path + "/lib", dir.path + "/lib/inner/up")           // a folder loop
        symlink(dir.path + "/lib/self.txt", dir.path + "/lib/self.txt")  // a link to itself
        symlink(dir.path + "/lib/b.txt", dir.path + "/lib/a.txt")        // two links to each other
        symlink(dir.path + "/lib/a.txt", dir.path + "/lib/b.txt")
        let (documents, failures) = cleanAsTheCommandDoes([dir.path + "/lib"])
        #expect(documents.map(\.title) == [Self.title])
        #expect(Set(failures.map(\.path)) == Set(["a.txt", "b.txt", "self.txt"].map { dir.path + "/lib/" + $0 }))
        #expect(failures.allSatisfy { $0.kind == .unreadable("too many levels of symbolic links") })
        let (index, summary) = try self.index(dir.path + "/lib", at: dir.path + "/index.sqlite")
        #expect(summary.added == 1)
        #expect(summary.unreadable.count == 3)
        #expect(try index.articleCount() == 1)
    }

    /// A file cut short and rewritten while it is read gives what was there (a prefix of one of its
    /// versions) or a refusal, never bytes it never held.
    @Test func fileThatShrinksWhileReadGivesAPrefixOrARefusal() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let long = Array(String(repeating: Self.copy, count: 2_000).utf8)  // about 800 KB
        let path = dir.write("moving.txt", long)
        let stop = ManagedAtomicFlag()
        let writer = Thread {
            var cut = long.count
            while !stop.isSet {
                // Shrink in place (as an editor's save does), then write it whole again.
                cut = cut > 4096 ? cut / 2 : long.count
                truncate(path, off_t(cut))
                let fd = open(path, O_WRONLY)
                if fd >= 0 { _ = long.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }; close(fd) }
            }
        }
        writer.start()
        defer { stop.set() }
        var read = 0
        for _ in 0..<200 {
            do {
                let bytes = try FileReader.contents(of: path, maxBytes: ArticleLoader().maxBytes)
                #expect(bytes.count <= long.count)
                #expect(bytes.elementsEqual(long.prefix(bytes.count)), "bytes that were never in the file")
                read += 1
            } catch {
                #expect(error.kind == .empty || error.kind == .blank || error.kind == .unreadable(FileReader.keptChanging), "\(error)")
            }
        }
        stop.set()
        #expect(read > 0)
    }
}

/// A flag set by one thread and read by another.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
