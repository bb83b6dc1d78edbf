"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold is
crossed: the reader or writer thread, the sync's pipe reader, the HTTP client. A Qt object
caught in a reference cycle is then finalized on that thread; Shiboken defers its deletion to
the GUI thread, which then deletes a widget Qt has already deleted — a segfault (it ended CI
runs in tests/desktop/test_people.py). So automatic collection is off, and the GUI thread
collects the generations whose counts are over CPython's own thresholds, checked every second.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000
# While a window starts, the GIL passes between threads every millisecond instead of every 5:
# the first reads (desktop.tasks' reader thread) get it back sooner after each SQLite step,
# while this thread imports and builds the window (issue 20). Set by desktop.cli.
STARTING_SWITCH_INTERVAL = 0.001
_usual_switch_interval = sys.getswitchinterval()


def collect_due(thresholds: tuple[int, ...] | None = None) -> int:
    """Collect the oldest generation that is due, as CPython would (-1: none was)."""
    thresholds = thresholds or gc.get_threshold()
    due = -1
    for generation, (count, threshold) in enumerate(zip(gc.get_count(), thresholds,
                                                        strict=True)):
        if count <= threshold:
            break
        due = generation
    if due >= 0:
        gc.collect(due)
    return due


class Collector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(lambda: collect_due(self.thresholds))
        self.timer.start()


_installed: Collector | None = None


def install() -> Collector:
    """Automatic collection off; the GUI thread collects from now on (once per process)."""
    global _installed
    gc.disable()
    if _installed is None:
        _installed = Collector(QCoreApplication.instance())
    return _installed


def starting() -> None:
    """A window starts: its objects all live on (collecting them is wasted time), and the
    reader thread's first reads should not wait 5 ms for the GIL each time."""
    global _usual_switch_interval
    gc.disable()
    _usual_switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(STARTING_SWITCH_INTERVAL)


def started() -> None:
    """The window shows: what was allocated so far lives as long as it does. Frozen, the
    collector does not walk it again at every full collection (during a sync, say). From now
    on the GUI thread collects, never a worker thread; threads switch as usual."""
    sys.setswitchinterval(_usual_switch_interval)
    gc.freeze()
    install()


def ended() -> None:
    """The window's run is over (a test's, or a command's that goes on): as before it."""
    sys.setswitchinterval(_usual_switch_interval)
    gc.enable()
