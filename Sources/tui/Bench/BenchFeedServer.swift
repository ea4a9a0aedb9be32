import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for `lede bench`'s fetch entries: `/feed/N` is an RSS feed
/// of `itemsPerFeed` items linking to `/page/N-M`, an original article page. Answers a feed's
/// `If-None-Match` with 304. One thread per connection, one response per connection.
final class BenchFeedServer: @unchecked Sendable {
    let port: UInt16
    let itemsPerFeed: Int
    private let socketFD: Int32

    init(itemsPerFeed: Int) throws {
        self.itemsPerFeed = itemsPerFeed
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard fd >= 0, bound == 0, listen(fd, 512) == 0 else { throw BenchServerError() }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socketFD = fd
        Thread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { if errno == EINTR { continue } else { return } }
                DispatchQueue.global().async { [self] in serve(client) }
            }
        }.start()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65_536 {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            request += buffer[0..<count]
            if String(decoding: request, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        let text = String(decoding: request, as: UTF8.self)
        let path = text.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var status = "200 OK", type = "text/html; charset=utf-8", body = ""
        var extra = ""
        if path.hasPrefix("/feed/") {
            let n = path.dropFirst(6)
            if text.lowercased().contains("if-none-match: \"v1\"") {
                status = "304 Not Modified"
            } else {
                type = "application/rss+xml"
                extra = "ETag: \"v1\"\r\n"
                let items = (0..<itemsPerFeed).map {
                    "<item><title>Harbour report \(n)-\($0)</title><link>\(base)/page/\(n)-\($0)</link><guid>\(n)-\($0)</guid></item>"
                }.joined()
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench feed \(n)</title>\(items)</channel></rss>"
            }
        } else {
            let id = path.split(separator: "/").last.map(String.init) ?? "0"
            body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour report \(id) | Bench Gazette</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Harbour report \(id)</h1>"
                + "<p>The lamps along the harbour wall were lit again this week after two dark winters, report \(id) says.</p>"
                + "<p>Volunteers spent the autumn rewiring the old posts and repainting the iron brackets on the quay.</p>"
                + "</article><footer>Bench Gazette</footer></body></html>"
        }
        let bytes = Array(body.utf8)
        let head = "HTTP/1.1 \(status)\r\nConnection: close\r\nContent-Type: \(type)\r\nContent-Length: \(bytes.count)\r\n\(extra)\r\n"
        let all = Array(head.utf8) + (status.hasPrefix("304") ? [] : bytes)
        var sent = 0
        while sent < all.count {
            let count = all.withUnsafeBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            sent += count
        }
    }
}

struct BenchServerError: Error, CustomStringConvertible {
    var description: String { "cannot start the fetch benchmark's server on 127.0.0.1" }
}
