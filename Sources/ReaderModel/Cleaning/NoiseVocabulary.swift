/// Phrases and word patterns that mark a block as page furniture rather than article text,
/// shared by the plain-text and HTML cleaners.
public enum NoiseVocabulary {
    /// The kind of noise a short block of text announces, or nil when it reads like prose.
    /// Judges vocabulary only; shape and position are the classifier's business.
    public static func reason(for text: String) -> NoiseReason? {
        let tokens = WordTokenizer.tokens(text)
        var sentence = false
        for scalar in text.unicodeScalars.reversed() where scalar != " " && scalar != "\n" {
            sentence = scalar == "." || scalar == "!" || scalar == "?" || ScriptProfile.isUnspacedSentenceEnd(scalar)
            break
        }
        return reason(words: tokens.words, endsSentence: sentence, phraseStarts: nil)
    }

    /// The same judgement on words already tokenised by `WordTokenizer`.
    /// `phraseStarts`, when known, lists the word positions where a phrase can start.
    /// `mayBeExactLine` false skips the whole-line table (the first word starts none of its lines).
    static func reason(words: [String], endsSentence: Bool, phraseStarts: [Int]?, mayBeExactLine: Bool = true) -> NoiseReason? {
        var unrecorded: [Int]?
        return reason(words: words, endsSentence: endsSentence, phraseStarts: phraseStarts, mayBeExactLine: mayBeExactLine,
                      recordingIDs: &unrecorded)
    }

    /// The same judgement, and when `ids` is not nil it receives the id of each phrase found
    /// (once per occurrence, whatever the verdict) for the page-wide topic check (`TopicPhrases`),
    /// which then needs no second read of the line.
    static func reason(words: [String], endsSentence: Bool, phraseStarts: [Int]?, mayBeExactLine: Bool,
                       recordingIDs ids: inout [Int]?) -> NoiseReason? {
        guard !words.isEmpty else { return nil }
        if let label = shortLineReason(words: words, endsSentence: endsSentence, mayBeExactLine: mayBeExactLine) {
            // The short-line checks answer before the tally; a recorded line still gets its phrases.
            if ids != nil { forEachPhrase(in: words, phraseStarts: phraseStarts) { ids?.append($0.id) } }
            return label
        }
        let tallied = PhraseTally.tallying { tally -> NoiseReason? in
            forEachPhrase(in: words, phraseStarts: phraseStarts) { phrase in
                tally.add(reasonIndex: phrase.reasonIndex, weight: phrase.weight)
                ids?.append(phrase.id)
            }
            return tally.verdict(wordCount: words.count, endsSentence: endsSentence)
        }
        if tallied != nil { return tallied }
        // "相关阅读邻岛…": a Chinese, Japanese or Thai label glued to the teaser it heads.
        return UnspacedLabelPrefix.reason(firstWord: words[0], wordCount: words.count, endsSentence: endsSentence)
            ?? UnspacedLabelPrefix.reason(words: words, endsSentence: endsSentence)
    }

    /// Labels, buttons and counters of a few words, judged whole before any phrase is counted.
    @inline(__always)
    private static func shortLineReason(words: [String], endsSentence: Bool, mayBeExactLine: Bool) -> NoiseReason? {
        if words.count <= 6, mayBeExactLine, let exact = exactLine(words[...]) { return exact }
        // "Bình luận (7)", "دیدگاه‌ها ۳": a comment header of several words with its count.
        if words.count >= 3, words.count <= 6, mayBeExactLine, words[words.count - 1].allSatisfy(\.isNumber),
           exactLine(words.dropLast()) == .comments {
            return .comments
        }
        // "Elsewhere in the region", "Elsewhere in Europe": a roundup header over other stories.
        if words.count <= 6, !endsSentence, words[0] == "elsewhere" { return .related }
        // "1 of 12", "Image 3 of 5": gallery and list counters.
        if words.count <= 4, words.count >= 3, let of = words.firstIndex(of: "of"), of > 0, of < words.count - 1,
           words[of - 1].allSatisfy(\.isNumber), words[of + 1].allSatisfy(\.isNumber) {
            return .navigation
        }
        // "Read 312 Comments", "Comments (4)": a short line about comments is the comment widget.
        if words.count <= 4, words.contains(where: { $0 == "comments" || $0 == "comment" || $0 == "replies" || isForeignCommentWord($0) }) {
            return .comments
        }
        return nil
    }

