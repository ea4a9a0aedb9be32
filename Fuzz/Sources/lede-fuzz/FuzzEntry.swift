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

/// libFuzzer calls this once before the first input: one-time fixtures (the `query` target's index,
/// built by background indexing threads) are made here, outside the per-input leak check, which took
/// their still-owned allocations for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    ReaderModelFuzzEntries.prepare(FuzzTargetName.current)
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
