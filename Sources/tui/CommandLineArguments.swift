import Foundation
import ReaderModel

/// The process's arguments read by their bytes (`FileSystemPath`): `CommandLine.arguments`
/// repairs bytes that are not UTF-8, which turned such a file name into one that does not exist.
enum CommandLineArguments {
    static func decoded() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            let argument = CommandLine.unsafeArgv[index]!
            return FileSystemPath.string(fromBytes: UnsafeBufferPointer(
                start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
        }
    }
}
