import Foundation
import Testing

/// `lede clean` and `lede index` on a folder mixing plain pages with MHTML, a Safari web archive
/// and a gzipped page (invented pages in Fixtures/containers), one of them damaged.
@Suite struct SavedPageContainerCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/containers").path
    static let available = FileManager.default.isExecutableFile(atPath: ledeExecutable)

    @Test(.enabled(if: available))
    func cleanReadsEveryContainerAndNamesTheDamagedOne() throws {
        let run = try LedeRun.run(["clean", "--format", "json", Self.fixtures])
        #expect(run.exited && run.status == 1)  // the damaged archive fails, the rest are cleaned
        let titles = run.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["title"] as? String
        }
        #expect(titles == ["Bell ringers mark the bridge centenary", "Lighthouse keeper’s cottage to become a museum",
                           "Night ferry timetable changes", "Tidal mill grinds its first flour", "Orchard co-operative buys a cider press"])
        #expect(run.stdout.contains("the café beside the sluice gate"))
        #expect(run.stderr == "\(Self.fixtures)/damaged.mhtml: cannot read the page in this MHTML archive: truncated: the file ends inside the page's part\n")
    }

    @Test(.enabled(if: available))
    func indexStoresTheContainersPages() throws {
        let base = NSTemporaryDirectory() + "lede-containers-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: base + "/library")
        let environment = ["XDG_DATA_HOME": base + "/data"]
        let index = try LedeRun.run(["index", "--quiet", base + "/library"], environment: environment)
        #expect(index.exited)
        #expect(index.stdout.contains("5 articles"))
        #expect(index.stderr.contains("damaged.mhtml"))
        for word in ["sluice", "oilskins", "peal"] {
            let search = try LedeRun.run(["search", word, base + "/library"], environment: environment)
            #expect(search.status == 0 && search.stdout.split(separator: "\n").count >= 1, "\(word): \(search.stdout) \(search.stderr)")
        }
    }
}
