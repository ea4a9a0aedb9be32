/// What the whole document says about words: seen lower-case, seen capitalised mid-sentence.
struct DocumentEvidence {
    var lowercase: Set<String> = []
    var capitalisedMidSentence: Set<String> = []

    init(_ fields: [FieldText]) {
        for f in fields {
            for (i, t) in f.tokens.enumerated() where t.kind == .word {
                if let b = t.text.utf8.first, b >= 0x61 && b <= 0x7A || (b >= 0x80 && t.text.unicodeScalars.first!.properties.isLowercase) {
                    lowercase.insert(t.text)
                } else if !f.shouty, !f.sentenceStart[i], t.isCapitalised {
                    capitalisedMidSentence.insert(t.text)
                }
            }
        }
    }
}
