/// Recognises photo captions and credits in plain text: "Image: ..." labels and lines that end
/// in a credit ("via AP", "Getty Images", "EPA-EFE/NAME", "(Presidential Office)").
enum CaptionDetector {
    /// How a line reads: a caption, a line closing on a bracketed name that is no credit (with
    /// `--explain`'s note), or neither.
    enum Reading: Equatable {
        case caption
        case uncreditedBracket(String)
        case none
    }

    static func isCaption(_ line: TextLine) -> Bool { read(line) == .caption }

    /// The line's reading, its bracket tested once for both the verdict and the note.
    static func read(_ line: TextLine) -> Reading {
        let words = line.words
        guard !words.isEmpty, words.count <= 90 else { return .none }
        if line.firstWord.isCaptionLabel, labelFollowedByColon(line.text) { return .caption }
        if let label = line.lastCreditLabel, label >= words.count - 12, hasCreditLabelNearEnd(line.text) { return .caption }
        if line.lastWord.endsCredit, endsWithCreditPhrase(words) {
            // "... from our correspondent at Reuters:" introduces a quote; a credit closes nothing.
            if ListMarker.endsWithColon(line.text) { return .none }
            return !line.text.hasSuffix(".") || words.count <= 6 ? .caption : .none
        }
        if !line.endsSentence, slashMayOpenCredit(line.text), endsWithAllCapsSlashCredit(line.text) { return .caption }
        var uncredited: String?
        if closesOnBracketedName(line) {
            // An abbreviation the words before the bracket spell out names no credit.
            guard BracketedAbbreviation.closes(line.text) else { return .caption }
            uncredited = BracketedAbbreviation.evidence
        }
        if line.lastByte == 0x89 || line.lastByte == 0x29, ChinesePhotographerCredit.closesCaption(line.text) { return .caption }
        return uncredited.map(Reading.uncreditedBracket) ?? .none
    }

    /// A short line closing on a capitalised name in brackets, as a credit is set ("(Jane Doe)").
    private static func closesOnBracketedName(_ line: TextLine) -> Bool {
        !line.endsSentence && line.words.count >= 4 && line.words.count <= maxBracketedCaptionWords && line.lastByte == 41
            && endsWithBracketedName(line.text) && !BracketedTimeZone.closes(line.text)
    }

    /// A caption tells what a picture shows in a sentence or two; a longer paragraph that closes
    /// on a bracketed name cites its source ("... (via Name)"), which is prose of the article.
    static let maxBracketedCaptionWords = 60

    /// "Image:" / "Photo -" / "Caption:" at the start.
    private static func labelFollowedByColon(_ text: Substring) -> Bool {
        let afterWord = text.drop(while: { $0.isLetter })
        let mark = afterWord.drop(while: { $0 == " " }).first
        return mark == ":" || mark == "|" || mark == "–" || mark == "—"
    }

    static let labelWords: Set<String> = [
        "image", "photo", "picture", "pictured", "photograph", "caption", "credit", "credits", "illustration",
        "graphic", "video", "foto", "photos", "images",
    ]

