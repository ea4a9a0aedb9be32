/// The footer line a blog engine sets under each post: a label, the writer's name, a word for "at"
/// and the time it went up ("posted by Dave @ 9:41 PM", "eingestellt von Jutta um 20:17"). The
/// label and the clock time after the name make the line a byline wherever it stands, below the post.
enum PostFooterByline {
    static let evidence = "byline: a blog post's footer (label, name, then the time it was posted)"

    /// Labels, lower-case, with their space.
    static let labels = ["posted by ", "eingestellt von ", "publicado por ", "publié par ", "pubblicato da ",
                         "geplaatst door ", "postado por ", "opublikowane przez "]
    /// Words for "at" before the time, and "@".
    static let atWords: Set<String> = ["at", "@", "um", "a", "las", "à", "alle", "om", "às", "o"]

    /// The name of a line that is such a footer: the label, one to three words of the name (its first
    /// capitalised), then "at" and a clock time; nil otherwise.
    static func name(in line: Substring) -> String? {
        // Every label opens with "p", "e" or "g" (any case): a line whose first byte past ASCII spaces is
        // another ASCII byte is turned away before it is trimmed (the HTML byline reader asks every block).
        guard let start = line.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }),
              start >= 0x80 || [0x70, 0x65, 0x67].contains(start | 0x20) else { return nil }
        let text = line.trimmingOuterSpace()
        // Every label opens with "p", "e" or "g" (any case): other lines are turned away on a byte.
        guard let lead = text.utf8.first, [0x70, 0x65, 0x67].contains(lead | 0x20), text.utf8.count <= 160 else { return nil }
        // The labels' first four letters are ASCII, and only ASCII letters lowercase to them: a line
        // whose first four bytes are not one label's opening ("post", "eing", "publ"...) is turned away
        // before it is lowercased and compared with each label (a saved page asks every block without a byline).
        guard labelOpenings.contains(opening(text.utf8)) else { return nil }
        let lower = text.prefix(24).lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let words = text.dropFirst(label.count).split(separator: " ")
        guard let at = words.prefix(4).firstIndex(where: { atWords.contains($0.lowercased()) }), (1...3).contains(at),
              at + 1 < words.count, isClockTime(words[at + 1]),
              words[0].first?.isUppercase == true,
              words[..<at].allSatisfy({ $0.first?.isLetter == true && !$0.contains(where: { $0.isNumber }) }) else { return nil }
        return words[..<at].joined(separator: " ")
    }

    /// The labels' first four bytes, as `opening` reads them.
    static let labelOpenings: [UInt32] = labels.map { opening(Substring($0).utf8) }

    /// The first four bytes with ASCII letters lowercased (`| 0x20`, which turns no other byte into a
    /// lower-case letter), big-endian in one integer; 0 for fewer bytes.
    @inline(__always)
    static func opening(_ bytes: Substring.UTF8View) -> UInt32 {
        var key: UInt32 = 0
        var count = 0
        for b in bytes {
            key = key << 8 | UInt32(b | 0x20)
            count += 1
            if count == 4 { return key }
        }
        return 0
    }

    /// "9:41", "20:17", "3:15PM".
    private static func isClockTime(_ word: Substring) -> Bool {
        guard let colon = word.firstIndex(of: ":") else { return false }
        let hour = word[..<colon], minute = word[word.index(after: colon)...].prefix(2)
        return (1...2).contains(hour.count) && hour.allSatisfy(\.isASCII) && hour.allSatisfy(\.isNumber)
            && minute.count == 2 && minute.allSatisfy(\.isASCII) && minute.allSatisfy(\.isNumber)
    }
}