    /// "Kommentare", "评论": `ForeignNoiseVocabulary.commentCountWords`, compared by byte hash
    /// (a short scan, no String hashing) and only for words long enough to be one.
    @inline(__always)
    private static func isForeignCommentWord(_ word: String) -> Bool {
        word.utf8.count >= 6 && foreignCommentWordHashes.contains(WordLexicon.hash(word))
    }

    /// `WordLexicon.hash` of each of `ForeignNoiseVocabulary.commentCountWords`.
    static let foreignCommentWordHashes: [UInt64] = ForeignNoiseVocabulary.commentCountWords.map {
        WordLexicon.hash(WordTokenizer.tokens($0).words.joined())
    }

    /// Calls `found` with each phrase in the words, once per occurrence, trying only the word
    /// positions in `phraseStarts` when known: the one phrase matcher of the tally and the topic check.
    @inline(__always)
    private static func forEachPhrase(in words: [String], phraseStarts: [Int]?, _ found: (Phrase) -> Void) {
        if let phraseStarts {
            for i in phraseStarts { forEachPhrase(in: words, at: i, found) }
        } else {
            for i in words.indices { forEachPhrase(in: words, at: i, found) }
        }
    }

    /// The phrases that start at word `i`.
    @inline(__always)
    private static func forEachPhrase(in words: [String], at i: Int, _ found: (Phrase) -> Void) {
        // Probed with the byte hash as it is (no String hashing, no SipHash of the key per
        // probe); the first word is compared too, so a hash collision cannot invent a phrase.
        guard let candidates = phraseTable.value(hash: WordLexicon.hash(words[i])),
              candidates[0].words[0] == words[i] else { return }
        for phrase in candidates where (!phrase.anchored || i == 0) && matches(phrase.words, in: words, at: i) {
            found(phrase)
        }
    }

    private static func matches(_ phrase: [String], in words: [String], at i: Int) -> Bool {
        guard i + phrase.count <= words.count else { return false }
        for k in 1..<phrase.count where words[i + k] != phrase[k] { return false }
        return true
    }

    struct Phrase {
        var words: [String]
        /// `WordLexicon.hash` of each word: the HTML cleaner compares blocks' word hashes.
        var wordHashes: [UInt64]
        var reason: NoiseReason
        var weight: Int
        var anchored: Bool
        /// Position of `reason` in `NoiseReason.allCases`.
        var reasonIndex: Int
        /// Position in `phrases`: names the phrase in a page-wide tally (`TopicPhrases`).
        var id = 0
    }

    /// Whether any phrase marked strong ("!") occurs in the words: a lone weak word ("browser")
    /// says less about a block than "update your browser" does.
    static func hasStrongPhrase(words: [String], phraseStarts: [Int]?) -> Bool {
        var strong = false
        forEachPhrase(in: words, phraseStarts: phraseStarts) { if $0.weight > 1 { strong = true } }
        return strong
    }

    /// The tally's verdict on a block when the phrases `ids` in it are not counted (the page's topic).
    static func tallyReason(words: [String], endsSentence: Bool, ids: [Int], excluding: [Int]) -> NoiseReason? {
        PhraseTally.tallying { tally -> NoiseReason? in
            for id in ids where !excluding.contains(id) {
                tally.add(reasonIndex: phrases[id].reasonIndex, weight: phrases[id].weight)
            }
            return tally.verdict(wordCount: words.count, endsSentence: endsSentence)
        }
    }

    /// The whole-line table's reason for a line of these words.
    @inline(__always)
    static func exactLine(_ words: ArraySlice<String>) -> NoiseReason? {
        var h = lineHashSeed
        for word in words { h = lineHash(h, WordLexicon.hash(word)) }
        return exactLines.reasons[h]
    }

    /// One hash of a line's word hashes in order (`WordLexicon.hash` of each word), the key of the
    /// whole-line table: built and probed without a String per line.
    static let lineHashSeed: UInt64 = 0x243F_6A88_85A3_08D3
    @inline(__always)
    static func lineHash(_ h: UInt64, _ word: UInt64) -> UInt64 { ((h << 7) | (h >> 57)) &* 0x9E37_79B9_7F4A_7C15 ^ word }

