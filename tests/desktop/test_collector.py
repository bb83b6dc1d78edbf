"""Python's cyclic collector runs on the GUI thread only (desktop/collector.py): a collection
started by a worker thread's allocations finalized widgets there, and Shiboken's deferred
deletion of them crashed the process (test_people.py, three tests in a row, every time)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from desktop import collector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_no_collection_runs_on_a_worker_thread_after_the_window_starts(qapp):
    seen: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    collector.started()  # as when the window first shows
    gc.callbacks.append(record)
    try:
        holder = QWidget()
        holder.cycle = Cycle()
        holder.cycle.widget = holder
        del holder

        def allocate() -> None:  # far past every threshold: CPython would collect here
            for _ in range(gc.get_threshold()[0] * 20):
                Cycle()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in seen and not gc.isenabled()
        assert collector.collect_due() >= 0  # due, and collected here
        assert seen and set(seen) == {threading.current_thread().name}
    finally:
        gc.callbacks.remove(record)
        gc.unfreeze()
