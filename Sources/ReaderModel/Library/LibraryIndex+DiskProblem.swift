import GRDB

extension LibraryIndex {
    /// A plain message for a write that failed for want of room, by an I/O error or on a read-only index (nil for other errors):
    /// what was committed stays, and the next run continues from there.
    public func diskProblem(_ error: Error) -> String? {
        LibraryIndex.diskProblem(error, indexPath: location.indexPath)
    }

    /// `diskProblem` for an index that may not have opened yet.
    public static func diskProblem(_ error: Error, indexPath: String) -> String? {
        if let readOnly = IndexWriteError.from(error, indexPath: indexPath) { return readOnly.description }
        guard let error = error as? DatabaseError else { return nil }
        let indexPath = PrintableText.escaped(indexPath)
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL:
            return "the disk holding the index \(indexPath) is full; what was indexed so far is kept and the next run continues from there"
        case .SQLITE_IOERR:
            return "the index \(indexPath) could not be written (I/O error: \(error.message ?? "\(error.resultCode)")); what was indexed so far is kept"
        default:
            return nil
        }
    }
}