    /// The whole-line table: reasons by line hash, and the first words of its lines.
    struct ExactLines: Sendable {
        var reasons: [UInt64: NoiseReason] = [:]
        var firstWords: [String] = []
    }

    /// Lines that are noise when they consist of nothing else (buttons, labels, section headers).
    /// Keyed by `lineHash` of the words' byte hashes: a String key would be hashed through Unicode
    /// normalisation, which for the thousands of foreign labels cost more than the rest of setup.
    static let exactLines: ExactLines = {
        var table = ExactLines()
        table.reasons.reserveCapacity(4096)
        let groups: [(NoiseReason, [String])] = [
            (.advertisement, ["advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content",
                              "paid content", "promoted", "partner content", "story continues below advertisement",
                              "article continues below advertisement", "continue reading below", "skip advertisement",
                              "advertise with us", "advertising", "scroll to continue", "story continues below"]),
            (.social, ["share", "share this", "share this article", "share this story", "share on facebook",
                       "share on twitter", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
                       "reddit", "pinterest", "email", "e mail", "print", "copy link", "link copied", "copy url",
                       "follow us", "follow", "like", "share via", "flipboard", "bluesky", "threads", "instagram",
                       "youtube", "tiktok", "save", "save article", "gift article", "gift this article", "listen",
                       "listen to article", "listen to this article", "comment", "share full article"]),
            (.navigation, ["menu", "search", "home", "close", "open", "log in", "login", "sign in", "sign out",
                           "log out", "register", "my account", "account", "skip to content", "skip to main content",
                           "skip navigation", "back to top", "top", "next", "previous", "prev", "next article",
                           "previous article", "loading", "more", "show more", "load more", "see more", "view more",
                           "expand", "collapse", "toggle navigation", "main menu", "navigation", "sections",
                           "edit post", "edit", "contact us", "about us", "privacy policy", "terms of use",
                           "terms of service", "terms and conditions", "sitemap", "site map", "accessibility", "faq",
                           "help", "careers", "jobs", "press", "news", "latest", "world", "politics", "business",
                           "sport", "sports", "opinion", "culture", "tech", "technology", "science", "health",
                           "entertainment", "lifestyle", "video", "videos", "photos", "podcasts", "podcast", "live",
                           "en", "english", "español", "français", "deutsch", "español", "translate", "back",
                           "go back", "return to top", "breadcrumb", "you are here", "all rights reserved",
                           "cookie settings", "manage cookies", "do not sell my personal information", "rss",
                           "newsroom", "watch", "watch live", "play", "pause", "mute", "unmute", "full screen",
                           "fullscreen", "enlarge", "zoom", "image", "photo", "gallery", "view gallery", "tags", "end of list",
                           "reuse this content", "order reprints", "today's paper", "site index", "print this page",
                           "topics", "filed under", "categories", "category", "explore", "discover", "more topics",
                           // A blog's feed links, alone on their line in its sidebar or footer.
                           "rss feed", "rss feeds", "subscribe to rss feed", "subscribe to rss", "subscribe via rss",
                           "atom feed", "posts atom", "comments atom", "subscribe to posts atom", "posts rss", "comments rss",
                           "entries rss", "comments feed", "entries feed"]),
            (.related, ["related", "related articles", "related stories", "related news", "related content",
                        "related topics", "related coverage", "read more", "read also", "see also", "also read",
                        "more news", "more stories", "more from", "more on this story", "more on this topic",
                        "you may also like", "you might also like", "recommended", "recommended for you",
                        "recommended stories", "editors' picks", "editor's picks", "editors picks", "top stories",
                        "most read", "most popular", "most viewed", "popular", "trending", "trending now",
                        "what to read next", "read next", "up next", "in other news", "in other developments",
                        "other topics of interest", "also on", "more coverage", "further reading", "don't miss",
                        "must read", "latest stories", "latest news", "more in", "keep reading", "around the web",
                        "from our partners", "once you're here"]),
            (.feed, ["news feed", "live feed", "live updates", "latest updates", "just in", "breaking news",
                     "news ticker", "timeline", "auto update", "auto update on", "auto update off",
                     "autoupdate", "autoupdate on", "autoupdate off", "refresh", "show latest updates"]),
            (.newsletter, ["subscribe", "subscribed", "sign up", "signup", "subscribe now", "sign up now",
                           "newsletter", "newsletters", "indicates required", "successfuly subscribed",
                           "successfully subscribed", "thank you for subscribing", "submit", "sign up here", "subscribe here", "get the newsletter",
                           "join", "join now", "email address", "your email", "enter your email"]),
            (.membership, ["donate", "donate now", "support us", "become a member", "become a supporter",
                           "join us", "contribute", "support", "membership", "give now", "gift membership"]),
            (.comments, ["comments", "comment", "leave a comment", "post a comment", "show comments",
                         "view comments", "add a comment", "join the conversation", "reply", "replies",
                         "load comments", "comments are closed", "leave a reply", "leave a response", "post a reply"]),
            (.cookie, ["accept", "accept all", "reject all", "accept cookies", "manage preferences", "got it",
                       "i agree", "agree", "ok"]),
            (.paywall, ["subscribe to read", "subscribers only", "subscriber only", "premium", "unlock",
                        "already a subscriber", "already subscribed"]),
        ]
        var firstWordHashes = Set<UInt64>()
        func add(_ line: String, _ reason: NoiseReason, overriding: Bool) {
            var h = lineHashSeed
            var first: UInt64 = 0
            let count = WordTokenizer.wordCount(line) { k, word in
                h = lineHash(h, word)
                if k == 0 { first = word }
            }
            guard count > 0 else { return }
            if overriding || table.reasons[h] == nil { table.reasons[h] = reason }
            if firstWordHashes.insert(first).inserted, let word = WordTokenizer.tokens(line).words.first {
                table.firstWords.append(word)
            }
        }
        for (reason, lines) in groups {
            for line in lines { add(line, reason, overriding: true) }
        }
        // Other languages' labels never override an English line of the same spelling.
        for language in ForeignNoiseVocabulary.languages {
            for (reason, lines) in language.exactLines {
                for line in lines { add(line, reason, overriding: false) }
            }
        }
        return table
    }()

