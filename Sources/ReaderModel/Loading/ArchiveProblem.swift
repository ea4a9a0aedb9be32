/// Why a saved-page container (MHTML, web archive, gzip) holds no page lede can read: one short
/// phrase, shown after the file's name.
struct ArchiveProblem: Error, Sendable, Equatable {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
