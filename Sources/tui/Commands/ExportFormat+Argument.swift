import ArgumentParser
import ReaderModel

/// Lets `--format markdown|text|json|html` parse straight into `ExportFormat`.
extension ExportFormat: ExpressibleByArgument {}
