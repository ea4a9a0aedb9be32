/// A problem in the config file or key overrides, one line for the status bar.
struct ConfigError: Error, CustomStringConvertible, Equatable {
    var description: String
    init(_ description: String) { self.description = description }
}
