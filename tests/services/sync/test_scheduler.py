"""The scheduler: at start, every few minutes, on demand, shortly after an edit — on its own
thread, one sync at a time."""

from __future__ import annotations

import threading
import time

import pytest

from services.sync.scheduler import Scheduler


class Counter:
    def __init__(self, duration: float = 0.0) -> None:
        self.calls: list[float] = []
        self.active = 0
        self.overlapped = False
        self.duration = duration
        self.lock = threading.Lock()

    def __call__(self) -> None:
        with self.lock:
            self.active += 1
            self.overlapped |= self.active > 1
        self.calls.append(time.monotonic())
        time.sleep(self.duration)
        with self.lock:
            self.active -= 1


def wait_for(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_at_start_then_periodically():
    runs = Counter()
    scheduler = Scheduler(runs, every=0.2, after_edit=10)
    scheduler.start()
    try:
        assert wait_for(lambda: len(runs.calls) >= 3, 3)
        gaps = [b - a for a, b in zip(runs.calls, runs.calls[1:], strict=False)]
        assert all(g >= 0.18 for g in gaps)
    finally:
        scheduler.stop()
    assert not scheduler.running


def test_on_demand_and_after_edits_debounced():
    runs = Counter()
    scheduler = Scheduler(runs, every=3600, after_edit=0.3)
    scheduler.start()
    try:
        assert wait_for(lambda: len(runs.calls) == 1)  # the start
        began = time.monotonic()
        for _ in range(5):
            scheduler.edited()  # a burst of edits: one sync, shortly after
            time.sleep(0.02)
        assert wait_for(lambda: len(runs.calls) == 2)
        assert runs.calls[1] - began >= 0.28
        time.sleep(0.4)
        assert len(runs.calls) == 2
        scheduler.request()
        assert wait_for(lambda: len(runs.calls) == 3, 1)
    finally:
        scheduler.stop()


@pytest.mark.expect_log("sync failed", logger="services.sync.scheduler")
def test_never_overlaps_and_survives_a_failing_sync():
    runs = Counter(duration=0.1)
    failures = iter([True, False, False, False])

    def flaky() -> None:
        runs()
        if next(failures, False):
            raise RuntimeError("bug")

    scheduler = Scheduler(flaky, every=0.05, after_edit=0)
    scheduler.start()
    try:
        for _ in range(10):
            scheduler.request()
            scheduler.edited()
        assert wait_for(lambda: len(runs.calls) >= 3)
    finally:
        scheduler.stop()
    assert not runs.overlapped
