"""Which tests start a server or a process: `python3 dev.py test --fast` leaves them out.

Marked at collection, not by hand, where it shows:
- `server`: the test uses the reference server or the fault proxy (any fixture built on
  `platform`, `server` or `proxy`), or PostgreSQL (a backend parameter, CARNET_TEST_POSTGRES_URL);
- `process`: the test is under tests/packaging (the bundle) or tests/bench (the benches).
A test that starts one another way (its own `start()`, `subprocess`, the sync process) carries
the marker itself. So that the fast run stays fast as tests are added, a test that starts a
uvicorn or socketserver server, a subprocess or a multiprocessing child without its marker
fails, saying which marker it needs.
"""

from __future__ import annotations

import functools
import multiprocessing.process
import socketserver
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

SERVER, PROCESS = "server", "process"
# What `--fast` runs (dev.py passes it to -m).
FAST = f"not {SERVER} and not {PROCESS} and not slow"
SERVER_FIXTURES = {"platform", "server", "proxy"}
PROCESS_FOLDERS = {"packaging", "bench"}
TESTS = Path(__file__).resolve().parent.parent


@pytest.hookimpl(tryfirst=True)  # before -m deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())) or _on_postgres(item):
            item.add_marker(SERVER)
        if _folder(item) in PROCESS_FOLDERS:
            item.add_marker(PROCESS)


def _on_postgres(item: pytest.Item) -> bool:
    """A test parametrized over the backends (tests/reference.py BACKENDS), on PostgreSQL."""
    callspec = getattr(item, "callspec", None)
    return callspec is not None and "postgresql" in callspec.params.values()


def _folder(item: pytest.Item) -> str | None:
    try:
        return item.path.resolve().relative_to(TESTS).parts[0]
    except (ValueError, IndexError):
        return None


class Guard:
    """What the running test may start, and what it started without leave."""

    def __init__(self) -> None:
        self.allowed: set[str] = set()
        self.started: list[tuple[str, str]] = []  # (kind, what)


_guards: list[Guard] = []  # this run's last (a pytester run nests in another)
WATCHED: list[tuple[str, type, str]] = [
    (SERVER, uvicorn.Server, "__init__"),
    (SERVER, socketserver.BaseServer, "__init__"),
    (PROCESS, subprocess.Popen, "__init__"),
    (PROCESS, multiprocessing.process.BaseProcess, "start"),
]


def _watch(kind: str, owner: type, name: str) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def watched(*args, **kwargs):
        if _guards and kind not in _guards[-1].allowed:
            _guards[-1].started.append((kind, f"{owner.__module__}.{owner.__qualname__}"))
        return original(*args, **kwargs)

    watched.__carnet_watched__ = True  # type: ignore[attr-defined]
    setattr(owner, name, watched)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{SERVER}: starts a server (the reference server, the "
                            "fault proxy, PostgreSQL); marked from the fixtures it uses")
    config.addinivalue_line("markers", f"{PROCESS}: starts a process (a subprocess, the sync "
                            "process, the bundle, a bench)")
    _guards.append(Guard())
    for kind, owner, name in WATCHED:
        if not hasattr(getattr(owner, name), "__carnet_watched__"):  # once per process
            _watch(kind, owner, name)


def pytest_unconfigure(config: pytest.Config) -> None:
    _guards.pop()


def _guarded(phase: str) -> Iterator[None]:
    guard = _guards[-1]
    guard.started = []
    result = yield
    if guard.started:
        kinds = sorted({kind for kind, _ in guard.started})
        what = ", ".join(sorted({f"{kind} ({name})" for kind, name in guard.started}))
        markers = " and ".join(f"@pytest.mark.{kind}" for kind in kinds)
        pytest.fail(f"{phase} started a {what} without its marker: add {markers} "
                    f"(`dev.py test --fast` leaves such tests out)", pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _guards[-1].allowed = {mark.name for mark in item.iter_markers()
                           if mark.name in (SERVER, PROCESS)}
    return (yield from _guarded("setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from _guarded("the test"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    return (yield from _guarded("teardown"))
