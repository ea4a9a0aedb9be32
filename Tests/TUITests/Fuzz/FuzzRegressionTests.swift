import Foundation
import Testing

/// Replays every config and theme input the fuzzer ever failed on (`Fixtures/fuzz/TARGET/`), the
/// seeds (`Fuzz/Seeds/TARGET/`) and the bundled themes through the entries `scripts/fuzz` runs.
@Suite struct TUIFuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inputs() -> [(target: String, path: String)] {
        var inputs: [(target: String, path: String)] = []
        for target in TUIFuzzEntries.names {
            for folder in ["Tests/TUITests/Fixtures/fuzz", "Fuzz/Seeds"] {
                let dir = repository.appendingPathComponent(folder).appendingPathComponent(target).path
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                inputs += names.sorted().map { (target, dir + "/" + $0) }
            }
        }
        return inputs
    }

    @Test func savedInputsRunCleanly() throws {
        let inputs = Self.inputs()
        #expect(inputs.contains { $0.target == "config" } && inputs.contains { $0.target == "theme" })
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
            #expect(TUIFuzzEntries.run(input.target, bytes), "\(input.path)")
        }
    }
}
