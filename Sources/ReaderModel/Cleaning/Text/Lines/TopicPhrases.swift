/// A chrome phrase the page's own prose keeps using ("browser" on a page about browsers, "news
/// feed" on one about feeds) is the page's topic: it no longer condemns a long paragraph alone.
enum TopicPhrases {
    /// A paragraph this long and ending a sentence is prose, not a label or a button.
    static let minProseWords = 15
    /// Paragraphs the vocabulary left alone that must carry the phrase for it to be the topic.
    static let minKeptParagraphs = 2

    /// The phrase ids the vocabulary found in each prose paragraph (`isProse` when it was read)
    /// that has any, in line order: recorded by `NoiseVocabulary` as it scores the line.
    struct Found {
        var lines: [(index: Int, ids: [Int])] = []
    }

    /// Clears the vocabulary's verdict on long prose paragraphs whose evidence was only the page's
    /// topic phrases; `--explain` names the phrase and how many kept paragraphs use it.
    static func release(_ lines: [TextLine], _ evidence: inout [LineEvidence], found: Found) {
        // Most pages have no long paragraph condemned by its words: nothing more is read there.
        // (A condemned paragraph without phrases has nothing the topic could release.)
        var condemned: [(index: Int, ids: [Int])] = []
        for entry in found.lines where evidence[entry.index].noiseSource == .vocabulary && isProse(lines[entry.index], evidence[entry.index].shape) {
            condemned.append(entry)
        }
        guard !condemned.isEmpty else { return }
        var wanted = Set<Int>()
        for entry in condemned { wanted.formUnion(entry.ids) }
        guard !wanted.isEmpty else { return }
        // Each phrase counts once per kept paragraph: one paragraph repeating a word is not a topic.
        var paragraphs: [Int: Int] = [:]
        for (i, ids) in found.lines where evidence[i].noise == nil && isProse(lines[i], evidence[i].shape) {
            var counted: [Int] = []
            for id in ids where wanted.contains(id) && !counted.contains(id) {
                counted.append(id)
                paragraphs[id, default: 0] += 1
            }
        }
        let topic = paragraphs.filter { $0.value >= minKeptParagraphs }.keys.sorted()
        for (i, ids) in condemned {
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
            if let found = HeadlineTopicPhrase.named(ids, at: i, lines, evidence) {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].keptNote = HeadlineTopicPhrase.note(found.phrases, headlineLine: found.headline + 1)
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
    static func isProse(_ line: TextLine, _ shape: LineShape) -> Bool {
        line.wordCount >= minProseWords && line.endsSentence && shape == .good
    }
}
