/// Why a line is kept as part of a list that belongs to the article; `evidence` is its `--explain` string.
enum ArticleListReason: Sendable, CaseIterable {
    /// A clean run of short lines with full paragraphs of the body on both sides.
    case betweenParagraphs
    /// A line after a paragraph ending in a colon that introduces something of the body.
    case leadIn
    /// A short line under a clean colon lead-in, only the list's other items between.
    case underLeadIn
    /// A run a teaser list detector took for links, under a lead-in sentence right after a paragraph
    /// (`ArticleList.reclaimTeaserRuns`); its lines are then items `underLeadIn`.
    case reclaimedTeaserRun
    /// A glued short item followed by a long one under a colon lead-in: the shape of a teaser, but a list.
    case notATeaser
    /// The items under the body's last paragraph ending in a colon, which no paragraph follows.
    case closesBody
    /// A long glued run of bulleted lines that holds a line of the body: a post written as a list.
    case bulletedRun
    /// Items numbered in sequence with a numbered line of the body, past its last paragraph.
    case numberedSequence
    /// Number-led items (dates, quantities) under an announcing line at the body's end (`ShapedClosingList`).
    case shapedClosingList
    /// A line of verse chosen as the post (`VersePost`): glued short lines are its stanzas, not teasers.
    case verseLine
    /// A list under a short heading ending in a colon right above the body (`ListAboveBody`).
    case aboveBody
    /// A numbered line of the body in a sequence from one (`MarkedListRun`).
    case numberedThroughBody
    /// A sub-item ("12.1.", "12.2.") between two items of the body's numbered run whose number it
    /// carries (`OutlineSubItems`).
    case outlineSubItem
    /// A short line of a bulleted run of the body whose other items read as prose (`MarkedListRun`).
    case bulletedInBody
    /// An item of a numbered list right under the body's last line, from one or continuing the body's numbering (`MarkedListRun`).
    case numberedClosingList
    /// A block of lines opening with recurring labels, in a run of them under the body's last paragraph (`RecordClosingList`).
    case recordClosingList
    /// The writer's sign-off right under the body's last paragraph (`SignOffLines`).
    case signOff
    /// The writer's handle or address right under the sign-off (`SignOffLines`).
    case writersContact
    /// A short closing sentence right under the body's last paragraph (`ClosingRemarkLine`).
    case closingRemark
    /// The first section's heading right under the contents that list it (`RepeatedHeadingDetector`).
    case sectionUnderContents
    /// An item of a glued run between paragraphs whose lines close on one field format (`SharedTrailingFieldRun`).
    case sharedTrailingField
    /// A letter's closing formula standing alone under its last paragraph (`LetterClosing`).
    case letterClosing
    /// A line of the signature under a letter's closing formula (`LetterClosing`).
    case letterSignature
    /// A letter's salutation right above its first paragraph (`LetterSalutation`).
    case letterSalutation
    /// A label or item of a review's pros-and-cons box (`ProsAndConsBox`).
    case prosAndCons
    /// The heading right under a pros-and-cons box, over its verdict (`ProsAndConsBox`).
    case prosAndConsHeading
    /// A closing turn or cue of a transcript under its last turn (`TranscriptClosingTurns`).
    case transcriptTurn
    /// A review's rating right under its verdict (`ReviewRatingLine`).
    case reviewRating
    /// A line of a fact check's claim or verdict box above its first paragraph (`FactCheckBoxes`).
    case factCheckBox
    /// A label or item of a fact check's summary under its last paragraph (`FactCheckBoxes`).
    case factCheckSummary
    /// A sentence restating a fact check's verdict under its last paragraph (`FactCheckBoxes`).
    case factCheckVerdictSentence
    /// A chapter of an episode's chapter list (`EpisodeChapterList`).
    case chapter
    /// The heading over an episode's chapter list (`EpisodeChapterList`).
    case chapterHeading
    /// The line closing an episode's show notes under its chapter list (`EpisodeChapterList`).
    case chapterListClosing
    /// The first letter's heading on a page of signed letters (`SignedLettersPage`).
    case letterHeading
    /// A letter's "Name, Town" signature on a page of signed letters (`SignedLettersPage`).
    case letterSignatureLine
    /// The date heading of a timeline's entry (`TimelineEntryDates`).
    case timelineDate
    /// The heading over the article's numbered source list (`ClosingSourceList`).
    case sourceListHeading
    /// An item of the article's numbered source list (`ClosingSourceList`).
    case sourceListItem
    /// The label or a point of a summary box right above the first paragraph (`KeyPointsBox`).
    case keyPoints

    var evidence: String {
        switch self {
        case .betweenParagraphs: "clean run of short lines between paragraphs of the body (a list)"
        case .leadIn: "lead-in ending in a colon after a paragraph"
        case .underLeadIn: "item of a list under a lead-in ending in a colon"
        case .reclaimedTeaserRun: "list under a lead-in sentence ending in a colon, right after a paragraph (not a teaser list)"
        case .notATeaser: "not a teaser: an item of a list under a lead-in ending in a colon"
        case .closesBody: "list closing the body under a paragraph ending in a colon"
        case .bulletedRun: "bulleted line of a glued run of bulleted lines that holds the body (a list post)"
        case .numberedSequence: "numbered in sequence with the body's numbered line (a list)"
        case .shapedClosingList: "number-led list (dates, quantities) under a line announcing it at the body's end"
        case .verseLine: "not a teaser: a line of the verse chosen as the post"
        case .aboveBody: "list under a short heading ending in a colon, right above the body (materials, ingredients)"
        case .numberedThroughBody: "numbered in sequence from one with other lines of the body (the article's list or sections)"
        case .outlineSubItem: OutlineSubItems.evidence
        case .bulletedInBody: "item of a bulleted run of the body whose other items read as prose"
        case .numberedClosingList: "numbered list right under the body's last line, in sequence from one or continuing the body's numbering"
        case .recordClosingList: RecordClosingList.evidence
        case .signOff: SignOffLines.evidence
        case .writersContact: SignOffLines.contactEvidence
        case .closingRemark: ClosingRemarkLine.evidence
        case .sectionUnderContents: RepeatedHeadingDetector.firstSectionEvidence
        case .sharedTrailingField: SharedTrailingFieldRun.evidence
        case .letterClosing: LetterClosing.evidence
        case .letterSignature: LetterClosing.signatureEvidence
        case .letterSalutation: LetterSalutation.evidence
        case .prosAndCons: ProsAndConsBox.evidence
        case .prosAndConsHeading: ProsAndConsBox.headingEvidence
        case .transcriptTurn: TranscriptClosingTurns.evidence
        case .reviewRating: ReviewRatingLine.evidence
        case .factCheckBox: FactCheckBoxes.evidence
        case .factCheckSummary: FactCheckBoxes.summaryEvidence
        case .factCheckVerdictSentence: FactCheckBoxes.verdictSentenceEvidence
        case .chapter: EpisodeChapterList.evidence
        case .chapterHeading: EpisodeChapterList.headingEvidence
        case .chapterListClosing: EpisodeChapterList.closingEvidence
        case .letterHeading: SignedLettersPage.headingEvidence
        case .letterSignatureLine: SignedLettersPage.signatureEvidence
        case .timelineDate: TimelineEntryDates.evidence
        case .sourceListHeading: ClosingSourceList.headingEvidence
        case .sourceListItem: ClosingSourceList.evidence
        case .keyPoints: KeyPointsBox.evidence
        }
    }
}
