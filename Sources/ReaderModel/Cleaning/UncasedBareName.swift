/// A writer's name alone on its line in a script without capitals (Devanagari "रमेश अधिकारी", Georgian,
/// Thaana "އަޙްމަދު ޝިފާޒް", Tibetan "བཀྲ་ཤིས་དོན་གྲུབ"). No capital tells such a name from a short
/// phrase, so the words alone never make a byline: the caller supplies the layout's evidence (the
/// line sits under the headline with the date beside it, or the template names its element for
/// the author).
enum UncasedBareName {
    /// Why a bare name was read as the byline in a text copy, for `--explain`.
    static let evidence = "byline: a name alone in a script without capitals, under the headline and beside the date line"

    /// `text` as a name (a trailing shad dropped, a place after a comma dropped): two to four words
    /// of letters and marks, none cased, or one Tibetan word of two to six syllables; nil for anything else.
    static func name(_ text: Substring) -> String? {
        var text = text.trimmingOuterSpace()
        // Most lines open with an ASCII byte: no name of these scripts does.
        guard let lead = text.utf8.first, lead >= 0x80, text.utf8.count <= 90 else { return nil }
        if text.last == "།" { text = text.dropLast().trimmingOuterSpace() }
        // "<name>, <place>" (a byline that says where the writer filed from, "सुनीता रावत, अल्मोड़ा"):
        // the name of two or three words, the place of one or two.
        if let comma = text.firstIndex(where: { $0 == "," || $0 == "،" }) {
            let place = text[text.index(after: comma)...].trimmingOuterSpace()
            let before = text[..<comma]
            guard (1...2).contains(place.split(separator: " ").count), (2...3).contains(before.split(separator: " ").count),
                  !place.contains(where: { $0 == "," || $0 == "،" }), isUncasedRun(place) else { return nil }
            text = before.trimmingOuterSpace()
        }
        let words = text.split(separator: " ")
        // A labelled name ("بقلم <name>") is the labels' to read.
        guard (1...4).contains(words.count), BylineLabels.name(in: text, anywhere: false) == nil else { return nil }
        guard isUncasedRun(text) else { return nil }
        let tshegs = text.unicodeScalars.count(where: { $0 == "\u{0F0B}" })
        // One word is a name only when its tshegs split it into two to six syllables.
        if words.count == 1 { guard (1...5).contains(tshegs) else { return nil } }
        // Amharic and Tigrinya glue "by" to the name (`GeezByPrefix`).
        return String(GeezByPrefix.stripped(text))
    }

    /// Only letters without case, their marks, joiners, tshegs and spaces.
    private static func isUncasedRun(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars where scalar != " " && scalar != "\u{0F0B}" {
            let category = scalar.properties.generalCategory
            // Georgian's Mkhedruli letters are lower case by category, but the script writes names without capitals.
            guard category == .otherLetter || category == .nonspacingMark || category == .spacingMark
                || scalar == "\u{200C}" || scalar == "\u{200D}" || (0x10D0...0x10FF).contains(scalar.value) else { return false }
        }
        return true
    }

    /// The name of the first of a byline box's lines that is a name alone (`name`) with a dated line
    /// right before or after it; nil when there is none.
    static func besideDate(in lines: [String]) -> String? {
        for (k, line) in lines.enumerated() {
            guard let name = name(Substring(line)) else { continue }
            if (k + 1 < lines.count && DateNormalizer.iso(lines[k + 1]) != nil) || (k > 0 && DateNormalizer.iso(lines[k - 1]) != nil) {
                return name
            }
        }
        return nil
    }

    /// The name a byline row of such a script sets right before its date ("रमेश अधिकारी साउन ८, २०८२"):
    /// the words before the first date, when they are a name of at most two words; nil otherwise.
    /// A row read whole glues its cells, and a third word may be the date's own label ("<name>
    /// <updated> <date>"), which no capital tells from a name here.
    static func beforeDate(in line: String) -> String? {
        guard let lead = line.utf8.first, lead >= 0x80, line.utf8.count <= 160,
              let date = DateNormalizer.firstMatch(in: line), date.range.lowerBound > line.startIndex else { return nil }
        let before = line[..<date.range.lowerBound]
        guard before.split(separator: " ").count <= 2 else { return nil }
        return name(before)
    }
}
