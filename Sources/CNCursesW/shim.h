/* Wide-character ncurses for Swift: defines the feature macros SwiftPM drops from pkg-config
   and wraps the macros and variadic helpers Swift cannot import. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <langinfo.h>
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Attributes and colour pairs. */
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline int cnc_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

/* Key codes. */
static inline int cnc_ok(void) { return OK; }
static inline int cnc_err(void) { return ERR; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnc_key_resize(void) { return KEY_RESIZE; }
static inline int cnc_key_max(void) { return KEY_MAX; }
static inline int cnc_key_mouse(void) { return KEY_MOUSE; }
static inline int cnc_key_up(void) { return KEY_UP; }
static inline int cnc_key_down(void) { return KEY_DOWN; }
static inline int cnc_key_left(void) { return KEY_LEFT; }
static inline int cnc_key_right(void) { return KEY_RIGHT; }
static inline int cnc_key_home(void) { return KEY_HOME; }
static inline int cnc_key_end(void) { return KEY_END; }
static inline int cnc_key_npage(void) { return KEY_NPAGE; }
static inline int cnc_key_ppage(void) { return KEY_PPAGE; }
static inline int cnc_key_enter(void) { return KEY_ENTER; }
static inline int cnc_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cnc_key_dc(void) { return KEY_DC; }
static inline int cnc_key_ic(void) { return KEY_IC; }
static inline int cnc_key_btab(void) { return KEY_BTAB; }
static inline int cnc_key_f0(void) { return KEY_F0; }

/* Mouse. */
static inline mmask_t cnc_mouse_mask_default(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t cnc_button1_any(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Window geometry. */
static inline int cnc_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cnc_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *cnc_stdscr(void) { return stdscr; }

/* Whether the current terminal can move the cursor (terminfo `cup`); a `dumb` terminal cannot, and every frame
   would land on one line. term.h is left out (its capability macros clash with ordinary names), so its one
   function used here is declared. */
extern char *tigetstr(const char *);
static inline int cnc_can_move_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Width and locale. */
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int cnc_lc_ctype_mask(void) { return LC_CTYPE_MASK; }
static inline locale_t cnc_newlocale_ctype(const char *name) { return newlocale(LC_CTYPE_MASK, name, (locale_t)0); }
static inline locale_t cnc_uselocale(locale_t l) { return uselocale(l); }
static inline int cnc_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

/* Standard streams (Swift sees them as shared mutable globals). */
static inline FILE *cnc_stdout(void) { return stdout; }
static inline FILE *cnc_stdin(void) { return stdin; }

/* Signals. The typedef gives Swift an unambiguous name for `struct sigaction`. */
typedef struct sigaction cnc_sigaction_t;

/* Install `handler` for `sig` unless the signal is ignored, saving the old disposition
   in `previous`. Returns 1 when installed. */
static inline int cnc_install_signal_handler(int sig, void (*handler)(int), struct sigaction *previous) {
    if (sigaction(sig, NULL, previous) != 0) return 0;
    if (previous->sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL) == 0;
}
static inline void cnc_restore_signal_handler(int sig, const struct sigaction *previous) {
    sigaction(sig, previous, NULL);
}

/* Takes the default action of `sig` by restoring it and raising the signal with it unblocked, then puts `ours`
   back as its handler (a stop returns here once the process continues). */
static inline void cnc_raise_default(int sig, void (*ours)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    action.sa_handler = ours;
    sigaction(sig, &action, NULL);
}

/* Tells ncurses the size the kernel now gives the terminal on `fd` (a resize while the process was stopped sent its
   SIGWINCH to the shell), and makes the next update repaint the whole screen. */
static inline void cnc_retake_screen(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS)) {
        resize_term(size.ws_row, size.ws_col);
    }
    clearok(curscr, TRUE);
}

/* One cell: a NUL-terminated wide string (spacing char + combining chars) with attributes and a pair. */
static inline int cnc_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &c);
}
static inline int cnc_cchar_max(void) { return CCHARW_MAX; }

/* Turns XON/XOFF flow control and the interrupt character off on the terminal `fd`, so Ctrl-S, Ctrl-Q and Ctrl-C
   arrive as keys rather than pausing output or killing the program (Ctrl-Z still suspends), and records the mode as the
   program's, which ncurses restores after a suspend or a shell escape. */
static inline void cnc_take_control_keys(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return;
    mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    mode.c_cc[VINTR] = _POSIX_VDISABLE;
    if (tcsetattr(fd, TCSANOW, &mode) == 0) def_prog_mode();
}

#endif
