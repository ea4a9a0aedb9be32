import Foundation

/// Short labels pages print inside the article column ("Advertisement", "Share this article"):
/// a backstop for the shared `NoiseVocabulary`, judged on whole short blocks only.
enum HTMLNoiseLabels {
    static func reason(for text: String) -> NoiseReason? {
        guard text.utf8.count <= 60 else { return nil }
        let key = key(of: text)
        if let reason = labels[key] { return reason }
        // An ASCII key has one Character per byte (no prefix ends inside "\r\n"): bytes compare as `hasPrefix` does.
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            for (prefix, reason) in prefixes where key.utf8.starts(with: prefix.utf8) { return reason }
            return nil
        }
        for (prefix, reason) in prefixes where key.hasPrefix(prefix) { return reason }
        return nil
    }

    /// The text lower-cased and trimmed of punctuation and spaces. ASCII text (most labels) is
    /// trimmed byte by byte: Foundation's trimming bridges through NSString for every block.
    static func key(of text: String) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().trimmingCharacters(in: trimmed) }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isTrimmedASCII[Int(bytes[start])] { start = bytes.index(after: start) }
        while end > start, isTrimmedASCII[Int(bytes[bytes.index(before: end)])] { end = bytes.index(before: end) }
        let trimmedBytes = bytes[start..<end]
        return String(unsafeUninitializedCapacity: trimmedBytes.count) { out in
            var count = 0
            for b in trimmedBytes {
                out[count] = b >= 65 && b <= 90 ? b + 32 : b
                count += 1
            }
            return count
        }
    }

    /// Which ASCII bytes `trimmed` holds, read from the set itself so both paths trim alike.
    private static let isTrimmedASCII: [Bool] = (0..<128).map { trimmed.contains(Unicode.Scalar(UInt8($0))) }

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
