import ReaderModel

/// A source that knows which passages of its articles stand in its other articles (the library index);
/// sources that do not are matched in memory (`PassageProvider`).
protocol PassageLookup: AnyObject {
    /// The repeated passages of the article at a list position, their other articles as list positions;
    /// `scope` (list positions) limits the articles compared with, nil compares with all.
    func passageReport(at position: Int, among scope: Set<Int>?) -> PassageReport?
}
