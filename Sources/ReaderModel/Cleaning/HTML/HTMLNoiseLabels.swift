import Foundation

/// Short labels pages print inside the article column ("Advertisement", "Share this article"):
/// a backstop for the shared `NoiseVocabulary`, judged on whole short blocks only.
enum HTMLNoiseLabels {
    static func reason(for text: String) -> NoiseReason? {
        guard text.utf8.count <= 60 else { return nil }
        let key = text.lowercased().trimmingCharacters(in: trimmed)
        if let reason = labels[key] { return reason }
        for (prefix, reason) in prefixes where key.hasPrefix(prefix) { return reason }
        return nil
    }

    /// Built once: a character set union costs more than the lookup it serves.
    private static let trimmed = CharacterSet.punctuationCharacters.union(.whitespaces)

    private static let labels: [String: NoiseReason] = [
        "advertisement": .advertisement, "advertisements": .advertisement, "ad": .advertisement,
        "sponsored": .advertisement, "sponsored content": .advertisement, "paid content": .advertisement,
        "story continues below advertisement": .advertisement, "article continues below advertisement": .advertisement,
        "continue reading below": .advertisement, "scroll to continue with content": .advertisement,
        "share": .social, "share this": .social, "share this article": .social, "share this story": .social,
        "tweet": .social, "email": .social, "print": .social, "copy link": .social, "link copied": .social,
        "comments": .comments, "leave a comment": .comments, "show comments": .comments,
        "related": .related, "related articles": .related, "related stories": .related, "read more": .related,
        "more stories": .related, "recommended": .related, "most read": .related, "most popular": .related,
        "trending": .related, "you may also like": .related, "further reading": .related,
        "image": .credit, "photo": .credit, "enlarge this image": .credit, "toggle caption": .credit,
        "hide caption": .credit, "view image in fullscreen": .credit,
        "listen to this article": .banner, "skip to content": .navigation, "skip to main content": .navigation,
        "sign up": .newsletter, "subscribe": .paywall,
    ]

    private static let prefixes: [(String, NoiseReason)] = [
        ("read more:", .related), ("related:", .related), ("see also:", .related), ("also read:", .related),
        ("more:", .related), ("photo:", .credit), ("image:", .credit), ("credit:", .credit), ("getty images", .credit),
        ("reading time", .banner), ("min read", .banner), ("sign up for", .newsletter), ("subscribe to", .paywall),
        ("follow us on", .social), ("click here to", .related), ("watch:", .related), ("listen:", .banner),
    ]
}
