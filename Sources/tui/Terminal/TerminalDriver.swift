/// The terminal as the app sees it; `CursesDriver` is the only implementation with side effects.
protocol TerminalDriver: AnyObject {
    /// Current size in cells.
    var size: (columns: Int, rows: Int) { get }
    /// Starts a frame; `clear` forgets what is on screen (resize, Ctrl-l, overlay closed).
    func beginFrame(clear: Bool)
    /// Draws a canvas into the named window at a rectangle (queued, not yet visible).
    func draw(_ canvas: Canvas, in slot: String, at rect: PaneLayout.Rect)
    /// Removes windows not drawn since `beginFrame(clear: true)` and shows the frame at once.
    func endFrame()
    /// Blocks for the next input event; nil when there is nothing to report (ignored input).
    func nextEvent() -> InputEvent?
    /// How long `nextEvent` waits before returning nil: short while background work reports progress.
    func setInputTimeout(milliseconds: Int)
    /// Restores the terminal. Safe to call twice.
    func shutdown()
}
