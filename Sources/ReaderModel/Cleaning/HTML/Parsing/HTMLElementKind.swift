/// How the cleaner treats each tag: dropped unseen, block (starts a new text block) or inline.
enum HTMLElementKind {
    /// Never rendered as text the reader would want; dropped while copying the tree.
    static let invisible: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "embed",
        "canvas", "video", "audio", "source", "track", "picture", "img", "map", "button", "select",
        "option", "input", "textarea", "link", "meta", "head", "dialog",
    ]

    /// Elements that end the text block before them and start a new one.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend",
    ]

    /// Elements that are a paragraph in themselves (their text is not a child of a container).
    static let paragraph: Set<String> = [
        "p", "pre", "td", "th", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "figcaption", "caption", "address", "summary", "legend",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Invisible elements that play or frame media: their parent keeps a mark (`HTMLNode.Kind.holdsPlayer`).
    static let players: Set<String> = ["iframe", "video", "audio", "embed"]

    /// Attributes copied out of libxml2 besides class and id.
    static let keptAttributes: Set<String> = [
        "itemprop", "property", "name", "content", "rel", "datetime", "role", "type", "hidden",
        "aria-hidden", "style", "itemtype", "charset", "http-equiv",
    ]
}
