/// A list (`ul`/`ol`) set between the article's paragraphs whose linked items each carry words of
/// their own after or around the link (a figure, an author, a note): the article's own list of
/// examples or sources, one of whose items it already keeps. A box of teasers is linked through,
/// item by item, or ends the article; this list has prose on both sides and no bare link.
enum TailedListItems {
    /// Unlinked bytes an item needs beside its link (" - 4%", " (review)").
    static let minimumOwnBytes = 4
    /// Items a list needs to be read as one.
    static let minimumItems = 3

    /// For each removed linked item (its block element and byte counts), whether it goes back to
    /// its list: every removed item of the list has words of its own, the article keeps at least
    /// one of its items and a paragraph before and after it (`kept`: block elements of the kept
    /// paragraphs, in page order).
    static func restored(_ removed: [(node: Int, length: Int, linkLength: Int)], kept: [Int], nodes: [HTMLNode]) -> [Bool] {
        guard !removed.isEmpty, !kept.isEmpty else { return removed.map { _ in false } }
        let lists = removed.map { LeadInLinkList.list(around: $0.node, nodes: nodes) }
        var removedCount: [Int: Int] = [:]
        var bare: Set<Int> = []
        for (item, list) in zip(removed, lists) {
            guard let list else { continue }
            removedCount[list, default: 0] += 1
            if item.length - item.linkLength < minimumOwnBytes { bare.insert(list) }
        }
        var accepted: Set<Int> = []
        for (list, count) in removedCount where !bare.contains(list) {
            let end = nodes.subtreeEnd(list)
            let inside = kept.filter { $0 > list && $0 < end && LeadInLinkList.list(around: $0, nodes: nodes) == list }.count
            guard inside >= 1, inside + count >= minimumItems,
                  kept.contains(where: { $0 < list }), kept.contains(where: { $0 >= end }) else { continue }
            accepted.insert(list)
        }
        return lists.map { list in list.map(accepted.contains) ?? false }
    }

    static let evidence = "a linked item with words of its own, in a list between the article's paragraphs whose every linked item has them and one of which the article keeps"
}
