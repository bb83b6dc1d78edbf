"""The suite's plugins (tests/plugins): shared fixtures, logged warnings that fail a test,
tests that start servers or processes marked (`python3 dev.py test --fast` leaves them out)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import: no display here

pytest_plugins = ["pytester", "tests.plugins.fixtures", "tests.plugins.logfail",
                  "tests.plugins.kinds", "tests.plugins.collector"]
