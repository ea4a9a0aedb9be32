import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the fetch tests: one thread per connection, one response
/// per connection (`Connection: close`), a bounded lifetime, and counts of requests and of the
/// connections open at once per Host header.
final class LoopbackServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
    }

    struct Response: Sendable {
        var status = 200
        var headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"]
        var body: [UInt8] = []
        /// Seconds to wait before sending anything (a stalled server).
        var delay: Double = 0
        /// Body is sent in pieces with this pause between them (a slow server), 0 for all at once.
        var pieceDelay: Double = 0

        static func text(_ text: String, type: String = "text/html; charset=utf-8", status: Int = 200) -> Response {
            Response(status: status, headers: ["Content-Type": type], body: Array(text.utf8))
        }
    }

    let port: UInt16
    private let socketFD: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var open: [String: Int] = [:]
    private var peak: [String: Int] = [:]
    private var log: [Request] = []
    private var stopped = false

    /// Starts serving; stops by itself after `lifetime` seconds whatever the test does.
    /// The bound is long because it is only a safety net (every test stops its server): with the
    /// whole suite running on a loaded 2-core machine, a test waited over 120 s for a thread
    /// between starting its server and its first request, and found the server gone.
    init(lifetime: Double = 900, handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 512) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socketFD = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
        DispatchQueue.global().asyncAfter(deadline: .now() + lifetime) { [weak self] in self?.stop() }
    }

    deinit { stop() }

    var base: String { "http://127.0.0.1:\(port)" }

    func stop() {
        let wasRunning: Bool = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        if wasRunning {
            shutdown(socketFD, Int32(SHUT_RDWR))
            close(socketFD)
        }
    }

    /// Every request received so far.
    var requests: [Request] { lock.withLock { log } }
    func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }
    /// The most connections open at once from clients naming `host` (any host when nil).
    func peakConnections() -> Int { lock.withLock { peak.values.max() ?? 0 } }

    private func acceptLoop() {
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return  // closed by stop()
            }
            // A thread of its own per connection: on GCD's shared pool, other suites' blocking work
            // (and the stalled routes' sleeps) could hold a request past the client's read timeout.
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(fd) else { return }
        let host = request.headers["host"] ?? ""
        lock.withLock {
            log.append(request)
            open[host, default: 0] += 1
            peak[host] = max(peak[host] ?? 0, open[host]!)
        }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        // Counted open until the answer starts: once the client has it, it may open its next
        // connection before this thread could count this one closed, which read as a third one.
        lock.withLock { open[host, default: 1] -= 1 }
        var head = "HTTP/1.1 \(response.status) X\r\nConnection: close\r\nContent-Length: \(response.body.count)\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard sendAll(fd, Array(head.utf8)), request.method != "HEAD" else { return }
        if response.pieceDelay > 0 {
            var start = 0
            while start < response.body.count {
                let end = min(start + 256, response.body.count)
                guard sendAll(fd, Array(response.body[start..<end])) else { return }
                start = end
                Thread.sleep(forTimeInterval: response.pieceDelay)
            }
        } else {
            _ = sendAll(fd, response.body)
        }
    }

    private func readRequest(_ fd: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while data.count < 65_536 {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            data += buffer[0..<count]
            if data.count >= 4, (0...(data.count - 4)).contains(where: { Array(data[$0..<$0 + 4]) == end }) { break }
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let first = lines[0].split(separator: " ")
        guard first.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(first[0]), path: String(first[1]), headers: headers)
    }

    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }
}
