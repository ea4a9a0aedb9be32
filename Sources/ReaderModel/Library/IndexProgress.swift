/// How far an indexing run is: files done out of files to do, rate and time left.
public struct IndexProgress: Sendable, Hashable {
    /// Files cleaned and committed so far in this run.
    public var done: Int
    /// Files this run has to clean (new and changed ones; unchanged files are not counted).
    public var total: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(done: Int, total: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// Files per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    /// Estimated seconds left, nil until the rate is known.
    public var eta: Double? { rate > 0 ? Double(total - done) / rate : nil }
    public var fraction: Double { total > 0 ? Double(done) / Double(total) : 1 }
    public var isFinished: Bool { done >= total }

    /// "1234/10000 files  987/s  ETA 9s", the text both the CLI bar and the TUI status line show.
    public var summary: String {
        let eta = self.eta.map { "ETA \(Int($0.rounded(.up)))s" } ?? "ETA --"
        return "\(done)/\(total) files  \(Int(rate))/s  \(eta)"
    }
}
