import ReaderModel

/// A source that can group its list by story (`v`): positions in the stories are list positions.
protocol StorySource: AnyObject {
    /// The stories of the current list, nil when they cannot be worked out.
    func stories() -> [Story]?
}

extension CorpusSource: StorySource {
    /// Signatures of the documents in memory (their entities recognised once more, per article, as the
    /// index does), worked out on first use.
    func stories() -> [Story]? {
        let recognizer = EntityRecognizer()
        return StoryGrouper.group((0..<summaries.count).map { i in
            document(at: i).map { StorySignature(document: $0, spans: recognizer.recognize($0)) }
        })
    }
}

extension LibrarySource: StorySource {
    /// From the signatures stored with the articles: nothing is cleaned again.
    func stories() -> [Story]? {
        try? index.stories(of: rows)
    }
}
