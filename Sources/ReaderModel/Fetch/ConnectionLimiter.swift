/// Hands out request slots: at most `perHost` in flight to one host and `total` in all; others wait in order.
actor ConnectionLimiter {
    let perHost: Int
    let total: Int
    private var active: [String: Int] = [:]
    private var activeTotal = 0
    private var waiting: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []
    /// The most requests seen in flight to one host at once (for tests and `lede bench`).
    private(set) var peakPerHost = 0

    init(perHost: Int, total: Int) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    func acquire(host: String) async {
        if canStart(host) {
            take(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    func release(host: String) {
        active[host, default: 1] -= 1
        if active[host] == 0 { active[host] = nil }
        activeTotal -= 1
        // The first waiter whose host has room goes next, so one busy host does not hold up the rest.
        while let next = waiting.firstIndex(where: { canStart($0.host) }) {
            let waiter = waiting.remove(at: next)
            take(waiter.host)
            waiter.continuation.resume()
        }
    }

    private func canStart(_ host: String) -> Bool {
        activeTotal < total && active[host, default: 0] < perHost
    }

    private func take(_ host: String) {
        active[host, default: 0] += 1
        activeTotal += 1
        peakPerHost = max(peakPerHost, active[host]!)
    }
}
