import CNcurses
import CLibXML2

/// Compile-time check that both system libraries import (replaced by TerminalDriver).
enum CursesProbe {
    static func version() -> String { String(cString: curses_version()) }
}
