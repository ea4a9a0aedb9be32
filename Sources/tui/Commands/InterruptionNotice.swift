import Foundation

/// Says on stderr that a signal stopped a batch command before its output was complete. `lede
/// clean` prints only once every page is cleaned, so a run stopped by `timeout`, Ctrl-C or a closing
/// session left an empty output with no word of why (issue 11: empty outputs whose cause nobody
/// kept). The process still dies by the signal, so its exit status says so as well.
enum InterruptionNotice {
    /// The signals that end a process quietly by default, with their names.
    private static let signals: [(number: Int32, name: String)] = [
        (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT"), (SIGQUIT, "SIGQUIT"), (SIGTERM, "SIGTERM"),
    ]

    /// Each signal's message by number, made before a handler can run: the handler only writes.
    nonisolated(unsafe) private static var messages: UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>?> = {
        let table = UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>?>.allocate(capacity: 65)
        table.initialize(repeating: nil, count: 65)
        return table
    }()

    /// Installs the notice for `command` ("lede clean"). A signal the process was started with
    /// ignored (`nohup`, a background job) stays ignored.
    static func install(command: String) {
        let table = messages
        for (number, name) in signals {
            let text = Array("\(command): stopped by \(name) before its output was complete\n".utf8)
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
            _ = buffer.initialize(from: text)
            table[Int(number)]?.deallocate()
            table[Int(number)] = buffer
            let previous = signal(number, handler)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(number, previous) }
        }
    }

    /// Writes the message (`write(2)` is safe in a handler), then dies by the signal as if unhandled.
    private static let handler: @convention(c) (Int32) -> Void = { number in
        if number > 0, number < 65, let message = InterruptionNotice.messages[Int(number)] {
            _ = write(STDERR_FILENO, message.baseAddress, message.count)
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
