import Foundation

/// The article fields a page states in its JSON-LD (`<script type="application/ld+json">`).
struct JSONLDArticle: Sendable, Equatable {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var description: String?

    /// Reads every JSON-LD block; the first object typed as an article (NewsArticle, BlogPosting,
    /// ReportageNewsArticle...) wins, else the first with a headline. Broken JSON is skipped.
    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = Self.parse(script) else { continue }
            Self.flatten(value, into: &objects)
        }
        let article = objects.first { Self.isArticle($0["@type"]) } ?? objects.first { $0["headline"] is String }
        guard let article else { return nil }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        articleBody = Self.string(article["articleBody"])
        var seen = Set<String>()
        authors = Self.names(article["author"] ?? article["creator"]).filter { !$0.contains("://") && seen.insert($0).inserted }
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        publisher = Self.names(article["publisher"]).first
            ?? Self.names(objects.first { Self.typeContains($0["@type"], "Organization") }?["name"]).first
        description = Self.string(article["description"])
    }

    private static func parse(_ script: String) -> Any? {
        if let value = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]) {
            return value
        }
        // Hand-written JSON-LD often has raw newlines and tabs inside strings; JSON forbids them.
        let repaired = String(String.UnicodeScalarView(script.unicodeScalars.map { $0.value < 32 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects) }
            if let main = object["mainEntity"] { flatten(main, into: &objects) }
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        typeContains(type, "Article") || typeContains(type, "BlogPosting") || typeContains(type, "Report")
    }

    private static func typeContains(_ type: Any?, _ word: String) -> Bool {
        if let s = type as? String { return s.contains(word) }
        if let a = type as? [Any] { return a.contains { ($0 as? String)?.contains(word) ?? false } }
        return false
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let trimmed = WhitespaceNormalizer.normalize(s)
            return trimmed.isEmpty ? nil : s
        }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a string, a `{"name": ...}` object, or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let s = string(value) { return [WhitespaceNormalizer.normalize(s)] }
        if let o = value as? [String: Any] { return string(o["name"]).map { [WhitespaceNormalizer.normalize($0)] } ?? [] }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}
