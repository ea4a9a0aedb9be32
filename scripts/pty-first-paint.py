#!/usr/bin/env python3
"""Time from starting `lede` in a 120x40 pseudo-terminal to its first full screen (the key hint
line is drawn last), as a person would see it. Usage: pty-first-paint.py LEDE [ARGS...]
The first run warms the library index (kept in a temporary XDG_DATA_HOME); the median of 7 follows."""
import fcntl, os, pty, select, statistics, struct, sys, tempfile, termios, time

DATA_HOME = tempfile.mkdtemp(prefix="lede-first-paint-")


def first_paint(argv):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", XDG_DATA_HOME=DATA_HOME)
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    screen, elapsed = b"", None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            break
        try:
            screen += os.read(fd, 65536)
        except OSError:
            break
        if b"q quit" in screen:
            elapsed = time.monotonic() - start
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    if elapsed is None:
        sys.exit("lede did not paint a screen within 10 s")
    return elapsed


argv = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
first_paint(argv)
print(f"first paint: median {statistics.median(first_paint(argv) for _ in range(7)) * 1000:.0f} ms")
