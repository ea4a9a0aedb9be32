import Foundation

/// One-line messages to stderr, so stdout stays clean for the article output.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
