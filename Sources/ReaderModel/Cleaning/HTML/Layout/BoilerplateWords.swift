/// What the words of an element's `class` and `id` say about it: page furniture (with a reason),
/// likely article content, a caption or a metadata line.
struct BoilerplateWords: Sendable, Equatable {
    /// Set when a word names furniture ("newsletter", "related", "share", "ad"...).
    var noise: NoiseReason?
    /// A word names the article itself ("article", "content", "story", "body"...).
    var isPositive = false
    /// A word names a photo caption or credit.
    var isCaption = false
    /// A word names metadata shown beside the article (byline, dateline, timestamp).
    var isMetadata = false
    /// Only weak words named the noise ("widget", "premium", "player"): page builders and paywalled
    /// sites also put them on the article's own wrappers, so long prose below overrules them.
    var isWeakNoise = false
    /// A word names the standfirst under the headline ("dek", "standfirst", "summary").
    var isStandfirst = false
    /// A word names the writer ("author", "autor", "auteur"): a byline when small, a box about the writer when longer.
    var namesAuthor = false
    /// A word names a slideshow, gallery or carousel of slides.
    var isGallery = false

    /// Judges `classAndID` by its words: split on punctuation and camelCase, lower-cased, so
    /// "shadow" or "download" never read as "ad" and "header" is only a word when written alone.
    init(_ classAndID: String) {
        guard !classAndID.isEmpty else { return }
        var weak: NoiseReason?
        var strong: NoiseReason?
        // One table lookup per word says everything the word lists below say about it.
        var seen: WordFacts = []
        // The words' bytes, not a String per word: building them cost 4% of a folder of HTML pages.
        Self.forEachWord(classAndID) { word in
            let entry = Self.facts.value(word, hash: WordHashTable<WordEntry>.hash(word))
            let facts = entry?.facts ?? []
            seen.formUnion(facts)
            if let reason = entry?.noise ?? Self.stemReason(word) {
                if facts.contains(.weak) || Self.hasWeakStem(word) {
                    if weak == nil { weak = reason }
                } else if strong == nil {
                    strong = reason
                }
            }
        }
        noise = strong
        isPositive = seen.contains(.positive)
        // "post-author", "entry-author": a content word joined to the author word names the
        // post's author box, not the post; only a content word in a class token of its own counts.
        if isPositive, seen.contains(.author) { isPositive = Self.hasPositiveTokenWithoutAuthor(classAndID) }
        isCaption = seen.contains(.caption)
        isMetadata = seen.contains(.metadata)
        isStandfirst = seen.contains(.standfirst)
        namesAuthor = seen.contains(.author)
        isGallery = seen.contains(.gallery)
        // "hidden-xs", "hidden-print": hidden on some screens only, shown on others.
        if weak == .navigation, seen.contains(.hidden), seen.contains(.responsive) { weak = nil }
        // Screen-reader-only labels ("sr-only", "screen-reader-text") are not shown to readers.
        if noise == nil, seen.contains([.sr, .only]) || seen.contains([.screen, .reader]) {
            noise = .navigation
        }
        if noise == nil, let weak {
            noise = weak
            isWeakNoise = true
        }
    }

    init() {}

    /// Some class token (space-separated) has a content word and no author word.
    private static func hasPositiveTokenWithoutAuthor(_ classAndID: String) -> Bool {
        classAndID.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { token in
            let facts = words(String(token)).reduce(into: WordFacts()) { $0.formUnion(Self.facts.value($1)?.facts ?? []) }
            return facts.contains(.positive) && !facts.contains(.author)
        }
    }

