/// A wiki's "[edit]" link beside each section heading ("История[править | править код]",
/// "History[edit]"): MediaWiki and the wikis built on it wrap it in an element classed
/// `mw-editsection` (or `editsection`), a control for the site's editors that reads as part of the
/// heading's text. The tree builder marks it hidden, so the heading is read without it.
enum EditSectionLink {
    /// Whether a `span` (the only tag wikis set it in) of `classAndID` is such a link (a class word
    /// holds "editsection"); the class's length and the tag gate the search, as every element is asked.
    static func names(tag: String, _ classAndID: String) -> Bool {
        guard classAndID.utf8.count >= 11, tag == "span" else { return false }
        var name = classAndID
        return name.withUTF8 { ByteSearch.holds($0, "editsection") }
    }
}
