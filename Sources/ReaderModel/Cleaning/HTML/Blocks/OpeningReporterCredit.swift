/// A Chinese story's reporter credit set as its first line ("記者林家豪／台南報導", "记者王芳/北京报道"),
/// as a news story copied into a forum post or a plain page opens: the text copy reads it as the
/// byline (`HanReporterCredit`), and the saved page does the same with the article's first run when
/// the run is the credit alone: the name, then at most the place and "reported" (報導, 报道, 報道).
enum OpeningReporterCredit {
    static let evidence = "the article's first line is a reporter's credit alone (記者<name>／<place>報導): the byline"
    /// A credit of a name and a place is well under this (in bytes: three per Han character).
    static let maximumBytes = 60

    /// The text is the credit alone: "記者" and a name, then nothing, or a slash and a place of a few
    /// characters ending in "reported" or "photographed". A sentence that opens with 記者 goes on.
    static func matches(_ text: String) -> Bool {
        guard text.utf8.count <= maximumBytes, text.utf8.first == 0xE8,
              let name = HanReporterCredit.name(in: Substring(text)) else { return false }
        let rest = text.dropFirst(2 + name.count).drop { $0 == " " }
        guard let mark = rest.first else { return true }
        guard mark == "／" || mark == "/" else { return false }
        let place = rest.dropFirst()
        return place.count <= 10 && ["報導", "报道", "報道", "攝", "摄"].contains { place.hasSuffix($0) }
            && !place.contains { "，。、,".contains($0) }
    }
}
