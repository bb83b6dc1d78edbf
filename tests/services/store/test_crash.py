"""A process killed with SIGKILL mid-transaction leaves a sound store: all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from services.store.db import make_engine
from services.store.schema import T

ROOT = Path(__file__).resolve().parents[3]
TOTAL = 150_000


@pytest.mark.process
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("delay", [0.0, 0.15, 0.4])
def test_sigkill_mid_write_keeps_all_or_nothing(demo_store, delay):
    with demo_store.read() as conn:
        before = conn.scalar(select(func.count()).select_from(T["Occurrence"]))
    with subprocess.Popen(
        [sys.executable, "-m", "tests.services.store.crash_writer", str(demo_store.path),
         str(TOTAL)], cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout.readline().strip() == "writing"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        committed = "committed" in child.stdout.read()
    assert child.returncode == -signal.SIGKILL, "the writer finished before the kill"
    demo_store.close()

    engine = make_engine(demo_store.path)  # a fresh connection recovers from the WAL
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        after = conn.scalar(select(func.count()).select_from(T["Occurrence"]))
    engine.dispose()
    assert after == (before + TOTAL if committed else before)
