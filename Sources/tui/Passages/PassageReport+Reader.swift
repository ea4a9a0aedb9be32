import ReaderModel

extension PassageReport {
    /// Passages standing in an article the reader has read: what `f` folds.
    func seen(read: Set<Int>) -> [RepeatedPassage] {
        repeated.filter { $0.sources.contains { read.contains(Int($0.article)) } }
    }

    /// The byte ranges `f` folds, per field.
    func foldedRanges(read: Set<Int>) -> [DocumentField: [Range<Int>]] {
        var result: [DocumentField: [Range<Int>]] = [:]
        for passage in seen(read: read) { result[passage.field, default: []].append(passage.range) }
        return result
    }

    /// The byte ranges of every repeated passage, per field.
    var repeatedRanges: [DocumentField: [Range<Int>]] {
        var result: [DocumentField: [Range<Int>]] = [:]
        for passage in repeated { result[passage.field, default: []].append(passage.range) }
        return result
    }
}