    static func words(_ s: String) -> [String] {
        var words: [String] = []
        forEachWord(s) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with the bytes of each word of `s`, as `words` lists them.
    static func forEachWord(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var s = s
        s.withUTF8 { bytes in
            let n = bytes.count
            // Scratch on the stack for a usual class attribute, not three growing arrays: each input
            // byte goes to one word (at most `n` bytes and `n` word ends), and a word is kept at most
            // twice in its token (whole and without its first letter).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * n + 1) { scratch in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n + 1) { ends in
                    var splitter = WordSplitter(current: scratch.baseAddress!, token: scratch.baseAddress! + n, ends: ends.baseAddress!)
                    splitter.split(bytes, body)
                }
            }
        }
    }

    /// The state of `forEachWord` as it reads a class attribute's bytes: a struct with mutating
    /// methods rather than nested functions over captured variables, which checked exclusive access
    /// on every read (a quarter of the splitting's cost on a folder of HTML pages).
    private struct WordSplitter {
        /// The word being read (lower-cased).
        let current: UnsafeMutablePointer<UInt8>
        var currentCount = 0
        /// The words of the current class token, one after another, and where each ends.
        let token: UnsafeMutablePointer<UInt8>
        var tokenCount = 0
        let ends: UnsafeMutablePointer<UInt32>
        var endCount = 0
        var previousLower = false
        /// A taxonomy word ("category", "tag") was seen in this class token: the words after it are
        /// a post's category or tag names ("tag-credit-cards", "entry-category-social-media"), not
        /// what the element is.
        var taxonomySeen = false
        /// Capitals run into a lower-case word ("SSpopup", "DDPNavbar"): either the last capital
        /// starts the word (navbar) or the whole run is a prefix (popup), so both are looked up.
        var upperRun = 0
        var alsoWithoutFirst = false

        init(current: UnsafeMutablePointer<UInt8>, token: UnsafeMutablePointer<UInt8>, ends: UnsafeMutablePointer<UInt32>) {
            self.current = current
            self.token = token
            self.ends = ends
        }

        private mutating func keep(_ from: UnsafeMutablePointer<UInt8>, _ count: Int) {
            (token + tokenCount).update(from: from, count: count)
            tokenCount += count
            ends[endCount] = UInt32(tokenCount)
            endCount += 1
        }

        mutating func endWord() {
            guard currentCount > 0 else { return }
            if !taxonomySeen {
                keep(current, currentCount)
                if alsoWithoutFirst, currentCount > 2 { keep(current + 1, currentCount - 1) }
            }
            alsoWithoutFirst = false
            let word = UnsafeBufferPointer(start: current, count: currentCount)
            if BoilerplateWords.taxonomy.contains(word, hash: WordHashTable<Bool>.hash(word)) { taxonomySeen = true }
            currentCount = 0
        }

        mutating func endToken(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            endWord()
            // A heading turned into a slug ("sharing-with-a-single-developer") names the section's
            // subject, not its role: four or more words with a function word among them.
            var isSlug = false
            if endCount >= 4 {
                var start = 0
                for k in 0..<endCount {
                    let end = Int(ends[k])
                    let word = UnsafeBufferPointer(start: token + start, count: end - start)
                    if BoilerplateWords.functionWords.contains(word, hash: WordHashTable<Bool>.hash(word)) { isSlug = true; break }
                    start = end
                }
            }
            if !isSlug {
                var start = 0
                for k in 0..<endCount {
                    let end = Int(ends[k])
                    body(UnsafeBufferPointer(start: token + start, count: end - start))
                    start = end
                }
            }
            tokenCount = 0
            endCount = 0
            taxonomySeen = false
        }

        mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            // Bytes, not scalars: only ASCII letters and digits make words, and every byte of a
            // multi-byte character ends a word just as the whole character would.
            for v in bytes {
                let isUpper = v >= 65 && v <= 90
                let isLower = v >= 97 && v <= 122
                let isDigit = v >= 48 && v <= 57
                if isUpper || isLower || isDigit {
                    // camelCase boundary: "relatedStories" → related, stories.
                    if isUpper && previousLower && currentCount > 0 { endWord() }
                    if isLower && upperRun >= 2 {
                        // "SSpopup" → s, spopup, popup; "DDPNavbar" → ddp, navbar, avbar.
                        currentCount -= 1
                        let capital = current[currentCount]
                        endWord()
                        current[currentCount] = capital
                        currentCount += 1
                        alsoWithoutFirst = true
                    }
                    current[currentCount] = isUpper ? v + 32 : v
                    currentCount += 1
                    previousLower = isLower
                    upperRun = isUpper ? upperRun + 1 : 0
                } else {
                    if v == 32 || (v >= 9 && v <= 13) { endToken(body) } else { endWord() }
                    previousLower = false
                    upperRun = 0
                }
            }
            endToken(body)
        }
    }

    /// What one word says, beyond the furniture it names by itself.
    private struct WordFacts: OptionSet {
        let rawValue: UInt16
        static let weak = WordFacts(rawValue: 1 << 0)
        static let positive = WordFacts(rawValue: 1 << 1)
        static let caption = WordFacts(rawValue: 1 << 2)
        static let metadata = WordFacts(rawValue: 1 << 3)
        static let standfirst = WordFacts(rawValue: 1 << 4)
        static let author = WordFacts(rawValue: 1 << 5)
        static let hidden = WordFacts(rawValue: 1 << 6)
        static let responsive = WordFacts(rawValue: 1 << 7)
        static let sr = WordFacts(rawValue: 1 << 8)
        static let only = WordFacts(rawValue: 1 << 9)
        static let screen = WordFacts(rawValue: 1 << 10)
        static let reader = WordFacts(rawValue: 1 << 11)
        static let gallery = WordFacts(rawValue: 1 << 12)
    }

    /// Every listed word with the noise it names exactly and the lists it is on, keyed by the
    /// word's bytes (words are ASCII letters and digits, so bytes compare as the strings do).
    private static let facts: WordHashTable<WordEntry> = {
        var table: [String: WordEntry] = [:]
        for (word, reason) in exact { table[word, default: (nil, [])].noise = reason }
        let lists: [(Set<String>, WordFacts)] = [
            (weak, .weak), (positive, .positive), (caption, .caption), (metadata, .metadata), (standfirst, .standfirst),
            (authorWords, .author), (["hidden"], .hidden), (responsive, .responsive), (["sr"], .sr),
            (["only"], .only), (["screen"], .screen), (["reader"], .reader), (gallery, .gallery),
        ]
        for (words, fact) in lists {
            for word in words { table[word, default: (nil, [])].facts.insert(fact) }
        }
        var byBytes = WordHashTable<WordEntry>(minimumCapacity: table.count)
        for (word, entry) in table { byBytes.update(word, initial: entry) { _ in } }
        return byBytes
    }()

    private typealias WordEntry = (noise: NoiseReason?, facts: WordFacts)

    /// A byte-keyed table of `words` (present or not).
    private static func table(_ words: Set<String>) -> WordHashTable<Bool> {
        var table = WordHashTable<Bool>(minimumCapacity: words.count)
        for word in words { table.update(word, initial: true) { _ in } }
        return table
    }

    /// The noise a word names by one of the well-known stems, in the stems' order.
    private static func stemReason(_ word: String) -> NoiseReason? {
        var word = word
        return word.withUTF8 { stemReason($0) }
    }

    private static func stemReason(_ word: UnsafeBufferPointer<UInt8>) -> NoiseReason? {
        guard let first = word.first, stemInitials[Int(first)] else { return nil }
        // The first bytes are compared before the generic prefix test: calling it on every stem of
        // a word with a stem's initial cost 3.5% of a folder of HTML pages.
        for k in stems.indices where stemLeads[k] == first && starts(word, with: stemBytes[k]) { return stems[k].1 }
        return nil
    }

    /// The first byte of each of `stems`, in order.
    private static let stemLeads: [UInt8] = stems.map { $0.0.utf8.first ?? 0 }
    /// The bytes of each of `stems`, in order.
    private static let stemBytes: [[UInt8]] = stems.map { Array($0.0.utf8) }
    private static let weakStemBytes: [[UInt8]] = weakStems.map { Array($0.utf8) }

    private static func starts(_ word: UnsafeBufferPointer<UInt8>, with stem: [UInt8]) -> Bool {
        guard word.count >= stem.count else { return false }
        for k in stem.indices where word[k] != stem[k] { return false }
        return true
    }

    private static func hasWeakStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        weakStemBytes.contains { starts(word, with: $0) }
    }

    /// First bytes of the stems: most words start with none of them and skip the stem loop.
    private static let stemInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 256)
        for (stem, _) in stems { if let first = stem.utf8.first { initials[Int(first)] = true } }
        return initials
    }()

    private static let functionWords = table([
        "a", "an", "the", "with", "of", "and", "for", "in", "on", "your", "you", "how", "what", "why", "is", "are",
    ])

    /// Words that name a taxonomy in generated classes: what follows is a category or tag name.
    private static let taxonomy = table(["category", "categories", "tag", "tags", "topic", "format", "postid"])

    /// The noise a single word names, matching whole words or a few well-known stems.
    static func noiseReason(_ word: String) -> NoiseReason? {
        exact[word] ?? stemReason(word)
    }

    private static let exact: [String: NoiseReason] = [
        "ad": .advertisement, "ads": .advertisement, "adv": .advertisement, "adunit": .advertisement,
        "adslot": .advertisement, "adsbygoogle": .advertisement, "dfp": .advertisement, "gpt": .advertisement,
        "nav": .navigation, "navbar": .navigation, "navigation": .navigation, "menu": .navigation,
        "breadcrumb": .navigation, "breadcrumbs": .navigation, "footer": .navigation, "masthead": .navigation,
        "sidebar": .related, "widget": .related, "widgets": .related, "skip": .navigation, "skiplink": .navigation,
        // A wiki's table of contents ("Contents", "1 History", "1.1 Founding") lists the headings below it.
        "toc": .navigation, "toctitle": .navigation,
        "pagination": .navigation, "pager": .navigation, "toolbar": .navigation, "topbar": .navigation,
        "tags": .navigation, "tag": .navigation, "topics": .navigation, "keywords": .navigation,
        "share": .social, "sharing": .social, "shares": .social, "sharebar": .social, "social": .social,
        "follow": .social, "facebook": .social, "twitter": .social, "whatsapp": .social,
        "related": .related, "recommended": .related, "recommendations": .related, "recirc": .related,
        "trending": .related, "popular": .related, "mostread": .related, "teaser": .related, "teasers": .related,
        "promo": .related, "promos": .related, "outbrain": .related, "taboola": .related, "more": .related,
        "newsletter": .newsletter, "newsletters": .newsletter, "signup": .newsletter, "subscribe": .paywall,
        "subscription": .paywall, "paywall": .paywall, "premium": .paywall, "regwall": .paywall,
        "donate": .membership, "donation": .membership, "membership": .membership,
        "cookie": .cookie, "cookies": .cookie, "consent": .cookie, "gdpr": .cookie, "cmp": .cookie,
        "comment": .comments, "comments": .comments, "disqus": .comments, "respond": .comments,
        "banner": .banner, "alert": .banner, "popup": .banner, "modal": .banner, "overlay": .banner,
        "reading": .banner, "audio": .banner, "player": .banner, "hidden": .navigation, "print": .navigation,
        "feed": .feed, "ticker": .feed, "latest": .feed, "newsfeed": .feed, "livefeed": .feed,
        "adcontainer": .advertisement, "adwrapper": .advertisement, "adblock": .advertisement,
        "adzone": .advertisement, "advertising": .advertisement, "subnav": .navigation, "topnav": .navigation,
        "mainnav": .navigation, "sitenav": .navigation, "megamenu": .navigation, "submenu": .navigation,
        "bio": .metadata, "authorbio": .metadata, "biography": .metadata,
        // WordPress writes its "posted on ... in ..." line as one word.
        "postmetadata": .metadata, "postmeta": .metadata,
    ]

    private static let stems: [(String, NoiseReason)] = [
        ("advert", .advertisement), ("sponsor", .advertisement), ("newsletter", .newsletter),
        ("subscri", .paywall), ("paywall", .paywall), ("breadcrumb", .navigation), ("sidebar", .related),
        ("outbrain", .related), ("taboola", .related), ("recommend", .related), ("cookie", .cookie),
        ("comment", .comments), ("social", .social), ("sharing", .social), ("sharebar", .social),
        ("sharethis", .social), ("related", .related), ("promo", .related), ("newsfeed", .feed),
    ]

    private static let positive: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog",
        "hentry", "prose", "richtext", "copy",
    ]

    private static let caption: Set<String> = [
        "caption", "figcaption", "credit", "credits", "copyright", "photographer", "wp-caption-text",
    ]

    /// Words that name the writer, in the languages whose templates name classes in their own
    /// words ("autor" in Spanish, Portuguese, Polish, German; "auteur" in French; "autore" in Italian).
    static let authorWords: Set<String> = [
        "author", "authors", "autor", "autores", "autora", "autorin", "auteur", "auteurs", "autore", "autori",
    ]

    private static let metadata: Set<String> = authorWords.union([
        "byline", "dateline", "timestamp", "date", "published", "updated", "pubdate",
        "meta", "kicker", "eyebrow",
        // One word for the writer's and the date's row of the 2000s' portals (<div class="authordate">).
        "authordate",
    ])

    private static let standfirst: Set<String> = [
        "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "sapo", "summary",
        "excerpt", "intro", "lede", "teaser-text",
        // Turkish sites call the standfirst the "spot" ("haber spotu").
        "spot",
    ]

    /// Words that name a set of slides shown one at a time.
    private static let gallery: Set<String> = [
        "gallery", "galleries", "slideshow", "slideshows", "carousel", "slider", "slides",
    ]

    /// Words that mark furniture on small elements but also appear on article wrappers.
    private static let weak: Set<String> = [
        "widget", "widgets", "more", "tag", "tags", "topics", "keywords", "hidden", "print", "reading", "audio",
        "player", "banner", "alert", "overlay", "modal", "popup", "premium", "subscription", "paywall", "regwall",
        "teaser", "promo", "latest", "feed",
    ]
    private static let weakStems = ["subscri", "paywall", "promo"]

    private static let responsive: Set<String> = [
        "xs", "sm", "md", "lg", "xl", "xxl", "print", "mobile", "desktop", "tablet", "phone", "small", "medium", "large",
    ]
}
