/// A wiki's "[edit]" link beside each section heading ("История[править | править код]",
/// "History[edit]"): MediaWiki and the wikis built on it wrap it in an element classed
/// `mw-editsection` (or `editsection`), a control for the site's editors that reads as part of the
/// heading's text. The tree builder marks it hidden, so the heading is read without it.
enum EditSectionLink {
    /// Whether `classAndID` names such a link (the class word holds "editsection").
    static func names(_ classAndID: String) -> Bool {
        var name = classAndID
        guard name.utf8.count >= 11 else { return false }
        return name.withUTF8 { ByteSearch.holds($0, "editsection") }
    }
}
