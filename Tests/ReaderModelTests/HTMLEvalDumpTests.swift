import Foundation
import Testing
@testable import ReaderModel

/// Writes the cleaner's JSON for every page of `LEDE_HTML_EVAL_DIR` into `LEDE_HTML_EVAL_OUT`, for
/// scoring against reference texts kept outside the repository. Skipped unless both are set.
@Test(.enabled(if: ProcessInfo.processInfo.environment["LEDE_HTML_EVAL_DIR"] != nil
               && ProcessInfo.processInfo.environment["LEDE_HTML_EVAL_OUT"] != nil))
func htmlEvalDump() throws {
    let env = ProcessInfo.processInfo.environment
    let out = env["LEDE_HTML_EVAL_OUT"]!
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    for article in ArticleLoader().loadAll([env["LEDE_HTML_EVAL_DIR"]!]).articles where article.format == .html {
        let doc = Cleaner().clean(article)
        let name = ((article.source as NSString).lastPathComponent as NSString).deletingPathExtension
        try encoder.encode(doc).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".json"))
    }
}
