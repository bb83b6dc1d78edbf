"""A WARNING or ERROR logged during a test fails it, unless the test declares it:

    @pytest.mark.expect_log("sync stopped: Offline", logger="carnet.sync")

`message` is a part of the record's text, `logger` its logger or a parent of it; either may be
left out, and a test may carry several. Records from every thread count (the embedded server's,
the sync's), each in the phase (setup, call, teardown) that saw it. Qt's own warnings fail
through pytest-qt (qt_log_level_fail), declared with @pytest.mark.qt_log_ignore.

Also: the root logger is put back after each test (Carnet's log file adds a handler to it and
lowers its level; left there, every later test would write its DEBUG lines to a dead folder).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

MARKER = "expect_log"


class Collector(logging.Handler):
    """Keeps every WARNING and above until the next check takes them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self._taking = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._taking:
            self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        with self._taking:
            taken, self.records = self.records, []
        return taken


COLLECTOR = pytest.StashKey[Collector]()  # one per run (a pytester run nests in another)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(message=None, logger=None): this WARNING or ERROR is expected "
        "(a part of its text, its logger or a parent); any other fails the test")
    config.stash[COLLECTOR] = Collector()
    logging.getLogger().addHandler(config.stash[COLLECTOR])


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(config.stash[COLLECTOR])


def _declared(item: pytest.Item, record: logging.LogRecord) -> bool:
    for mark in item.iter_markers(MARKER):
        message = mark.kwargs.get("message", mark.args[0] if mark.args else None)
        logger = mark.kwargs.get("logger")
        if message is not None and message not in record.getMessage():
            continue
        if logger is not None and record.name != logger and not record.name.startswith(
                logger + "."):
            continue
        return True
    return False


def _check(item: pytest.Item, phase: str) -> None:
    unexpected = [r for r in item.config.stash[COLLECTOR].take() if not _declared(item, r)]
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name} [{r.threadName}]: {r.getMessage()}"
                          for r in unexpected)
        pytest.fail(f"logged during {phase}, and not declared with "
                    f"@pytest.mark.{MARKER}(message, logger=...):\n{lines}", pytrace=False)


def _checked(item: pytest.Item, phase: str) -> Iterator[None]:
    try:
        result = yield
    except BaseException:
        item.config.stash[COLLECTOR].take()  # the phase failed anyway: its log is in its report
        raise
    _check(item, phase)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    root = logging.getLogger()
    if item.config.stash[COLLECTOR] not in root.handlers:  # a test reset the root's handlers
        root.addHandler(item.config.stash[COLLECTOR])
    return (yield from _checked(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from _checked(item, "the test"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    return (yield from _checked(item, "teardown"))


@pytest.fixture(autouse=True)
def root_logger_as_it_was() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in root.handlers:
        # Log files a test's code added (pytest's own handlers come and go with each phase).
        if isinstance(handler, logging.FileHandler) and handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
