/// A blog's `<h1>` is the blog's name, and its page title joins that name to the post's title
/// ("Notes from the Allotment: Rescuing the rhubarb", Blogger's form), which the page sets in a
/// lower heading under the date. When the stated title is an h1, a separator and then the text of
/// one of the next few headings, that heading is the headline and the h1 the site's name.
enum SiteNameHeading {
    /// What joins a site's name to the post's title, ": " first (Blogger's).
    static let separators = [": ", " | ", " - ", " – ", " — ", " :: ", " · ", " » "]

    /// The h1 of `h1s` that the stated title opens with, followed by a separator and at least two
    /// more words, with the rest of the title; nil when none (most pages: asked before any scan).
    static func prefix(of stated: String, h1s: [String]) -> (h1: String, rest: String)? {
        for h1 in h1s where h1.count >= 3 && stated.count > h1.count && stated.hasPrefix(h1) {
            let after = stated.dropFirst(h1.count)
            for separator in separators where after.hasPrefix(separator) {
                let rest = String(after.dropFirst(separator.count))
                if rest.split(separator: " ").count >= 2 { return (h1, rest) }
            }
        }
        return nil
    }

    /// The rest of the title, when one of the three headings after the h1 (in page order) reads it.
    static func postTitle(_ found: (h1: String, rest: String), headings: [(text: String, isH1: Bool)]) -> String? {
        guard let k = headings.firstIndex(where: { $0.isH1 && $0.text == found.h1 }) else { return nil }
        let next = headings[(k + 1)..<min(headings.count, k + 4)]
        return next.contains { !$0.isH1 && $0.text == found.rest } ? found.rest : nil
    }
}
