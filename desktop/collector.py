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

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


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
