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
static inline const cchar_t *lede_wacs_vline(void) { return WACS_VLINE; }
static inline mmask_t lede_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t lede_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
#endif
