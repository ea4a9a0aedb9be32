/// The page's headline `<h1>`: its only one, or, on a page with several (a logo, a "Read more"
/// box, a slide title), the one whose words are the page's stated title (`og:title`, `<title>`).
enum TitledHeadline {
    static func find(in document: HTMLDocument) -> Int? {
        var h1s: [Int] = []
        for (i, node) in document.nodes.enumerated() where node.tag == "h1" { h1s.append(i) }
        if h1s.count <= 1 { return h1s.first }
        let stated = [document.meta.first { $0.key == "og:title" }?.value, document.title].compactMap { $0 }.map(TitleLetters.of).filter { !$0.isEmpty }
        guard !stated.isEmpty else { return nil }
        // The first h1 the stated title equals or contains (a title adds " | Site"); a short one
        // ("News", the site name) is contained in many titles by chance, so it needs equality.
        var found: Int?
        for h1 in h1s {
            let heading = TitleLetters.of(document.text(of: h1))
            guard !heading.isEmpty else { continue }
            let matches = stated.contains { $0 == heading || (heading.count >= 15 && $0.contains(heading)) }
            if matches {
                if found != nil { return nil }
                found = h1
            }
        }
        return found
    }
}
