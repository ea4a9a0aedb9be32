/// Finds people, organizations, places, dates and money in a cleaned document.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// Every entity span in the document's fields, in reading order.
    public func recognize(_ document: Document) -> [EntitySpan] {
        []  // placeholder until the recognizer lands
    }
}
