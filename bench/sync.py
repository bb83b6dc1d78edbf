"""Sync at scale, against the reference server on loopback (same run, same machine):

1. a full sync of the scalable dataset at 100,000 occurrences, against a baseline that fetches
   the same pages with requests, parses them with json and inserts them with sqlite3
   executemany in one transaction (target ratio <= 2.0);
2. a no-change incremental sync at 100,000 occurrences against one at 1,000 (target <= 1.5).

    .venv/bin/python bench/sync.py [--occurrences 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench`, run as a script

from bench import _memory_keyring as memory_keyring
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, scaled_dataset
from services.security.credentials import MemoryCredentials
from services.store.store import Store
from services.sync.engine import PER_PAGE
from services.sync.session import bind_account, open_session

ACTIVITIES = 460


@contextmanager
def serve(dataset, folder: Path) -> Iterator[str]:
    """`carnet-server --load` in a child process on a free loopback port."""
    folder.mkdir(parents=True)
    (folder / "data.json").write_text(dataset.to_json(), encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen(
        [str(Path(sys.executable).with_name("carnet-server")), "--load", str(folder / "data.json"),
         "--port", str(port), "--database", f"sqlite:///{folder / 'server.sqlite3'}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                requests.get(f"{url}/openapi.json", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url
    finally:
        child.terminate()
        child.wait(timeout=30)


def baseline(api: str, token: str, folder: Path) -> float:
    path = folder / f"baseline-{time.monotonic_ns()}.sqlite3"
    began = time.perf_counter()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    rows, url = [], f"{api}/me/changes?perPage={PER_PAGE}"
    while url:
        body = session.get(url, timeout=60).json()
        rows += [(i["Type"], i["Id"], i["Version"], str(i["Data"])) for i in body["Items"]]
        url = body["Paging"]["Next"]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE r (type TEXT, id INTEGER, version TEXT, data TEXT, "
                 "PRIMARY KEY (type, id))")
    with conn:
        conn.executemany("INSERT INTO r VALUES (?, ?, ?, ?)", rows)
    conn.close()
    return time.perf_counter() - began


def carnet_sync(url: str, folder: Path) -> tuple[float, object]:
    store = Store.open(folder / f"client-{time.monotonic_ns()}")
    bind_account(store, url, DEMO_USERNAME, "en")
    session = open_session(store=store, credentials=MemoryCredentials(url, DEMO_USERNAME))
    session.client.sign_in(DEMO_PASSWORD)
    began = time.perf_counter()
    report = session.engine.sync()
    elapsed = time.perf_counter() - began
    assert report.ok, report.error
    session.pulled = report.pulled
    return elapsed, session


def incremental(session, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        report = session.engine.sync()
        times.append(time.perf_counter() - began)
        assert report.ok and report.pulled == 0
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    memory_keyring.use()
    folder = Path(tempfile.mkdtemp())
    big = scaled_dataset(date.today(), activities=ACTIVITIES,
                         weeks=max(1, args.occurrences // ACTIVITIES))
    small = scaled_dataset(date.today(), activities=10, weeks=93)  # ≈ 1,000 occurrences
    # The platform runs in its own process, as a remote one would: no shared GIL.
    with serve(big, folder / "big") as url, serve(small, folder / "small") as small_url:
        api = f"{url}/api/v3/en"
        token = requests.get(f"{api}/authenticate", auth=(DEMO_USERNAME, DEMO_PASSWORD),
                             timeout=10).json()["Token"]
        base = statistics.median(baseline(api, token, folder) for _ in range(args.runs))
        fulls = [carnet_sync(url, folder) for _ in range(args.runs)]
        full = statistics.median(t for t, _ in fulls)
        print(f"occurrences: {len(big.occurrences):,} ({fulls[0][1].pulled:,} changes in the "
              f"feed, pages of {PER_PAGE}; the server runs in its own process)")
        print(f"baseline full fetch + json + sqlite3 executemany: {base:.2f} s")
        print(f"Carnet full sync: {full:.2f} s  → ratio {full / base:.2f} (target <= 2.0)")
        quiet_big = incremental(fulls[0][1], args.runs * 3)
        _, small_session = carnet_sync(small_url, folder)
        quiet_small = incremental(small_session, args.runs * 3)
        print(f"no-change incremental sync: {quiet_big * 1000:.1f} ms at "
              f"{len(big.occurrences):,} vs {quiet_small * 1000:.1f} ms at "
              f"{len(small.occurrences):,} → ratio {quiet_big / quiet_small:.2f} (target <= 1.5)")
        for _, session in fulls:
            session.close()
        small_session.close()


if __name__ == "__main__":
    main()
