import Foundation

/// libFuzzer's entry point: runs the target named by `LEDE_FUZZ_TARGET` (see `scripts/fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if !ReaderModelFuzzEntries.run(FuzzTargetName.current, bytes), !TUIFuzzEntries.run(FuzzTargetName.current, bytes) {
        preconditionFailure("unknown LEDE_FUZZ_TARGET")
    }
    return 0
}

/// The target chosen for this process.
enum FuzzTargetName {
    static let current: String = {
        let name = ProcessInfo.processInfo.environment["LEDE_FUZZ_TARGET"] ?? ""
        let all = ReaderModelFuzzEntries.names + TUIFuzzEntries.names
        guard all.contains(name) else {
            FileHandle.standardError.write(Data("lede-fuzz: set LEDE_FUZZ_TARGET to one of: \(all.joined(separator: " "))\n".utf8))
            exit(2)
        }
        return name
    }()
}
