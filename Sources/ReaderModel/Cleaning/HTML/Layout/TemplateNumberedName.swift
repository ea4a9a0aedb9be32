/// A class or id a template numbers for each item it repeats ("row_3_teaser", "post-1182",
/// ASP.NET's "ctl04_panel"): the names of two items differ only in their digits. Boxes so named are
/// one field of the template shown once per item, so what is true of one item's box (it is the
/// listing's text, its repeats are the items' own values) is true of the others.
enum TemplateNumberedName {
    /// `classAndID` with its ASCII digits left out, or nil when it has none (a name no template numbered).
    static func key(_ classAndID: String) -> String? {
        var utf8 = Array(classAndID.utf8)
        let before = utf8.count
        utf8.removeAll { $0 >= 0x30 && $0 <= 0x39 }
        guard utf8.count < before, !utf8.isEmpty else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }
}
