"""Crash points for the kill tests: CARNET_SYNC_KILL_AT=N kills this process (SIGKILL) at the
Nth checkpoint a sync passes. Unset (always, outside tests) a checkpoint costs one lookup."""

from __future__ import annotations

import os
import signal

_ENV = "CARNET_SYNC_KILL_AT"
_passed = 0


def checkpoint(label: str) -> None:
    global _passed
    target = os.environ.get(_ENV)
    if not target:
        return
    _passed += 1
    if _passed == int(target):
        if os.environ.get("CARNET_SYNC_KILL_LOG"):
            with open(os.environ["CARNET_SYNC_KILL_LOG"], "a", encoding="utf-8") as log:
                log.write(f"{_passed} {label}\n")
        os.kill(os.getpid(), signal.SIGKILL)
