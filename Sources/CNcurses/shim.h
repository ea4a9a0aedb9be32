// Wide-character ncurses for Swift: the feature macros must precede the include,
// and C macros/globals that Swift cannot import are exposed as inline getters.
#ifndef LEDE_CNCURSES_SHIM_H
#define LEDE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

// glibc hides these behind __USE_XOPEN, which Swift's Glibc module does not set.
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline WINDOW *lede_curscr(void) { return curscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline void lede_set_escdelay(int ms) { ESCDELAY = ms; }
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_normal(void) { return A_NORMAL; }
static inline attr_t lede_color_pair(int n) { return COLOR_PAIR(n); }
static inline const cchar_t *lede_wacs_hline(void) { return WACS_HLINE; }
// The line-drawing character for a Unicode box-drawing code point, or NULL.
static inline const cchar_t *lede_wacs_for(unsigned int c) {
    switch (c) {
    case 0x2500: return WACS_HLINE;
    case 0x2502: return WACS_VLINE;
    case 0x250C: return WACS_ULCORNER;
    case 0x2510: return WACS_URCORNER;
    case 0x2514: return WACS_LLCORNER;
    case 0x2518: return WACS_LRCORNER;
    default: return 0;
    }
}
static inline const cchar_t *lede_wacs_vline(void) { return WACS_VLINE; }
static inline mmask_t lede_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }  // no motion reports: they would flood the loop
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t lede_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
#include <signal.h>
#include <unistd.h>

// Signals: the handler only records the signal; the blocked wget_wch returns ERR
// (no SA_RESTART) and the event loop restores the terminal.
static volatile sig_atomic_t lede_pending_signal = 0;
static inline void lede_record_signal(int sig) { lede_pending_signal = sig; }
static inline int lede_take_signal(void) { int s = lede_pending_signal; lede_pending_signal = 0; return s; }
// A crash must not leave the terminal raw: restore it, then die the default way.
static inline void lede_fatal_signal(int sig) { endwin(); signal(sig, SIG_DFL); raise(sig); }
static inline void lede_install_signal_handlers(void) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = lede_record_signal;
    sigaction(SIGINT, &sa, 0);
    sigaction(SIGTERM, &sa, 0);
    sigaction(SIGHUP, &sa, 0);
    sa.sa_handler = lede_fatal_signal;
    sigaction(SIGSEGV, &sa, 0);
    sigaction(SIGILL, &sa, 0);
    sigaction(SIGTRAP, &sa, 0);
    sigaction(SIGABRT, &sa, 0);
    sigaction(SIGBUS, &sa, 0);
}
// tigetstr returns (char *)-1 for "not a string capability" and NULL for "absent".
static inline int lede_has_string_cap(const char *name) {
    char *s = tigetstr(name);
    return s != 0 && s != (char *)-1;
}
static inline int lede_key_resize(void) { return KEY_RESIZE; }
static inline int lede_key_mouse(void) { return KEY_MOUSE; }
static inline int lede_key_btab(void) { return KEY_BTAB; }
static inline chtype lede_blank_with_pair(int n) { return COLOR_PAIR(n) | ' '; }
#endif
