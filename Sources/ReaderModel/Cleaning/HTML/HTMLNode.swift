/// One node of a parsed page, copied out of libxml2's tree: an element with the few attributes
/// the cleaner reads, or a run of text.
struct HTMLNode: Sendable {
    /// Lower-case tag name; empty for a text node.
    var tag: String
    /// The text of a text node; empty for elements.
    var text: String
    /// Index of the parent in `HTMLDocument.nodes`; -1 for the root.
    var parent: Int
    var children: [Int] = []
    /// `class` and `id` together, as written.
    var classAndID: String = ""
    /// The other attributes the cleaner reads (itemprop, property, name, content, rel, datetime, role...).
    var attributes: [String: String] = [:]

    var isText: Bool { tag.isEmpty }

    subscript(attribute name: String) -> String? { attributes[name] }
}
