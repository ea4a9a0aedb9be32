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
        for window in frame.windows where full || previous[window.slot] != window {
            driver.draw(window.canvas, in: window.slot, at: window.rect)
        }
        driver.endFrame()
        previous = Dictionary(uniqueKeysWithValues: frame.windows.map { ($0.slot, $0) })
        previousSlots = slots
    }
}
