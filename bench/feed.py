"""Full change feed of the scalable dataset at 100,000 occurrences, over real HTTP.

Prints the time to page through the whole snapshot with requests (perPage 200 and 1000)
against a baseline measured in the same run: one raw sqlite3 SELECT of the same rows from
the server's file, joined into the same JSON text (no HTTP, no paging, no visibility check).

    .venv/bin/python bench/feed.py [--occurrences 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import requests

from server.embedded import start
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, scaled_dataset

ACTIVITIES = 460  # ≈ 2,000 calendar entries in a month


def follow(api: str, token: str, per_page: int) -> tuple[float, int, int]:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    began = time.perf_counter()
    url, items, pages = f"{api}/me/changes?perPage={per_page}", 0, 0
    while url:
        body = session.get(url, timeout=120).json()
        items += len(body["Items"])
        pages += 1
        url = body["Paging"]["Next"]
    return time.perf_counter() - began, items, pages


def baseline(path: Path) -> float:
    began = time.perf_counter()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, id, seq, data FROM resources ORDER BY seq").fetchall()
    text = ",".join(f'{{"Type":"{t}","Id":{i},"Op":"Upsert","Version":"{s}","Data":{d}}}'
                    for t, i, s, d in rows)
    assert text
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    weeks = max(1, args.occurrences // ACTIVITIES)
    dataset = scaled_dataset(date.today(), activities=ACTIVITIES, weeks=weeks)
    folder = Path(tempfile.mkdtemp())
    began = time.perf_counter()
    with start(dataset, folder=folder) as server:
        print(f"dataset: {len(dataset.occurrences):,} occurrences, loaded in "
              f"{time.perf_counter() - began:.1f} s")
        token = requests.get(f"{server.api()}/authenticate", auth=(DEMO_USERNAME, DEMO_PASSWORD),
                             timeout=10).json()["Token"]
        base = statistics.median(baseline(folder / "carnet-server.sqlite3")
                                 for _ in range(args.runs))
        print(f"baseline (raw SELECT + JSON join, no HTTP): {base * 1000:.0f} ms")
        for per_page in (200, 1000):
            runs = [follow(server.api(), token, per_page) for _ in range(args.runs)]
            seconds = statistics.median(r[0] for r in runs)
            _, items, pages = runs[0]
            print(f"full feed, perPage={per_page}: {seconds:.2f} s for {items:,} changes in "
                  f"{pages} pages ({items / seconds:,.0f}/s), ratio to baseline "
                  f"{seconds / base:.1f}x")


if __name__ == "__main__":
    main()
