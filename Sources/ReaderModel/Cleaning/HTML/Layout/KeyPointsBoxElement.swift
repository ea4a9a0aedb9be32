/// A story's summary box set as a sibling of the story's element, right before it: a label from
/// `KeyPointsLabels` ("Key points:") over a short list of points. The content finder picks the
/// paragraphs' element, which leaves the box outside the article, before it; the label says it is
/// the writer's summary, so it joins the article.
enum KeyPointsBoxElement {
    static let evidence = "in a summary box right before the article element: a key-points label over a short list"
    /// The box's text, in bytes: a few sentences, not a section.
    static let textBytes = 40...1600
    /// Points in its list.
    static let points = 2...8
    /// Element siblings before the article element that are looked at.
    static let maximumSiblingsBack = 3

    /// The box among the few element siblings right before `first`, or nil.
    static func box(before first: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> Int? {
        let nodes = document.nodes
        let parent = nodes[first].parent
        guard parent >= 0 else { return nil }
        var siblings: [Int] = []
        for child in document.children(of: parent) {
            if child == first { break }
            if !nodes[child].isText { siblings.append(child) }
        }
        guard !siblings.isEmpty else { return nil }
        for s in siblings.suffix(maximumSiblingsBack).reversed() {
            guard layout.chrome[s] == nil, textBytes.contains(layout.textBytes[s]), layout.linkDensity(s) < 0.3 else { continue }
            let end = nodes.subtreeEnd(s)
            var items = 0
            var lists = 0
            for i in s..<end where nodes[i].tag == "ul" || nodes[i].tag == "ol" || nodes[i].tag == "li" {
                if nodes[i].tag == "li" { items += 1 } else { lists += 1 }
            }
            guard lists == 1, points.contains(items),
                  let label = blocks.first(where: { $0.node >= s && $0.node < end }),
                  KeyPointsLabels.matches(Substring(label.text)) else { continue }
            return s
        }
        return nil
    }
}
