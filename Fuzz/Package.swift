// swift-tools-version:6.0
import PackageDescription

// The libFuzzer harness for lede, kept out of the main package so its sanitizer build never
// touches `swift build`/`swift test` there. Built and run by `scripts/fuzz`:
//   swift build -c release --sanitize fuzzer --sanitize address \
//     -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table -Xswiftc -enable-testing
// The fuzz entries and the reader's TOML loader sources are symlinks into the main tree.
let package = Package(
    name: "lede-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "lede", path: ".."),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .executableTarget(
            name: "lede-fuzz",
            dependencies: [
                .product(name: "ReaderModel", package: "lede"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: [.define("LEDE_FUZZ_HARNESS"), .unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
