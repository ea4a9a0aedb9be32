/// What the whole document says about words: seen lower-case, seen capitalised mid-sentence.
/// Sets of NFC bytes (`CanonicalBytes`), so membership is `String ==` without building strings.
/// A class: every field's scanner holds it, and copying the tables would retain each of their buffers.
final class DocumentEvidence {
    // Constants once built: reads of a class's `let` need no dynamic exclusivity check.
    private let lowercase: WordHashTable<Void>
    private let capitalisedMidSentence: WordHashTable<Void>

    init(_ fields: [FieldText]) {
        var lowercase = WordHashTable<Void>(minimumCapacity: 1024)
        var capitalisedMidSentence = WordHashTable<Void>(minimumCapacity: 256)
        for f in fields {
            var text = f.text
            text.withUTF8 { bytes in
                for (i, t) in f.tokens.enumerated() where t.kind == .word {
                    let word = UnsafeBufferPointer(rebasing: bytes[t.start..<t.end])
                    // ASCII words come with their hash from the lexicon lookup (the same FNV-1a over the same bytes).
                    let hash = f.hashes[i]
                    if let b = word.first, b >= 0x61 && b <= 0x7A || (b >= 0x80 && String(decoding: word, as: UTF8.self).unicodeScalars.first!.properties.isLowercase) {
                        // Stopwords are never asked about (`FieldScanner.dropAsOpener` settles them first): half the words, skipped.
                        guard !f.facts[i].has(.stopword) else { continue }
                        DocumentEvidence.add(word, hash: hash, to: &lowercase)
                    } else if !f.shouty, !f.sentenceStart[i], t.isCapitalised {
                        DocumentEvidence.add(word, hash: hash, to: &capitalisedMidSentence)
                    }
                }
            }
        }
        self.lowercase = lowercase
        self.capitalisedMidSentence = capitalisedMidSentence
    }

    /// Adds a word under its NFC bytes; `hash` is the lexicon's hash of an ASCII word (already NFC), else 0.
    private static func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, to table: inout WordHashTable<Void>) {
        if hash != 0 {
            table.insertIfAbsent(word, hash: hash, ())
        } else {
            CanonicalBytes.with(word) { table.insertIfAbsent($0, hash: WordHashTable<Void>.hash($0), ()) }
        }
    }

    /// Answers of `hasAlias`: a page names its few places many times, and the transliteration key is costly.
    private var aliasAnswers: [String: Bool] = [:]

    /// `AliasResolver.table` knows the name (by its `Transliteration.nameKey`), remembered per document.
    func hasAlias(_ name: String) -> Bool {
        if let known = aliasAnswers[name] { return known }
        let answer = AliasResolver.table[Transliteration.nameKey(name)] != nil
        aliasAnswers[name] = answer
        return answer
    }

    /// The word is written lower-case somewhere in the document (`word` already lower-cased, not a stopword).
    func isSeenLowercase(_ word: String) -> Bool {
        CanonicalBytes.with(word) { lowercase.contains($0, hash: WordHashTable<Void>.hash($0)) }
    }

    /// The word is written capitalised after a sentence's first word somewhere in the document.
    func isCapitalisedMidSentence(_ word: String) -> Bool {
        CanonicalBytes.with(word) { capitalisedMidSentence.contains($0, hash: WordHashTable<Void>.hash($0)) }
    }
}
