/// What marked a text line as noise: the evidence `--explain` names, typed so that rules ask which
/// kind of evidence it was instead of matching its wording.
enum NoiseSource: Sendable, Equatable, CustomStringConvertible {
    /// The line's own words name its kind (`NoiseVocabulary`).
    case vocabulary
    /// No letters or digits.
    case noWords
    /// A bare date or clock time.
    case timestamp
    /// The same line occurs this many times in the page.
    case repeatedInPage(Int)
    /// The line occurs on this many pages of the site's folder.
    case repeatedInSite(pages: Int)
    /// Repeats a nearby paragraph.
    case pullQuote
    /// An item of a feed, under its timestamp.
    case itemUnderTimestamp
    /// Under a header whose words name this kind of noise.
    case underHeader(NoiseReason)
    /// Inside a box whose opening line names this kind of noise.
    case insideBox(NoiseReason)
    /// One of this many headline-like lines in a row; `unspaced` when a script without spaces, not
    /// capitals, made them headlines (`UnspacedTeaserRun`).
    case teaserList(headlines: Int, unspaced: Bool = false)
    /// Any other rule, in its own words.
    case rule(String)

    var description: String {
        switch self {
        case .vocabulary: return "vocabulary"
        case .noWords: return "no words"
        case .timestamp: return "timestamp"
        case .repeatedInPage(let count): return "\(count)x in page"
        case .repeatedInSite(let pages): return "in \(pages) pages of the site"
        case .pullQuote: return "pull quote of a nearby paragraph"
        case .itemUnderTimestamp: return "item under a timestamp"
        case .underHeader(let reason): return "under a \(reason.rawValue) header"
        case .insideBox(let reason): return "inside a \(reason.rawValue) box"
        case .teaserList(let headlines, let unspaced):
            return unspaced ? "teaser list (\(headlines) \(UnspacedTeaserRun.evidence))" : "teaser list (\(headlines) headline-like lines in a row)"
        case .rule(let words): return words
        }
    }

    var isRepeatedInPage: Bool { if case .repeatedInPage = self { true } else { false } }
    var isTeaserList: Bool { if case .teaserList = self { true } else { false } }
    var isUnderHeader: Bool { if case .underHeader = self { true } else { false } }
    var isInsideBox: Bool { if case .insideBox = self { true } else { false } }
    /// Says only that the line is short, wordless or repeated in the page: no word of it names furniture.
    var isSoft: Bool { isRepeatedInPage || self == .noWords }
}
