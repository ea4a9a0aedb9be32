import Foundation

/// A deterministic folder of fake saved pages (6-18 KB each, 12 KB on average like real news pages: the 10,000-page target is about 120 MB) for the index benchmarks: invented prose
/// wrapped in the kinds of noise real select-all copies carry (appeals, menus, ads, teasers, footers).
/// Like real news, each page names a small cast (a few dozen distinct entities) drawn from a
/// library-wide pool where some names recur across many pages, and much of the prose names nobody.
struct SyntheticLibrary {
    var files: Int
    var seed: UInt64

    /// The folder, generated on first use and reused while its marker file says it is complete.
    func materialize() throws -> String {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-library-v4-\(files)-\(seed)")
        let marker = (dir as NSString).appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker) { return dir }
        try? FileManager.default.removeItem(atPath: dir)
        var rng = SplitMix64(seed: seed)
        for i in 0..<files {
            // A few sub-folders, like a library sorted by month.
            let sub = (dir as NSString).appendingPathComponent(String(format: "%02d", i % 12 + 1))
            if i < 12 { try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true) }
            let page = SyntheticLibrary.page(number: i, rng: &rng)
            try Data(page.utf8).write(to: URL(fileURLWithPath: (sub as NSString).appendingPathComponent(String(format: "page-%05d.txt", i))))
        }
        try Data().write(to: URL(fileURLWithPath: marker))
        return dir
    }

    static func page(number: Int, rng: inout SplitMix64) -> String {
        let site = rng.pick(sites)
        let cast = Cast(&rng)
        var lines: [String] = []
        lines += rng.pick(appeals)
        lines.append(site.menu)
        lines.append("Skip to main content")
        let title = Self.headline(&rng)
        lines.append("")
        lines.append(title)
        lines.append("")
        lines.append("By \(cast.person(&rng)) | \(rng.pick(months)) \(rng.int(1...28)), \(rng.int(2015...2025)) \(rng.int(1...12)):\(String(format: "%02d", rng.int(0...59))) PM | \(rng.int(2...14)) min read")
        lines.append("\(cast.person(&rng)) speaks at a meeting in \(cast.place(&rng)). (Photo: \(site.name) / \(cast.person(&rng)))")
        lines.append("")
        let target = rng.int(6_000...18_000)
        var size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        while size < target {
            let paragraph = (0..<rng.int(2...5)).map { _ in sentence(&rng, cast) }.joined(separator: " ")
            lines.append(paragraph)
            lines.append("")
            switch rng.int(0...9) {
            case 0: lines.append("Advertisement")
            case 1: lines.append("Read more: \(Self.headline(&rng))")
            case 2: lines.append(rng.pick(shareLines))
            default: break
            }
            size += paragraph.utf8.count + 2
        }
        lines.append("Most read")
        for _ in 0..<4 { lines.append("\(rng.int(1...59)) min ago \(Self.headline(&rng))") }
        lines += rng.pick(footers)
        lines.append("© \(rng.int(2015...2025)) \(site.name). All rights reserved. Page \(number).")
        let text = lines.joined(separator: "\n")
        // Half the sites set type like most real pages do: curly quotes, dashes, no-break spaces.
        return site.typeset ? Self.typeset(text) : text
    }

    /// Straight quotes to curly ones (alternating open and close), "; " to an em dash, and a
    /// no-break space before units, so the benchmark reads the multi-byte text real copies carry.
    static func typeset(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 50)
        var open = true
        for ch in text {
            switch ch {
            case "\"": out.append(open ? "\u{201C}" : "\u{201D}"); open.toggle()
            case "'": out.append("\u{2019}")
            case "\n": out.append(ch); open = true
            default: out.append(ch)
            }
        }
        return out.replacingOccurrences(of: "; ", with: " \u{2014} ")
            .replacingOccurrences(of: " min read", with: "\u{A0}min read")
            .replacingOccurrences(of: " million", with: "\u{A0}million")
    }

    static func sentence(_ rng: inout SplitMix64, _ cast: Cast) -> String {
        switch rng.int(0...11) {
        case 0: return "\(cast.person(&rng)), who leads the \(cast.organization(&rng)), said the \(rng.pick(nouns)) in \(cast.place(&rng)) would \(rng.pick(verbs)) the \(rng.pick(nouns)) by \(rng.pick(months))."
        case 1: return "\(cast.place(&rng))'s officials expect about \(rng.int(2...900)) \(rng.pick(plurals)) to \(rng.pick(verbs)) the new \(rng.pick(nouns)) before \(rng.pick(weekdays))."
        case 2: return "\"We \(rng.pick(verbs)) every \(rng.pick(nouns)) we can,\" \(cast.person(&rng)) told reporters after the \(rng.pick(nouns)) of \(cast.place(&rng))."
        case 3: return "The \(cast.organization(&rng)) has spent $\(rng.int(1...90)) million on \(rng.pick(plurals)) since \(rng.int(1990...2024)), according to a \(rng.pick(nouns)) published on \(rng.pick(weekdays))."
        case 4: return "Critics argue that the \(rng.pick(adjectives)) \(rng.pick(nouns)) near \(cast.place(&rng)) cannot \(rng.pick(verbs)) the \(rng.pick(adjectives)) \(rng.pick(plurals)) that \(cast.place(&rng)) residents rely on."
        case 5: return "In \(rng.pick(months)), \(cast.person(&rng)) and \(cast.person(&rng)) agreed to \(rng.pick(verbs)) a \(rng.pick(adjectives)) \(rng.pick(nouns)) for \(cast.place(&rng))."
        // Prose that names nobody, as most sentences of a real article do.
        case 6: return "The \(rng.pick(adjectives)) \(rng.pick(nouns)) has divided \(rng.pick(plurals)) for years, and few expect the \(rng.pick(nouns)) to settle it soon."
        case 7: return "Some \(rng.pick(plurals)) say the plan would \(rng.pick(verbs)) the \(rng.pick(nouns)), while others worry that it could \(rng.pick(verbs)) the \(rng.pick(adjectives)) \(rng.pick(nouns)) instead."
        case 8: return "About \(rng.int(2...90)) percent of \(rng.pick(plurals)) surveyed said they had not heard of the \(rng.pick(nouns)) until last \(rng.pick(weekdays)), and many more doubted it would last."
        case 9: return "It wasn't the first time the \(rng.pick(nouns))'s fate had been put off; a similar \(rng.pick(adjectives)) \(rng.pick(nouns)) stalled in \(rng.int(1990...2024)) after months of talks."
        case 10: return "\"Nobody wants to \(rng.pick(verbs)) a \(rng.pick(nouns)) that works,\" \(cast.personOrPronoun(&rng)) said, adding that the \(rng.pick(plurals)) deserved a clear answer."
        default: return "Those who \(rng.pick(verbs)) the \(rng.pick(nouns)) point to rising costs, longer waits and a \(rng.pick(adjectives)) \(rng.pick(nouns)) that has yet to be tested."
        }
    }

    static func headline(_ rng: inout SplitMix64) -> String {
        "\(Pool.shared.place(&rng)) \(rng.pick(["moves to", "votes to", "refuses to", "plans to", "agrees to"])) \(rng.pick(verbs)) \(rng.pick(adjectives)) \(rng.pick(plurals))"
    }

    static func person(_ rng: inout SplitMix64) -> String { "\(rng.pick(givenNames)) \(coinage(&rng))" }
    static func place(_ rng: inout SplitMix64) -> String { coinage(&rng) + rng.pick(["ville", "ford", "grad", "ia", " Bay", " Valley", "stan", "holm"]) }
    static func organization(_ rng: inout SplitMix64) -> String { "\(coinage(&rng)) \(rng.pick(["Council", "Institute", "Agency", "Union", "Fund", "Alliance"]))" }

    /// The names a whole library draws from: a few thousand people, places and organisations,
    /// picked with a skew so some recur on many pages (like real news) and most are rare.
    struct Pool: Sendable {
        var people: [String], places: [String], organizations: [String]

        static let shared: Pool = {
            var rng = SplitMix64(seed: 0x1EDE)
            return Pool(people: (0..<3_000).map { _ in SyntheticLibrary.person(&rng) },
                        places: (0..<1_200).map { _ in SyntheticLibrary.place(&rng) },
                        organizations: (0..<600).map { _ in SyntheticLibrary.organization(&rng) })
        }()

        /// Squaring a uniform draw favours the front of the list: a rough Zipf-like skew.
        func skewed(_ names: [String], _ rng: inout SplitMix64) -> String {
            let u = Double(rng.next() % 1_000_000) / 1_000_000
            return names[Int(u * u * Double(names.count))]
        }

        func place(_ rng: inout SplitMix64) -> String { skewed(places, &rng) }
    }

    /// One page's cast: about 8-16 people, 6-12 places and 3-7 organisations (30-60 distinct entities
    /// with the dates and numbers), which its sentences keep coming back to.
    struct Cast {
        var people: [String], places: [String], organizations: [String]

        init(_ rng: inout SplitMix64) {
            let pool = Pool.shared
            people = (0..<rng.int(8...16)).map { _ in pool.skewed(pool.people, &rng) }
            places = (0..<rng.int(6...12)).map { _ in pool.skewed(pool.places, &rng) }
            organizations = (0..<rng.int(3...7)).map { _ in pool.skewed(pool.organizations, &rng) }
        }

        func person(_ rng: inout SplitMix64) -> String { rng.pick(people) }
        func place(_ rng: inout SplitMix64) -> String { rng.pick(places) }
        func organization(_ rng: inout SplitMix64) -> String { rng.pick(organizations) }
        /// Later mentions of a person are often by surname or pronoun only.
        func personOrPronoun(_ rng: inout SplitMix64) -> String {
            switch rng.int(0...2) {
            case 0: return person(&rng)
            case 1: return String(person(&rng).split(separator: " ").last!)
            default: return rng.pick(["she", "he", "they"])
            }
        }
    }

    /// Invented capitalised words, so the vocabulary (and the FTS index) grows like real news does.
    static func coinage(_ rng: inout SplitMix64) -> String {
        let word = (0..<rng.int(2...3)).map { _ in rng.pick(syllables) }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static let syllables = ["ka", "lo", "mer", "tan", "vi", "sol", "dra", "ben", "rus", "ost", "el", "pra", "gun", "hal", "mi", "zor", "ten", "bra", "ul", "cas", "no", "vek", "lin", "shi"]
    static let givenNames = ["Ana", "Tomas", "Leila", "Marek", "Priya", "Jonas", "Ines", "Kwame", "Sofia", "Dmytro", "Hana", "Oscar", "Yusuf", "Greta", "Mateo", "Aiko"]
    static let nouns = ["budget", "bridge", "treaty", "harbour", "election", "report", "pipeline", "vaccine", "school", "railway", "reform", "tariff", "ceasefire", "hospital", "survey", "festival", "court ruling", "drought", "satellite", "factory"]
    static let plurals = ["farmers", "voters", "nurses", "engineers", "students", "drivers", "soldiers", "tenants", "fishermen", "startups", "pensioners", "volunteers"]
    static let verbs = ["delay", "fund", "review", "expand", "block", "rebuild", "approve", "test", "protect", "replace", "audit", "double"]
    static let adjectives = ["regional", "temporary", "disputed", "costly", "northern", "long-awaited", "emergency", "coastal", "rural", "digital", "controversial", "modest"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let shareLines = ["Share on Facebook Share on X Copy link", "Follow us on social media", "Listen to this article", "Save article Print Email"]
    static let appeals = [
        ["Independent reporting needs you. Join as a supporter today.", "Support us Give once"],
        ["You have 3 free articles left this month.", "Subscribe now for unlimited access"],
        ["We use cookies to improve your experience. Accept all Manage preferences"],
        ["Breaking: live coverage continues below"],
    ]
    static let footers = [
        ["Sign up for our morning briefing", "Email address", "* indicates required", "Subscribe"],
        ["Comments (\(12))", "Log in to join the conversation"],
        ["About us Contact Careers Privacy policy Terms of use"],
    ]
    static let sites: [(name: String, menu: String, typeset: Bool)] = [
        ("The Daily Lantern", "Home World Politics Business Science Sport Culture", true),
        ("Northern Ledger", "News Opinion Regions Economy Climate Video", false),
        ("Harbour Post", "Latest Local National Money Health Weather", true),
        ("Meridian Wire", "Top stories Europe Asia Americas Africa Markets", false),
    ]
}

/// A tiny deterministic generator (SplitMix64), so the library is the same on every machine.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}
