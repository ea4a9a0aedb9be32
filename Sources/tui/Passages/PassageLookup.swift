import ReaderModel

/// A source that knows which passages of its articles stand in its other articles (the library index);
/// sources that do not are matched in memory (`PassageProvider`).
protocol PassageLookup: AnyObject {
    /// The repeated passages of the article at a list position, their other articles as list positions.
    func passageReport(at position: Int) -> PassageReport?
}
