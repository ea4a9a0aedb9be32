import ReaderModel

extension Document {
    /// Shown when an indexed article cannot be loaded (its row vanished or its stored document is damaged).
    static let missing = Document(source: "", title: "(this article could not be loaded from the index)")
}
