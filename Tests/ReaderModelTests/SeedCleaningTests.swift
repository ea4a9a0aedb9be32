import Foundation
import Testing
@testable import ReaderModel

/// Scores the plain-text cleaner against hand labels of the real pages in `../shared/seeds`
/// (skipped where that folder is absent; the labels hold line numbers, never seed text).
@Suite struct SeedCleaningTests {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let seedsPath = testsDir.appendingPathComponent("../../../shared/seeds").standardized.path
    static let labelsPath = testsDir.appendingPathComponent("Fixtures/seed-labels/seed-labels.tsv").path
    static let haveSeeds = FileManager.default.fileExists(atPath: seedsPath)

    struct LabelledPage {
        var file: String
        var lines: [String]
        var labels: [Int: String] = [:]
        var expectedTitle: String?
        var hasTitle = true
        var document: Document
        func texts(_ label: String) -> [String] {
            labels.keys.sorted().filter { labels[$0] == label }.map { lines[$0 - 1].trimmingCharacters(in: .whitespaces) }
        }
        var noiseLines: [String] {
            labels.keys.sorted().filter { labels[$0]!.hasPrefix("noise:") }.map { lines[$0 - 1].trimmingCharacters(in: .whitespaces) }
        }
    }

    static func pages() throws -> [LabelledPage] {
        var byFile: [String: LabelledPage] = [:]
        let rows = try String(contentsOfFile: labelsPath, encoding: .utf8).split(separator: "\n")
        for row in rows where !row.hasPrefix("#") {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 3 else { continue }
            let file = cols[0]
            if byFile[file] == nil {
                let text = try String(contentsOfFile: seedsPath + "/" + file, encoding: .utf8)
                byFile[file] = LabelledPage(file: file, lines: text.components(separatedBy: "\n"),
                                            document: Cleaner().clean(Article(source: file, format: .text, text: text)))
            }
            let bounds = cols[1].split(separator: "-").compactMap { Int($0) }
            let range = bounds[0]...(bounds.count > 1 ? bounds[1] : bounds[0])
            var label = cols[2]
            if label == "no-title" { byFile[file]!.hasTitle = false; continue }
            if label.hasPrefix("title-prefix:") {
                let prefix = String(label.dropFirst("title-prefix:".count))
                byFile[file]!.expectedTitle = String(byFile[file]!.lines[range.lowerBound - 1].dropFirst(prefix.count))
                    .trimmingCharacters(in: .whitespaces)
                label = "title"
            } else if label == "title" {
                byFile[file]!.expectedTitle = byFile[file]!.lines[range.lowerBound - 1].trimmingCharacters(in: .whitespaces)
            }
            for n in range where n >= 1 && n <= byFile[file]!.lines.count
                && !byFile[file]!.lines[n - 1].trimmingCharacters(in: .whitespaces).isEmpty {
                byFile[file]!.labels[n] = label
            }
        }
        return byFile.values.sorted { $0.file < $1.file }
    }

    /// Token-level F1 between the cleaned paragraphs and the lines labelled body.
    static func bodyF1(_ page: LabelledPage) -> Double {
        func bag(_ texts: [String]) -> [Substring: Int] {
            var counts: [Substring: Int] = [:]
            for text in texts { for token in text.split(whereSeparator: \.isWhitespace) { counts[token, default: 0] += 1 } }
            return counts
        }
        let expected = bag(page.texts("body"))
        let got = bag(page.document.paragraphs)
        let overlap = expected.reduce(0) { $0 + min($1.value, got[$1.key] ?? 0) }
        let precision = Double(overlap) / Double(max(1, got.values.reduce(0, +)))
        let recall = Double(overlap) / Double(max(1, expected.values.reduce(0, +)))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    @Test(.enabled(if: haveSeeds)) func bodyF1IsAtLeast098OnEverySeed() throws {
        for page in try Self.pages() {
            let f1 = Self.bodyF1(page)
            #expect(f1 >= 0.98, "\(page.file): body F1 \(f1)")
        }
    }

    @Test(.enabled(if: haveSeeds)) func titlesAreRightOnAllSeeds() throws {
        for page in try Self.pages() {
            if page.hasTitle {
                #expect(page.document.title == page.expectedTitle, "\(page.file)")
            } else {
                #expect(page.document.title == nil, "\(page.file)")
            }
        }
    }

    @Test(.enabled(if: haveSeeds)) func noNoiseAndNoCaptionsInTheBody() throws {
        for page in try Self.pages() {
            let body = Set(page.document.paragraphs)
            for line in page.noiseLines { #expect(!body.contains(line), "\(page.file): noise kept: \(line.prefix(40))") }
            for line in page.texts("caption") {
                #expect(!body.contains(line), "\(page.file): caption in body")
                #expect(page.document.captions.contains(line), "\(page.file): caption lost")
            }
        }
    }

    @Test(.enabled(if: haveSeeds)) func removedBlocksCarryTheLabelledReason() throws {
        var agree = 0
        var total = 0
        for page in try Self.pages() {
            let reasons = Dictionary(page.document.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
            for (n, label) in page.labels where label.hasPrefix("noise:") {
                total += 1
                let text = page.lines[n - 1].trimmingCharacters(in: .whitespaces)
                if reasons[text]?.rawValue == String(label.dropFirst(6)) { agree += 1 }
            }
        }
        // Reasons are explanations, not the score; most should still match the hand label.
        #expect(Double(agree) / Double(max(1, total)) >= 0.8, "\(agree)/\(total) removed reasons agree")
    }

    @Test(.enabled(if: haveSeeds)) func metadataOfTheSeeds() throws {
        let pages = try Self.pages()
        let docs = Dictionary(uniqueKeysWithValues: pages.map { ($0.file.prefix(3), $0.document) })
        #expect(docs["000"]?.byline != nil)
        #expect(docs["000"]?.published?.hasPrefix("2024-04-29") == true)
        #expect(docs["002"]?.publisher == "Reuters")
        #expect(docs["002"]?.published == "2023-04-20")
        #expect(docs["004"]?.publisher == "Associated Press")
        for page in pages {
            if let standfirst = page.texts("standfirst").first { #expect(page.document.standfirst == standfirst, "\(page.file)") }
        }
    }

    @Test(.enabled(if: haveSeeds)) func paragraphOffsetsPointIntoTheSource() throws {
        for page in try Self.pages() {
            let text = page.lines.joined(separator: "\n")
            let utf8 = Array(text.utf8)
            for field in page.document.fields {
                guard let offset = page.document.sourceOffsets[field] else { continue }
                let value = Array(page.document.text(of: field).utf8)
                #expect(Array(utf8[offset..<min(utf8.count, offset + value.count)]) == value, "\(page.file) \(field)")
            }
        }
    }
}
