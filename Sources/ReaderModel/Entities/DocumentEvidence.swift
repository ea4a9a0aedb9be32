/// What the whole document says about words: seen lower-case, seen capitalised mid-sentence.
struct DocumentEvidence {
    var lowercase: Set<String> = []
    var capitalisedMidSentence: Set<String> = []

    init(_ fields: [FieldText]) {
        for f in fields {
            for (i, t) in f.tokens.enumerated() where t.kind == .word {
                if let c = t.text.unicodeScalars.first, c.properties.isLowercase {
                    lowercase.insert(t.text)
                } else if !f.shouty, !f.sentenceStart[i], t.isCapitalised {
                    capitalisedMidSentence.insert(t.text)
                }
            }
        }
    }
}
