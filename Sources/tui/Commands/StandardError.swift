import Foundation
import ReaderModel

/// One-line messages to stderr, so stdout stays clean for the article output. Control characters
/// (from a file name quoted in the message) are shown escaped, never sent to the terminal.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((PrintableText.escaped(line, keepingNewlines: true) + "\n").utf8))
    }
}
