import Foundation
import ReaderModel

/// A one-line progress bar on stderr, redrawn in place at most ten times a second; silent when disabled.
final class IndexProgressBar {
    private let enabled: Bool
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: IndexProgress) {
        guard enabled, progress.total > 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard progress.isFinished || now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        let width = 30
        let filled = Int(progress.fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        StandardError.write("\r[\(bar)] \(progress.summary)\u{1B}[K")
        drawn = true
    }

    /// Ends the bar's line so the summary starts on a fresh one.
    func finish() {
        if drawn { StandardError.write("\n") }
    }
}
