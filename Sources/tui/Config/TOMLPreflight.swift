/// The check every config and theme text passes before TOMLKit parses it. toml++ (under TOMLKit) is
/// built without NDEBUG, so its internal assert()s are live and abort the whole process on some
/// malformed TOML (`scripts/fuzz` kept finding new shapes). Only text that is valid TOML 1.0 syntax
/// reaches it; what is wrong beyond syntax (a key defined twice, a table redefined) toml++ reports
/// as an ordinary error.
enum TOMLPreflight {
    /// "line N, column M: what is wrong" for the first syntax error, or nil when the text is valid TOML.
    static func problem(in text: String) -> String? {
        TOMLSyntaxChecker.check(text)?.description
    }

    /// The file's text; invalid UTF-8 is refused (line and column) rather than silently replaced,
    /// so a Latin-1 path in a config is reported instead of becoming a folder name with U+FFFD in it.
    static func text(decoding bytes: some Collection<UInt8>) throws(TOMLSyntaxError) -> String {
        let bytes = Array(bytes)
        if let bad = TOMLSyntaxChecker.firstInvalidUTF8(in: bytes) { throw TOMLSyntaxError("the file is not valid UTF-8", at: bad, in: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
