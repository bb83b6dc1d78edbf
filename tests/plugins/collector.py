"""The tests collect garbage as the window does (desktop/collector.py): never on a worker
thread. Automatic collection is off for the whole run; after each test, the main thread
collects the generations that are due."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.collector import collect_due


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    try:
        return (yield)
    finally:
        gc.disable()  # a test may have turned it on again (the CLI does, on its way out)
        collect_due()
