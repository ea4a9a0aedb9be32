import Foundation
import ReaderModel
import Testing
@testable import tui

/// The sidebar and m/M over a library index, answered by query: selecting an entity and stepping through
/// its mentions on into the next article that mentions it, with the position in the status line.
@Suite struct LibraryEntityKeysTests {
    static let pages: [(String, String, [String])] = [
        ("01", "Ferry service returns to the island", ["Mara Lindqvist cut the ribbon at the new pier.", "Lindqvist said the crossing would run all year."]),
        ("02", "Weather closes the coastal road", ["Gales kept the road shut for most of Tuesday afternoon and evening."]),
        ("03", "Harbour fees to rise in spring", ["Lindqvist defended the fees at a meeting of skippers on the quay."]),
        ("04", "Skippers reply to the harbour board", ["A letter to Mara Lindqvíst asked for a smaller rise for small boats."]),
    ]

    /// A library of the pages above with "Mara Lindqvist" (and its accented variant and surname) marked as a person.
    static func source(in dir: String) throws -> LibrarySource {
        try FileManager.default.createDirectory(atPath: dir + "/lib", withIntermediateDirectories: true)
        for (name, title, body) in pages {
            try ([title, ""] + body.flatMap { [$0, ""] } + ["The harbour office answers questions at the quay on Monday mornings."])
                .joined(separator: "\n").write(toFile: "\(dir)/lib/\(name).txt", atomically: true, encoding: .utf8)
        }
        let library = try LibraryIndex(library: dir + "/lib", indexPath: dir + "/index.sqlite")
        try Indexer(analyze: { article in
            let document = Cleaner().clean(article)
            var spans: [EntitySpan] = []
            for field in document.fields {
                let text = document.text(of: field)
                for name in ["Mara Lindqvíst", "Mara Lindqvist", "Lindqvist"] {
                    var from = text.startIndex
                    while let found = text.range(of: name, range: from..<text.endIndex) {
                        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                        let range = start..<(start + name.utf8.count)
                        if !spans.contains(where: { $0.field == field && $0.range.overlaps(range) }) {
                            spans.append(EntitySpan(field: field, range: range, text: name, type: .person))
                        }
                        from = found.upperBound
                    }
                }
            }
            return (document, spans)
        }).run(library)
        return try LibrarySource(index: library, indexing: false)
    }

    @Test func mStepsThroughTheArticlesThatMentionTheEntityInListOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-entity-keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = try Self.source(in: dir)
        let driver = RecordingDriver(columns: 160, rows: 45)
        let app = ReaderApp(driver: driver, source: source, keyMap: try KeyMap(), exportDirectory: dir)
        // The variants are grouped in the background; the app folds them in when it polls.
        let deadline = Date().addingTimeInterval(30)
        while source.entities == nil && Date() < deadline {
            app.pollSource()
            Thread.sleep(forTimeInterval: 0.01)
        }
        // Article 1's sidebar: one person, mentioned twice here and in two other articles.
        let rows = EntityRow.rows(document: 0, index: try #require(source.entities))
        guard case .entity(let id, let name, .person, let here, let elsewhere)? = rows.dropFirst().first else {
            Issue.record("no person row: \(rows)")
            return
        }
        #expect(name == "Mara Lindqvist" && here == 2 && elsewhere == 2)
        for key in [Key.tab, .tab, .enter] { app.handle(.key(key)) }
        #expect(app.state.selectedEntity == id)
        #expect(app.state.message?.contains("in 3 articles") == true)
        var visits: [Int] = []
        var statuses: [String] = []
        for _ in 0..<5 {
            app.handle(.key(.char("m")))
            let mention = try #require(app.state.mention)
            visits.append(mention.document)
            statuses.append(StatusLine(state: app.state, articleCount: 4, index: source.entities!).mentionPosition ?? "")
        }
        // Article 2 does not mention her; after the last mention m wraps to the first.
        #expect(visits == [0, 0, 2, 3, 0])
        #expect(statuses[0] == "Mara Lindqvist: article 1/3, mention 1/2")
        #expect(statuses[1] == "Mara Lindqvist: article 1/3, mention 2/2")
        #expect(statuses[2] == "Mara Lindqvist: article 2/3, mention 1/1")
        #expect(statuses[3] == "Mara Lindqvist: article 3/3, mention 1/1")
        #expect(app.state.message == "wrapped to the first mention")
        #expect(app.state.openArticle == 0)
        // M goes back across the wrap to the last article's mention.
        app.handle(.key(.char("M")))
        #expect(app.state.mention?.document == 3)
        #expect(app.state.mention?.text == "Mara Lindqvíst")
    }
}

/// The seeds through an index: the sidebar by query shows what the in-memory merge of the same stored
/// spans shows, article by article (skipped where `../shared/seeds` is absent).
@Suite struct LibraryEntitySidebarSeedsTests {
    static let seedsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsPath)))
    func sidebarByQueryMatchesTheInMemoryMerge() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-seed-sidebar-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let library = try LibraryIndex(library: Self.seedsPath, indexPath: dir + "/index.sqlite")
        try SiteSampledAnalysis(root: Self.seedsPath).indexer().run(library)
        let rows = try library.rows()
        let memory = EntityIndex(spans: try rows.map { try library.spans(ofArticle: $0.id) })
        let catalog = LibraryEntityCatalog(entities: try LibraryEntities(index: library), order: rows.map(\.id))
        func shown(_ rows: [EntityRow]) -> [String] {
            rows.map { row in
                switch row {
                case .header(let type, let count): return "\(type) (\(count))"
                // A date's or an amount's name is the stored row's (the writer keeps the first article's form),
                // where the merger picks the most frequent form: the same entity under another spelling.
                case .entity(_, let name, let type, let here, let elsewhere):
                    return "\(type == .date || type == .money ? type.rawValue : name) \(here) +\(elsewhere)"
                }
            }
        }
        for i in rows.indices {
            // Sorted: dates with other names may sort differently among equal counts.
            let a = shown(EntityRow.rows(document: i, index: catalog)).sorted(), b = shown(EntityRow.rows(document: i, index: memory)).sorted()
            #expect(a == b, "\(i): library-only \(a.filter { !b.contains($0) }), memory-only \(b.filter { !a.contains($0) })")
        }
    }
}
