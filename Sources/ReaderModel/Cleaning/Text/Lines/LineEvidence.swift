/// Everything known about one line before the page-level decision: shape, noise and metadata cues.
struct LineEvidence: Sendable {
    var shape: LineShape
    /// Why the line is noise, when something says so; `noiseSource` says what.
    var noise: NoiseReason?
    var noiseSource: NoiseSource? {
        get { box?.notes.noiseSource }
        set { notes.noiseSource = newValue }
    }
    /// Why the line was kept where a rule would have dropped it (cross-page evidence, a body choice; `--explain`).
    var keptNote: String? {
        get { box?.notes.keptNote }
        set { notes.keptNote = newValue }
    }
    var isCaption = false
    var isTimestamp = false
    /// A bare clock time a live blog's entries were kept under (`TeaserDetector.keepLiveBlog` clears
    /// `isTimestamp`): still an entry's stamp to `LiveEntryHeading`.
    var isLiveEntryTime = false
    var isHeadlineLike = false
    /// A row of a table that may be (or, after the body is chosen, is) part of the article.
    var isTableRow = false
    /// A line of a code sample (`CodeSampleRun.mark`): weighs nothing in the body choice.
    var isCodeSample = false
    /// A label of an embedded media player's controls (`MediaPlayerControls.mark`): dropped, but
    /// weighs nothing in the body choice, so the article's paragraphs on both sides stay one run.
    var isPlayerControl = false
    /// The line is code-shaped (`CodeSampleRun.isCodeShaped`), judged once by `CodeSampleRun.mark`
    /// for the body's reading to reuse: it reads only the line's text and its shape, fixed by then.
    var isCodeShaped = false
    /// Code-shaped only by being set deeper than the page's paragraphs (`IndentedFigureBlock`).
    var isIndentedFigure = false
    /// Kept as the body of a page on which no line reads as prose (`SparsePageBody`).
    var isSparseBody = false
    /// A line of a post too short to read as prose, chosen as the body by its words (`BodyFeature.keepsShortLines`).
    var isShortPostLine = false
    /// An item of a list the body was widened over (`ArticleList.widen`), with the reason.
    var listItem: ArticleListReason?
    /// How often the same line occurs in this page.
    var repeatsInPage = 1
    /// Metadata the line carries on its own (a byline, a date line, a "Source:" line).
    var byline: String? {
        get { box?.notes.byline }
        set { notes.byline = newValue }
    }
    var dateISO: String? {
        get { box?.notes.dateISO }
        set { notes.dateISO = newValue }
    }
    var publisher: String? {
        get { box?.notes.publisher }
        set { notes.publisher = newValue }
    }

    // The fields holding strings live in one shared, immutable box, nil while all are nil (most
    // lines): rules copy evidence out of `[LineEvidence]` all the time (`let ev = evidence[i]`), and a
    // copy retained and released each of the five fields one by one, 3% of a folder of text pages.
    // A write makes a new box, so a copy never sees another's change.
    private var box: NotesBox?

    private var notes: Notes {
        get { box?.notes ?? Notes() }
        set { box = newValue.isEmpty ? nil : NotesBox(newValue) }
    }

    /// The fields of `LineEvidence` that hold strings.
    private struct Notes: Sendable {
        var noiseSource: NoiseSource?
        var keptNote: String?
        var byline: String?
        var dateISO: String?
        var publisher: String?
        var isEmpty: Bool { noiseSource == nil && keptNote == nil && byline == nil && dateISO == nil && publisher == nil }
    }

    private final class NotesBox: Sendable {
        let notes: Notes
        init(_ notes: Notes) { self.notes = notes }
    }

    /// The memberwise initializer the stored fields would have had.
    init(shape: LineShape, noise: NoiseReason? = nil, noiseSource: NoiseSource? = nil, keptNote: String? = nil,
         isCaption: Bool = false, isTimestamp: Bool = false, isHeadlineLike: Bool = false, isTableRow: Bool = false,
         isCodeSample: Bool = false, isCodeShaped: Bool = false, isSparseBody: Bool = false, isShortPostLine: Bool = false,
         listItem: ArticleListReason? = nil, repeatsInPage: Int = 1,
         byline: String? = nil, dateISO: String? = nil, publisher: String? = nil) {
        self.shape = shape
        self.noise = noise
        self.isCaption = isCaption
        self.isTimestamp = isTimestamp
        self.isHeadlineLike = isHeadlineLike
        self.isTableRow = isTableRow
        self.isCodeSample = isCodeSample
        self.isCodeShaped = isCodeShaped
        self.isSparseBody = isSparseBody
        self.isShortPostLine = isShortPostLine
        self.listItem = listItem
        self.repeatsInPage = repeatsInPage
        let notes = Notes(noiseSource: noiseSource, keptNote: keptNote, byline: byline, dateISO: dateISO, publisher: publisher)
        box = notes.isEmpty ? nil : NotesBox(notes)
    }

    /// Noise only for recurring within the page (a share bar's label shown twice).
    var isInPageRepeatNoise: Bool { noise == .repeated && noiseSource?.isRepeatedInPage == true }

    /// Noise only for standing in a block of teasers (`TeaserListDetector`): a list's lines may be given back.
    var isTeaserListNoise: Bool { noise == .related && noiseSource?.isTeaserList == true }

    /// No noise, or noise only for being a fragment (too short or broken to read as prose): nothing
    /// says the line is furniture, so a rule may take it into a post or give it a section's reason.
    var isCleanOrFragment: Bool { noise == nil || noise == .fragment }

    var isMetadata: Bool { byline != nil || dateISO != nil || publisher != nil }

    /// Noise that means the article is over or interrupted by a large foreign block.
    var isHeavyNoise: Bool {
        switch noise {
        case .membership?, .paywall?, .newsletter?, .comments?, .feed?, .cookie?, .repeated?: return true
        default: return false
        }
    }
}
