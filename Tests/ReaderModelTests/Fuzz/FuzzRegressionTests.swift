import Foundation
import Testing

/// Replays every input the fuzzer ever failed on (`Fixtures/fuzz/TARGET/`) and every seed
/// (`Fuzz/Seeds/TARGET/`) through the same entries `scripts/fuzz` runs. A regression traps, as it did under the fuzzer.
@Suite struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inputs() -> [(target: String, path: String)] {
        var inputs: [(target: String, path: String)] = []
        for target in ReaderModelFuzzEntries.names {
            for folder in ["Tests/ReaderModelTests/Fixtures/fuzz", "Fuzz/Seeds"] {
                let dir = repository.appendingPathComponent(folder).appendingPathComponent(target).path
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                inputs += names.sorted().map { (target, dir + "/" + $0) }
            }
        }
        return inputs
    }

    @Test func savedInputsRunCleanly() throws {
        let inputs = Self.inputs()
        for target in ReaderModelFuzzEntries.names {
            #expect(inputs.contains { $0.target == target }, "no seeds for \(target)")
        }
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
            #expect(ReaderModelFuzzEntries.run(input.target, bytes), "\(input.path)")
        }
    }
}
