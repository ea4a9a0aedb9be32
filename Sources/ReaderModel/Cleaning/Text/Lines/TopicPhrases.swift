/// A chrome phrase the page's own prose keeps using ("browser" on a page about browsers, "news
/// feed" on one about feeds) is the page's topic: it no longer condemns a long paragraph alone.
enum TopicPhrases {
    /// A paragraph this long and ending a sentence is prose, not a label or a button.
    static let minProseWords = 15
    /// Paragraphs the vocabulary left alone that must carry the phrase for it to be the topic.
    static let minKeptParagraphs = 2

    /// Clears the vocabulary's verdict on long prose paragraphs whose evidence was only the page's
    /// topic phrases; `--explain` names the phrase and how many kept paragraphs use it.
    static func release(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Most pages have no long paragraph condemned by its words: nothing more is read there.
        var condemned: [Int] = []
        for i in lines.indices where evidence[i].noiseSource == .vocabulary && isProse(lines[i], evidence[i].shape) { condemned.append(i) }
        guard !condemned.isEmpty else { return }
        let condemnedIDs = condemned.map { NoiseVocabulary.phraseIDs(words: lines[$0].words, phraseStarts: lines[$0].phraseStarts) }
        var wanted = Set<Int>()
        for ids in condemnedIDs { wanted.formUnion(ids) }
        guard !wanted.isEmpty else { return }
        // Each phrase counts once per kept paragraph: one paragraph repeating a word is not a topic.
        var paragraphs: [Int: Int] = [:]
        // A line where no phrase starts is skipped before its phrases are read.
        for i in lines.indices where !lines[i].phraseStarts.isEmpty && evidence[i].noise == nil && isProse(lines[i], evidence[i].shape) {
            var counted: [Int] = []
            for id in NoiseVocabulary.phraseIDs(words: lines[i].words, phraseStarts: lines[i].phraseStarts)
            where wanted.contains(id) && !counted.contains(id) {
                counted.append(id)
                paragraphs[id, default: 0] += 1
            }
        }
        let topic = paragraphs.filter { $0.value >= minKeptParagraphs }.keys.sorted()
        for (k, i) in condemned.enumerated() {
            let ids = condemnedIDs[k]
            if !topic.isEmpty, ids.contains(where: topic.contains) {
                let line = lines[i]
                // Only a verdict the phrase tally gave is undone (not a label glued to a teaser, say).
                if NoiseVocabulary.tallyReason(words: line.words, endsSentence: line.endsSentence, ids: ids, excluding: []) != nil,
                   NoiseVocabulary.tallyReason(words: line.words, endsSentence: line.endsSentence, ids: ids, excluding: topic) == nil {
                    evidence[i].noise = nil
                    evidence[i].noiseSource = nil
                    evidence[i].keptNote = note(ids: ids, topic: topic, paragraphs: paragraphs)
                    continue
                }
            }
            // A short post has no two other paragraphs to name its topic; its headline may.
            if let named = HeadlineTopicPhrase.named(ids, at: i, lines, evidence),
               let h = HeadlineTopicPhrase.headline(above: i, lines, evidence) {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].keptNote = HeadlineTopicPhrase.note(named, headlineLine: h + 1)
            }
        }
    }

    /// "vocabulary: \"browser\" (in 3 kept paragraphs) is the page's topic", each phrase named once.
    private static func note(ids: [Int], topic: [Int], paragraphs: [Int: Int]) -> String {
        var named: [Int] = []
        for id in ids where topic.contains(id) && !named.contains(id) { named.append(id) }
        let phrases = named.map { "\"\(NoiseVocabulary.phrases[$0].words.joined(separator: " "))\" (in \(paragraphs[$0] ?? 0) kept paragraphs)" }
        return "vocabulary: " + phrases.joined(separator: ", ") + (named.count == 1 ? " is the page's topic" : " are the page's topics")
    }

    /// Long, ending a sentence and reading as prose by its shape: a list of tags or a dated
    /// footer line that ends in a full stop is not.
    private static func isProse(_ line: TextLine, _ shape: LineShape) -> Bool {
        line.wordCount >= minProseWords && line.endsSentence && shape == .good
    }
}
