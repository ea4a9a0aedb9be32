/// Original fixture pages and feeds for the fetch tests (written for lede; no publisher's text).
enum FetchFixtures {
    static let paragraphs = [
        "The lamps along the harbour wall were lit again this week after two dark winters, and a small crowd stayed out in the drizzle to watch.",
        "Volunteers spent the autumn rewiring the old posts and repainting the iron brackets, the committee that raised the money said.",
        "Fishermen coming in late say the light makes the narrow entrance far easier to judge when the tide is running hard.",
    ]

    static func articlePage(title: String, canonical: String?, marker: String = "") -> String {
        let link = canonical.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        let body = paragraphs.map { "<p>\($0) \(marker)</p>" }.joined()
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(title) | Quay Gazette</title>\(link)</head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>\(title)</h1>\(body)</article>"
            + "<footer>Quay Gazette, all rights reserved</footer></body></html>"
    }
}
