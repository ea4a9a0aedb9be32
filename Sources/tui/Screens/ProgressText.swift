import ReaderModel

/// The status line's indexing progress: a small bar, count, rate and ETA.
enum ProgressText {
    static let barWidth = 10

    /// "indexing [####------] 1234/10000 files  987/s  ETA 9s"; before the scan finished, "indexing: scanning…".
    static func render(_ progress: IndexProgress?) -> String {
        guard let progress, progress.total > 0 else { return "indexing: scanning folder…" }
        let filled = min(barWidth, max(0, Int(progress.fraction * Double(barWidth))))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        return "indexing [\(bar)] \(progress.summary)"
    }
}
