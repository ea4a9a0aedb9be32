import Foundation
import Testing
@testable import ReaderModel

@Test func scratchPrepassCost() throws {
    let dir = "../shared/devsets/readability/html"
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted().prefix(60)
    let articles = names.compactMap { try? ArticleLoader().load(path: dir + "/" + $0) }
    let clock = ContinuousClock()
    let clean = clock.measure { for a in articles { _ = Cleaner().clean(a) } }
    let prepass = clock.measure {
        for _ in 0..<1 { for a in articles {
            _ = ControlCharacterStripper.strip(a.text)
            var t = a.text
            t.withUTF8 { b in
                if let s = RawTextStripper.strip(b) { _ = s.withUnsafeBufferPointer(AttributeLimiter.limit) } else { _ = AttributeLimiter.limit(b) }
            }
        } }
    }
    let raw = clock.measure { for a in articles { var t = a.text; t.withUTF8 { _ = RawTextStripper.strip($0) } } }
    print("SCRATCH \(articles.count) pages clean \(clean) strip+raw+limit \(prepass) raw alone \(raw)")
}
