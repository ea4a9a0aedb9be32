/// Why a hidden element's text is read after all: the one decision the segmenter takes when it
/// meets a hidden element and the classifier names in `--explain` for the blocks under it. Hidden
/// elements are skipped unless they hold most of the page (consent dialogs set `aria-hidden` on the
/// whole page behind them, and saved pages keep that state; a page's own inline style hides a part it
/// means to hide, and only one that hides three quarters of the page is a wrapper a script had yet to
/// show), continue the story behind "Read more" (`CollapsedContinuation`), or are the page beside a
/// modal dialog (`PageBehindModal`).
enum HiddenPartReading {
    static let mostOfPageEvidence = "shown from a hidden element that holds most of the page"

    /// The evidence for reading hidden element `index`, or nil when it stays hidden; the most
    /// specific reading names it. `textBytes`: text bytes below each node.
    static func evidence(_ index: Int, document: HTMLDocument, textBytes: [Int]) -> String? {
        if CollapsedContinuation.isShown(index, document: document, textBytes: textBytes) { return CollapsedContinuation.evidence }
        if PageBehindModal.isPage(index, document: document, textBytes: textBytes) { return PageBehindModal.evidence }
        if holdsMostOfPage(index, document: document, textBytes: textBytes) { return mostOfPageEvidence }
        return nil
    }

    /// Half the page's text hidden by its `hidden` or `aria-hidden` attribute (a dialog's state on
    /// the page behind it), or three quarters of it by its inline style alone.
    private static func holdsMostOfPage(_ index: Int, document: HTMLDocument, textBytes: [Int]) -> Bool {
        guard textBytes[index] * 2 >= textBytes[0] else { return false }
        let attributes = document.nodes[index].attributes
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        return textBytes[index] * 4 >= textBytes[0] * 3
    }
}
