/// Gathers the per-line evidence of a page: vocabulary, captions, timestamps, repeats within the
/// page and across the site, and metadata patterns.
enum LineEvidenceCollector {
    static func collect(_ lines: [TextLine], site: SiteContext?) -> [LineEvidence] {
        var keyCounts: [String: Int] = [:]
        var keys: [String] = []
        keys.reserveCapacity(lines.count)
        for line in lines {
            let key = line.key
            keys.append(key)
            keyCounts[key, default: 0] += 1
        }
        let useSite = (site?.pageCount ?? 0) >= 2
        var result: [LineEvidence] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            var evidence = LineEvidence(shape: LineShape(line))
            evidence.isHeadlineLike = LineShape.isHeadlineLike(line)
            evidence.repeatsInPage = keys[index].isEmpty ? 1 : keyCounts[keys[index]] ?? 1
            if let reason = NoiseVocabulary.reason(words: line.words, endsSentence: line.endsSentence) {
                if reason == .credit {
                    evidence.isCaption = true
                } else {
                    evidence.noise = reason
                    evidence.noiseSource = "vocabulary"
                }
            }
            if line.words.isEmpty, evidence.noise == nil {
                evidence.noise = .fragment
                evidence.noiseSource = "no words"
            }
            if CaptionDetector.isCaption(line) { evidence.isCaption = true }
            if LineShape.isTimestamp(line) {
                evidence.isTimestamp = true
                evidence.noise = .feed
                evidence.noiseSource = "timestamp"
            }
            if evidence.noise == nil, evidence.repeatsInPage >= 2, line.wordCount <= 20 {
                evidence.noise = evidence.isHeadlineLike ? .related : .repeated
                evidence.noiseSource = "\(evidence.repeatsInPage)x in page"
            }
            if useSite, let site, evidence.noise == nil {
                let pages = site.pagesContaining(line.text)
                if pages >= 2, line.wordCount < 25 || pages >= 3 {
                    evidence.noise = .repeated
                    evidence.noiseSource = "in \(pages) pages of the site"
                }
            }
            readMetadata(line, into: &evidence)
            result.append(evidence)
        }
        return result
    }

    private static func readMetadata(_ line: TextLine, into evidence: inout LineEvidence) {
        let words = line.wordCount
        guard words <= 25 else { return }
        let text = String(line.text)
        if words <= 20, let name = MetadataPatterns.byline(in: text) {
            evidence.byline = name
        }
        if words <= 8, evidence.byline == nil, let name = MetadataPatterns.publisher(in: text),
           !MetadataPatterns.startsWithDateline(line.text) {
            evidence.publisher = name
        }
        if words <= 14, evidence.byline != nil || !line.endsSentence || words <= 8,
           line.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
           let iso = DateNormalizer.iso(line.text), iso.count >= 10 {
            evidence.dateISO = iso
        }
    }
}