    /// "...morning.Credit...Name", "... Photograph: Name/Agency": a credit label in the last stretch.
    static func hasCreditLabelNearEnd(_ text: Substring) -> Bool {
        // Read in place against the labels' bytes made once: copying the tail and every label
        // into arrays on each call cost more than the rest of the caption tests.
        if let found = text.utf8.withContiguousStorageIfAvailable({ creditLabelNearEnd(in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { creditLabelNearEnd(in: $0) }
    }

    /// `hasCreditLabelNearEnd` on the line's bytes: a label's bytes within the last 90.
    private static func creditLabelNearEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        let labels = creditLabelBytes
        let starts = creditLabelsByFirstByte
        var start = max(0, n - 90)
        while start < n {
            for index in starts[Int(bytes[start])] {
                let label = labels[index]
                guard start + label.count <= n else { continue }
                var k = 1
                while k < label.count, bytes[start + k] == label[k] { k += 1 }
                if k == label.count { return true }
            }
            start += 1
        }
        return false
    }

    /// `hasCreditLabelNearEnd` as first written, on copies of the tail and the labels: the
    /// reference the byte search stands in for (`CaptionCreditFastPathTests`).
    static func copiedTailHasCreditLabel(_ text: Substring) -> Bool {
        let tail = Array(text.utf8.suffix(90))
        for label in creditLabels {
            let needle = Array(label.utf8)
            guard tail.count >= needle.count else { continue }
            for start in 0...(tail.count - needle.count) where tail[start] == needle[0] {
                if tail[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
        }
        return false
    }

    /// `creditLabels` as bytes.
    private static let creditLabelBytes: [[UInt8]] = creditLabels.map { Array($0.utf8) }

    /// Indices into `creditLabelBytes` by the label's first byte: most bytes of a tail open none.
    private static let creditLabelsByFirstByte: [[Int]] = (0..<256).map { byte in
        creditLabelBytes.indices.filter { creditLabelBytes[$0][0] == UInt8(byte) }
    }


    private static let creditLabels = ["Credit...", "Credit:", "Photograph:", "Photo:", "Image:", "Picture:", "Photos:",
                                       "(Photo:", "(Image:", "Photo by ", "Photograph by ", "Image credit", "Photo credit",
                                       "Image source"] + foreignCreditLabels

    /// The photo label of other languages as a caption closes on it ("... trong làng. Ảnh: Minh
    /// Anh", "... (Foto: Name/Agency)"), each spelled as pages print it before the name.
    static let foreignCreditLabels = ["Foto:", "FOTO:", "(Foto:", "Ảnh:", "(Ảnh:", "Фото:", "(Фото:", "Fotoğraf:",
                                      "Zdjęcie:", "عکس:", "ছবি:", "படம்:", "រូបថត៖", "ဓာတ်ပုံ -", "ဓာတ်ပုံ:",
                                      "فوٹو:", "ფოტო:", "ፎቶ፦", "ፎቶ:", "Гэрэл зураг:", "وێنە:", "ފޮޓޯ:", "ଫଟୋ:",
                                      "པར།", "པར:", "Mynd:", "Argazkia:", "Llun:", "Grianghraf:", "Фота:", "Акс:",
                                      "פֿאָטאָ:", "פאטא:", "Isithombe:", "Ritratt:", "Сүрөт:", "Surat:", "Ifoto:",
                                      "سۈرەت:", "تصوير:", "ফটো:", "Litrato:", "Umfanekiso:", "Sary:",
                                      "ᐊᔾᔨᓕᐅᖅᑎ:", "ߖߊ:", "ᱪᱤᱛᱟᱹᱨ:", "Dealbh:", "Wêne:", "Whakaahua:", "Luc'hskeudenn:",
                                      "Suuraa:", "Ata:", "Fotografia:", "Fakatātā:", "Taʼãnga:", "Сурт:", "ܨܘܪܬܐ:",
                                      "Setshwantsho:", "ⵜⴰⵡⵍⴰⴼⵜ:", "ᏗᏟᎶᏍᏔᏅ:", "𞤐𞤢𞤼𞤢𞤤:", "ꯐꯣꯇꯣ:", "Rikch'a:", "Nataal:",
                                      "Хаартыска:", "Govva:", "Mfonini:", "Mufananidzo:",
                                      "Fòto:", "Poto:", "Elilingi:", "Сӑнӳкерчӗк:", "Kiʻi:"]

    /// The lexicon words of `foreignCreditLabels` (folded as `WordTokenizer` folds them), which
    /// send a line to the credit test above.
    static let foreignCreditLabelWords = ["foto", "ảnh", "фото", "fotoğraf", "zdjęcie", "عکس", "ছবি", "படம்", "រូបថត",
                                          "ဓာတ်ပုံ", "فوٹو", "ფოტო", "ፎቶ", "зураг", "وێنە", "ފޮޓޯ", "ଫଟୋ", "པར",
                                          "mynd", "argazkia", "llun", "grianghraf", "фота", "акс", "פאטא",
                                          "isithombe", "ritratt", "сүрөт", "surat", "ifoto", "سۈرەت", "تصوير", "ফটো",
                                          "litrato", "umfanekiso", "sary", "ᐊᔾᔨᓕᐅᖅᑎ", "ߖߊ",
                                          "ᱪᱤᱛᱟᱹᱨ", "dealbh", "wêne", "whakaahua", "luc'hskeudenn", "suuraa", "ata",
                                          "fotografia", "fakatātā", "taʼãnga", "сурт", "ܨܘܪܬܐ", "setshwantsho", "ⵜⴰⵡⵍⴰⴼⵜ",
                                          "ᏗᏟᎶᏍᏔᏅ", "𞤲𞤢𞤼𞤢𞤤", "ꯐꯣꯇꯣ", "rikch'a", "nataal",
                                          "хаартыска", "govva", "mfonini", "mufananidzo",
                                          "fòto", "poto", "elilingi", "сӑнӳкерчӗк", "kiʻi"]

    /// Credits that close a caption, as word sequences.
    static let creditEndings: [[String]] = [
        ["via", "ap"], ["via", "afp"], ["via", "reuters"], ["via", "getty"], ["getty", "images"], ["getty"],
        ["shutterstock"], ["alamy"], ["ap", "photo"], ["afp"], ["epa"], ["efe"], ["reuters"], ["handout"],
        ["pool"], ["press", "office"], ["press", "service"], ["file", "photo"], ["imago"], ["anadolu"],
        ["sipa"], ["dpa"], ["zuma"], ["nurphoto"], ["bloomberg"], ["ap"], ["courtesy"], ["supplied"],
        ["xinhua"], ["tass"], ["ria", "novosti"], ["sputnik"], ["wikimedia", "commons"], ["istock"],
        ["pa", "images"], ["pa", "wire"], ["afp", "via", "getty", "images"], ["stock", "photo"],
        // Lithuanian names the photographer first: "(Tomo Jankausko nuotr.)".
        ["nuotr"],
    ]

    private static func endsWithCreditPhrase(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        let last = words[words.count - 1]
        for ending in creditEndings where ending.count < words.count && ending[ending.count - 1] == last {
            var k = 0
            while k < ending.count, words[words.count - ending.count + k] == ending[k] { k += 1 }
            if k == ending.count { return true }
        }
        return false
    }

    /// Cheap test before `endsWithAllCapsSlashCredit`, on bytes: the line has a slash, and what
    /// follows its last one may be a capital. After an ASCII byte a slash is a character of its
    /// own, so when an ASCII byte other than A-Z follows it (or nothing does), the character after
    /// the last "/" is no capital and the credit test, which walks characters, would say no.
    private static func slashMayOpenCredit(_ text: Substring) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var j = bytes.count - 1
            while j >= 0, bytes[j] != 47 { j -= 1 }
            guard j >= 0 else { return false }
            guard j == 0 || bytes[j - 1] < 0x80 else { return true }
            guard j + 1 < bytes.count else { return false }
            let next = bytes[j + 1]
            return next >= 0x80 || (next >= 65 && next <= 90)
        }
        return answer ?? text.utf8.contains(47)
    }

    /// "... EPA-EFE/SERGEY DOLZHENKO", "... REUTERS/Name Surname".
    private static func endsWithAllCapsSlashCredit(_ text: Substring) -> Bool {
        asciiTailEndsWithAllCapsSlashCredit(text) ?? charactersEndWithAllCapsSlashCredit(text)
    }

    /// `endsWithAllCapsSlashCredit` walked by characters: the reference the byte path stands in for.
    static func charactersEndWithAllCapsSlashCredit(_ text: Substring) -> Bool {
        let tail = text.suffix(60)
        guard let slash = tail.lastIndex(of: "/") else { return false }
        let before = tail[..<slash].split(separator: " ").last ?? ""
        let after = tail[tail.index(after: slash)...]
        guard !before.isEmpty, !after.isEmpty, after.split(separator: " ").count <= 4 else { return false }
        let letters = before.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && after.first?.isUppercase == true
    }

    /// `endsWithAllCapsSlashCredit` on bytes, when the last 60 characters are ASCII (one byte
    /// each, the byte before them too, so the tail starts on a character boundary); nil otherwise.
    /// The character walk cost more than the rest of the caption tests on a page with such a credit.
    static func asciiTailEndsWithAllCapsSlashCredit(_ text: Substring) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let n = bytes.count
            let start = max(0, n - 60)
            // A carriage return before a line feed is one character with it.
            for k in max(0, n - 61)..<n where bytes[k] >= 0x80 || bytes[k] == 13 { return nil }
            var slash = n - 1
            while slash >= start, bytes[slash] != 47 { slash -= 1 }
            guard slash >= start else { return false }
            // The last word before the slash (split on spaces), and at most four words after it.
            var wordEnd = slash
            while wordEnd > start, bytes[wordEnd - 1] == 32 { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > start, bytes[wordStart - 1] != 32 { wordStart -= 1 }
            guard wordStart < wordEnd, slash + 1 < n else { return false }
            var wordsAfter = 0
            var inWord = false
            for k in (slash + 1)..<n {
                if bytes[k] == 32 { inWord = false } else if !inWord { inWord = true; wordsAfter += 1 }
            }
            guard wordsAfter <= 4 else { return false }
            // Its letters all capitals, and a capital right after the slash.
            var capitals = 0
            for k in wordStart..<wordEnd {
                if bytes[k] &- 65 < 26 { capitals += 1 } else if bytes[k] &- 97 < 26 { return false }
            }
            return capitals > 0 && bytes[slash + 1] &- 65 < 26
        } ?? nil
    }

    /// "... in Kyiv on April 29 (Presidential Office)", "... (Name Surname / The Outlet)": a short
    /// capitalised name in brackets at the end; a photographer/outlet pair may be longer.
    static func endsWithBracketedName(_ text: Substring) -> Bool {
        asciiEndsWithBracketedName(text) ?? charactersEndWithBracketedName(text)
    }

    /// `endsWithBracketedName` on bytes when the line from the byte before its last "(" to its end
    /// is ASCII without carriage returns (every byte a character there); nil otherwise. The
    /// character walk, a split and a substring search cost about 26,000 instructions a line.
    static func asciiEndsWithBracketedName(_ text: Substring) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let n = bytes.count
            guard n > 0 else { return nil }
            var open = n - 1
            while open >= 0, bytes[open] != 40 {
                if bytes[open] >= 0x80 || bytes[open] == 13 { return nil }
                open -= 1
            }
            // No "(" in an ASCII line: no "(" character either.
            guard open >= 0 else { return false }
            // The "(" byte is a character of its own after an ASCII byte (or at the start), and
            // the last byte then is the last character: ")" or not.
            if open > 0, bytes[open - 1] >= 0x80 || bytes[open - 1] == 13 { return nil }
            guard bytes[n - 1] == 41 else { return false }
            // The words inside the brackets (split on spaces), whether a "/" is there, its length.
            let inside = (open + 1)..<(n - 1)
            var words = 0
            var slash = false
            var allNamed = true
            var k = inside.lowerBound
            while k < inside.upperBound {
                if bytes[k] == 32 { k += 1; continue }
                let start = k
                while k < inside.upperBound, bytes[k] != 32 { if bytes[k] == 47 { slash = true }; k += 1 }
                words += 1
                let length = k - start
                let first = bytes[start]
                let named = first &- 65 < 26
                    || (length == 2 && first == 111 && bytes[start + 1] == 102)  // "of"
                    || (length == 3 && first == 118 && bytes[start + 1] == 105 && bytes[start + 2] == 97)  // "via"
                    || (length == 1 && first == 47)  // "/"
                if !named { allNamed = false }
            }
            let limit = slash ? 9 : 5
            guard words >= 1, words <= limit, inside.count > 2 else { return false }
            return allNamed
        } ?? nil
    }

    /// `endsWithBracketedName` walked by characters: the reference the byte path stands in for.
    static func charactersEndWithBracketedName(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let words = inside.split(separator: " ")
        let limit = inside.contains("/") ? 9 : 5
        guard (1...limit).contains(words.count), inside.count > 2 else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || $0 == "of" || $0 == "via" || $0 == "/" }
    }
}
