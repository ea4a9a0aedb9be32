/// A date alone in a table cell whose row a header cell labels ("Founded", "Responsible
/// government", "Opened") is that row's value: an infobox's dates are its subject's, wherever the
/// table stands, and not the page's. Only a label that names publication ("Published", "Last
/// updated", "Posted", "Veröffentlicht", "Publié le") lets such a cell date the page.
enum LabelledRowDateCell {
    static let evidence = "a date in a table row whose header cell names no publication (the row's value, not the page's date)"

    /// Lower-case stems of the labels that name publication, in the languages whose pages set
    /// their date in a labelled table row.
    static let publicationStems: [String] = [
        "publi", "updat", "posted", "modified", "issued", "veröffentlicht", "aktualisiert", "mis à jour", "actualiz",
        "aggiornat", "gepubliceerd", "bijgewerkt", "опубликован", "обновлен", "发布", "發布", "更新", "公開", "掲載",
        "입력", "수정", "게재", "yayın", "güncel",
    ]

    /// Whether the date-shaped block at `node` (a `td`, or an element right inside one) is such a cell.
    static func holds(_ node: Int, tag: String, in document: HTMLDocument) -> Bool {
        let nodes = document.nodes
        var cell = node
        if tag != "td" {
            cell = nodes[node].parent
            guard cell >= 0, nodes[cell].tag == "td" else { return false }
        }
        let row = nodes[cell].parent
        guard row >= 0, nodes[row].tag == "tr" else { return false }
        var child = nodes[row].firstChild
        while child >= 0, nodes[child].tag != "th" { child = nodes[child].nextSibling }
        guard child >= 0 else { return false }
        let label = document.text(of: child)
        guard label.utf8.count <= 120 else { return false }
        let lower = label.lowercased()
        return !publicationStems.contains { lower.contains($0) }
    }
}
