import CNcurses
import Foundation
import Glibc

/// Why the terminal could not be used, in words for the user.
struct TerminalError: Error, CustomStringConvertible {
    var description: String
}

/// The only type that calls curses: windows per slot, colours from the theme, input decoding.
final class CursesDriver: TerminalDriver {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var windows: [String: (window: UnsafeMutablePointer<WINDOW>, rect: PaneLayout.Rect)] = [:]
    private var drawnThisFrame: Set<String> = []
    private var clearing = false
    private var palette: CursesPalette
    private var active = false
    private var immediateErrors = 0

    /// Opens the terminal; throws a readable error for an unknown or unusable TERM.
    init(theme: Theme, mouse: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        // With no locale set (common in containers) ncursesw would print non-ASCII as M-x escapes;
        // the articles are UTF-8 and nearly every terminal is too.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalError(description: "TERM is not set; lede needs a terminal such as xterm-256color") }
        output = fdopen(1, "w")
        input = fdopen(0, "r")
        // newterm returns nil for an unknown TERM where initscr would exit the process.
        guard let screen = newterm(nil, output, input) else {
            throw TerminalError(description: "unknown terminal type TERM=\(term); try TERM=xterm-256color")
        }
        self.screen = screen
        set_term(screen)
        guard lede_has_string_cap("cup") != 0 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw TerminalError(description: "TERM=\(term) cannot position the cursor; lede needs a full-screen terminal (use `lede clean` for plain text)")
        }
        active = true
        lede_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(lede_stdscr(), true)
        wtimeout(lede_stdscr(), 500)
        curs_set(0)
        lede_set_escdelay(25)
        let colorless = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var colors = 0
        if !colorless && has_colors() {
            start_color()
            use_default_colors()
            colors = Int(lede_colors())
        }
        palette = CursesPalette(theme: theme, colors: colors, pairs: colors > 0 ? Int(lede_color_pairs()) : 0)
        if mouse {
            mousemask(lede_all_mouse_events(), nil)
            mouseinterval(0)
        }
        // stdscr is only read from; refresh it once so wget_wch never repaints it over the panes.
        wrefresh(lede_stdscr())
    }

    deinit { shutdown() }

    var size: (columns: Int, rows: Int) { (Int(lede_cols()), Int(lede_lines())) }

    func beginFrame(clear: Bool) {
        clearing = clear
        drawnThisFrame = []
        if clear {
            werase(lede_stdscr())
            wnoutrefresh(lede_stdscr())
            clearok(lede_curscr(), true)
        }
    }

    func draw(_ canvas: Canvas, in slot: String, at rect: PaneLayout.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        drawnThisFrame.insert(slot)
        let window: UnsafeMutablePointer<WINDOW>
        if let existing = windows[slot], existing.rect == rect {
            window = existing.window
        } else {
            if let old = windows[slot] { delwin(old.window) }
            guard let created = newwin(Int32(rect.height), Int32(rect.width), Int32(rect.y), Int32(rect.x)) else { return }
            window = created
            windows[slot] = (created, rect)
        }
        let background = palette.attributes(canvas.background)
        wbkgdset(window, lede_blank_with_pair(Int32(background.pair)) | chtype(background.attrs))
        werase(window)
        for (y, spans) in canvas.lines.enumerated() where y < rect.height {
            var x = 0
            for span in spans {
                let style = palette.attributes(span.role)
                wattr_set(window, style.attrs, Int16(style.pair), nil)
                let lines = span.text.unicodeScalars.map { lede_wacs_for($0.value) }
                if !lines.isEmpty, lines.allSatisfy({ $0 != nil }) {
                    // Box drawing goes through WACS, which works even where the terminal lacks UTF-8 (vt100).
                    guard x + lines.count <= rect.width else { break }
                    wmove(window, Int32(y), Int32(x))
                    for line in lines { wadd_wch(window, line) }
                    x += lines.count
                    continue
                }
                let chars = span.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                let width = DisplayWidth.of(span.text)
                guard x + width <= rect.width else { break }
                chars.withUnsafeBufferPointer { buffer in
                    _ = mvwaddnwstr(window, Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count))
                }
                x += width
            }
        }
        wattr_set(window, 0, 0, nil)
        wnoutrefresh(window)
    }

    func endFrame() {
        if clearing {
            for (slot, entry) in windows where !drawnThisFrame.contains(slot) {
                delwin(entry.window)
                windows[slot] = nil
            }
        }
        doupdate()
    }

    func setInputTimeout(milliseconds: Int) {
        guard active else { return }
        wtimeout(lede_stdscr(), Int32(milliseconds))
    }

    func nextEvent() -> InputEvent? {
        // A signal that arrived before the read started would not interrupt it: check first,
        // and wake up periodically (wtimeout) so a late one is still noticed.
        if lede_take_signal() != 0 { return .interrupted }
        var ch: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = wget_wch(lede_stdscr(), &ch)
        if lede_take_signal() != 0 { return .interrupted }
        if result == ERR {
            // Errors that come back at once, again and again, mean the terminal is gone.
            let fast = DispatchTime.now().uptimeNanoseconds - started < 5_000_000
            immediateErrors = fast ? immediateErrors + 1 : 0
            return immediateErrors > 200 ? .interrupted : nil
        }
        immediateErrors = 0
        if result == KEY_CODE_YES { return functionKey(Int32(bitPattern: ch)) }
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(ch) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case lede_key_resize(): return .resize
        case lede_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let kind: MouseEvent.Kind
            if event.bstate & lede_button4_pressed() != 0 { kind = .wheelUp }
            else if event.bstate & lede_button5_pressed() != 0 { kind = .wheelDown }
            else if event.bstate & lede_button1_clicked() != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case lede_key_btab(): return .key(.backTab)
        default: return nil
        }
    }

    func shutdown() {
        guard active else { return }
        active = false
        for (_, entry) in windows { delwin(entry.window) }
        windows = [:]
        if screen != nil {
            mousemask(0, nil)
            // Without an alternate screen (vt100) the panes would stay behind: leave a clean screen.
            if lede_has_string_cap("smcup") == 0 {
                werase(lede_stdscr())
                wrefresh(lede_stdscr())
            }
        }
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        if let output { fflush(output) }
    }
}
