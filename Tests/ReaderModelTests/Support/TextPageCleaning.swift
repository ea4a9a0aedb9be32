import Foundation
@testable import ReaderModel

/// Suites that clean invented select-all copies given as lines conform to share one `clean(_:)`.
protocol TextPageCleaning {}

extension TextPageCleaning {
    /// Cleans `lines`, joined by newlines, as a text copy saved as "t.txt".
    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }
}

extension Document {
    /// The evidence of the first block whose text is `text`; empty when no block has that text.
    func evidence(of text: String) -> String {
        blocks.first { $0.text == text }?.evidence ?? ""
    }
}