    /// Phrases counted anywhere in a block (`^` = only at its start); `!` marks strong evidence.
    static let phrases: [Phrase] = {
        let groups: [(NoiseReason, [String])] = [
            (.membership, ["!gift membership", "!gift a membership", "!gifting a membership", "become a member",
                           "!become a supporter", "!support our journalism", "!support independent journalism",
                           "!support our work", "!fund our mission", "!fund our journalism", "!readers like you",
                           "financial contribution", "make a contribution", "!funded by our readers",
                           "!donate now", "donate", "donation", "donations", "members", "membership", "supporters",
                           "our journalism", "our reporting", "our mission", "our community", "help us",
                           "!independent journalism", "!reader supported", "!reader funded", "!monthly gift",
                           "!one time gift", "recurring", "visa", "mastercard", "americanexpress", "american express",
                           "paypal", "!chip in", "!every contribution", "contribution", "!keep our journalism",
                           "!free and accessible", "!become a patron", "patreon", "!support us",
                           "!support us financially", "!small favour to ask", "!small favor to ask", "!for all readers",
                           "!regardless of where they live", "!what they can afford", "!support the guardian",
                           "!quality journalism", "!reader revenue", "!make a gift", "!give today", "!donate today",
                           "!on patreon", "!dear readers", "!dear reader", "!join our community", "!we need your support",
                           "your support", "!support independent media", "!become a subscriber", "!our patron",
                           "become our", "need your help", "need your support", "!support our",
                           "more than ever", "!paid for by readers", "!funded by readers", "!join today",
                           "!give a membership", "new members", "!gift a subscription", "!become a member today",
                           "!become a member now", "!join us today"]),
            (.paywall, ["!subscribe to continue", "!subscribe to read", "!subscribers only", "!subscriber only",
                        "!to continue reading", "!already a subscriber", "!already have an account",
                        "!unlimited access", "!free articles", "!article limit", "per month", "per week",
                        "!cancel anytime", "!digital subscription", "!start your free trial", "!free trial",
                        "subscription", "subscribe", "!this content is for subscribers", "!log in to read"]),
            (.newsletter, ["sign up for", "sign up to", "newsletter", "newsletters", "!our newsletter", "!this newsletter", "!email address",
                           "!enter your email", "!your email", "!indicates required", "!signing up",
                           "!confirmation email", "inbox", "subscribe", "subscribed", "!unsubscribe",
                           "!successfully subscribed", "!successfuly subscribed", "!delivered to your",
                           "get the latest", "!privacy notice", "!by signing up", "sign up", "signup",
                           "!thanks for subscribing", "!thank you for subscribing", "!correct email",
                           "!valid email", "!stay informed", "!weekly briefing", "!daily briefing",
                           "!straight to your inbox", "!direct to your inbox", "!subscribe for free", "!receive new posts"]),
            (.advertisement, ["^!advertisement", "^!sponsored", "!paid content", "!paid post", "!sponsored content",
                              "!partner content", "advertising", "!continues below", "!skip advertisement",
                              "!ad choices", "!adchoices", "presented by", "!brought to you by"]),
            (.related, ["^!read more", "^!read also", "^!also read", "^!see also", "^!related", "^!more from",
                        "^!more on", "^!more news", "^!more stories", "^!recommended", "^!you may also like",
                        "^!you might also like", "^!most read", "^!most popular", "^!trending", "^!editors' picks",
                        "^!editor's picks", "^!read next", "^!up next", "^!watch", "^listen", "^!don't miss",
                        "!other topics of interest", "!in other developments", "!in other news",
                        "^!latest news", "^!top stories", "^!further reading", "!once you're here",
                        "^!more coverage", "^!catch up", "^!read the full", "^!explore more", "!more on these topics",
                        "^!related article", "^!related story", "^!keep reading", "^!also on", "^!more in",
                        "^!popular now", "^!what to read next", "^!recommended by"]),
            (.feed, ["!news feed", "^!live updates", "^!latest updates", "minutes ago", "hours ago",
                     "hour ago", "minute ago", "min ago", "mins ago", "hrs ago", "days ago"]),
            (.banner, ["^!reading time", "!min read", "!minute read", "!mins read", "!minutes read",
                       "!this audio is", "!audio is created", "!ai assistance", "!listen to this article",
                       "!listen to this story", "^!editor's note", "^!editors' note", "^!editor's note",
                       "!developing story", "!this story has been updated", "!this article has been updated",
                       "!this is a developing", "^!update", "^!updated", "!audio version", "!text size",
                       "!font size", "!estimated reading", "!read time", "!narrated by",
                       "!automated voice", "!generated by ai", "^!published", "^!last updated", "^!posted",
                       "!this article is more than", "!more than 1 year old", "!a version of this article",
                       "!appears in print", "!order reprints", "!contributed to this report", "!contributed reporting",
                       "!additional reporting by", "is a correspondent", "is a reporter", "is a staff writer",
                       "is a senior reporter", "is a freelance", "is a columnist", "is a contributing",
                       "is the author of", "more about", "^!reporting by", "^!editing by", "^!writing by",
                       "!follow him on", "!follow her on", "!reach her at", "!reach him at", "!can be reached at",
                       "!corrections policy", "fact check", "!originally published",
                       "!originally appeared", "!this story was produced", "!republish this", "!republish our",
                       "!creative commons", "!nonprofit newsroom", "!non profit newsroom", "!independent newsroom",
                       "!we want to hear from you", "!got a tip", "!send us a tip", "!news tips", "^!translated by",
                       "^!translation by", "^!views", "!min reading", "^!last modified", "^!modified"]),
            (.navigation, ["!skip to content", "!skip to main", "!skip navigation", "!edit post",
                           "is not supported", "not supported", "!another browser", "!optimal experience",
                           "!update your browser", "!upgrade your browser", "!enable javascript",
                           "!javascript is disabled", "!javascript enabled", "!best experience", "browser",
                           "!turn on javascript", "!switch on javascript", "!requires javascript", "!javascript is required",
                           "!back to top", "!all rights reserved", "copyright", "!terms of use",
                           "!privacy policy", "!terms of service", "!cookie policy", "!powered by",
                           "^!home", "^!you are here", "!toggle navigation", "^!click here", "^!tags", "^!topics",
                           "!reuse this content", "!site index", "!skip to", "!all right reserved", "!ctrl enter",
                           "!spelling error", "!mistake in the text", "!select the text", "^!all news", "^!main news",
                           "^!show more news", "!load more news", "!hyperlink to", "!when using materials",
                           "!when quoting", "!reproduction of materials", "!use of materials", "search engines",
                           "!hyperlinks", "!hyperlink", "are obligatory", "is obligatory", "!prior written permission",
                           "!no longer supported", "!supported browser", "!switch to a supported", "!outdated browser",
                           // A media player's fallback notice, left in the copy where the player did not load.
                           // First words that prose rarely opens a phrase with keep the lookups cheap.
                           "!video is unavailable", "!video unavailable", "!video is not available", "!video tag",
                           "!html5 video", "!view this video"]),
            (.social, ["!share this", "!share on", "!follow us", "!follow on", "!share via", "^!share",
                       "on facebook", "on twitter", "on instagram", "on telegram", "on whatsapp",
                       "!join our telegram", "!join our channel", "!copy link", "!link copied", "!tweet this",
                       "whatsapp", "facebook", "linkedin", "!pic twitter com", "!view this post on instagram",
                       "!a post shared by", "!this content is imported from"]),
            (.cookie, ["cookies", "cookie", "!we use cookies", "!accept all", "consent", "!manage preferences",
                       "!personalised ads", "!personalized ads", "!your privacy", "!privacy settings",
                       "!tracking technologies", "we and our partners", "and our partners", "!similar technologies",
                       "!store and access information", "on your device", "!measuring audiences", "!measure audiences",
                       "!legitimate interest", "!we value your privacy", "!manage your choices", "!manage settings"]),
            (.comments, ["^!comments", "!leave a comment", "!post a comment", "!add a comment",
                         "!join the conversation", "!comments are closed", "!community guidelines",
                         "!log in to comment", "!be the first to comment", "!show comments", "!view comments",
                         "!notify me of follow", "!notify me of new"]),
            (.credit, ["^!image", "^!photo", "^!picture", "^!pictured", "^!photograph", "^!caption", "^!credit",
                       "!getty images", "!via getty", "!ap photo", "!afp photo", "!reuters photo",
                       "!shutterstock", "photo by", "photograph by", "!image source", "!image credit",
                       "!photo credit", "!file photo", "!alamy", "!epa efe", "handout", "^!illustrative photo",
                       "^!illustrative image", "^!illustration", "^!cover photo", "^!collage"]),
        ]
        var result: [Phrase] = []
        for (reason, specs) in groups + ForeignNoiseVocabulary.phraseGroups {
            for spec in specs {
                var text = Substring(spec)
                var anchored = false
                var strong = false
                if text.hasPrefix("^") { anchored = true; text = text.dropFirst() }
                if text.hasPrefix("!") { strong = true; text = text.dropFirst() }
                let words = WordTokenizer.tokens(text).words
                guard !words.isEmpty else { continue }
                result.append(Phrase(words: words, wordHashes: words.map(WordLexicon.hash), reason: reason,
                                     weight: strong ? 3 : 1, anchored: anchored,
                                     reasonIndex: NoiseReason.allCases.firstIndex(of: reason) ?? 0, id: result.count))
            }
        }
        return result
    }()

    /// First words of the whole-line table, so most lines skip building their key.
    static var exactLineFirstWords: [String] { exactLines.firstWords }

    /// The first words of the phrases, once each, in table order.
    static let phraseFirstWords: [String] = {
        var seen = Set<UInt64>()
        return phrases.compactMap { seen.insert(WordLexicon.hash($0.words[0])).inserted ? $0.words[0] : nil }
    }()
    /// The phrases by their first word (candidates in table order), in an open-addressing table
    /// probed with the word's byte hash: the text cleaner asks it once per phrase start of every
    /// line, with the word's bytes; the HTML cleaner (`BlockNoisePhrases`) with the hash alone.
    static let phraseTable: WordHashTable<[Phrase]> = {
        var table = WordHashTable<[Phrase]>(minimumCapacity: phraseFirstWords.count)
        for phrase in phrases { table.update(phrase.words[0], initial: []) { $0.append(phrase) } }
        return table
    }()
}
