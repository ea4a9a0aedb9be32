/// Sends a frame to the driver, redrawing only windows whose content or place changed.
final class Painter {
    private let driver: TerminalDriver
    private var previous: [String: Frame.Window] = [:]
    private var previousSlots: [String] = []

    init(driver: TerminalDriver) {
        self.driver = driver
    }

    /// Paints a frame; `force` repaints everything (resize, Ctrl-l, a window went away).
    func paint(_ frame: Frame, force: Bool = false) {
        let slots = frame.windows.map(\.slot)
        // When a window disappears (overlay closed, layout changed) what was under it must be redrawn.
        let full = force || slots != previousSlots
        driver.beginFrame(clear: full)
        // Windows are in stacking order: one drawn above a redrawn window must be redrawn too, or a pane
        // that changed under an overlay (entities arriving in the background) would cover it.
        var redrawn: [PaneLayout.Rect] = []
        for window in frame.windows where full || previous[window.slot] != window || redrawn.contains(where: { $0.overlaps(window.rect) }) {
            driver.draw(window.canvas, in: window.slot, at: window.rect)
            redrawn.append(window.rect)
        }
        driver.endFrame()
        previous = Dictionary(uniqueKeysWithValues: frame.windows.map { ($0.slot, $0) })
        previousSlots = slots
    }
}
