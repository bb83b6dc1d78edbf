"""Every bench runs with the command its docstring gives, at a tiny size: a bench that no longer
starts is found here, not on the day someone measures. (tests/plugins/kinds.py marks these as
process tests: `dev.py test --fast` leaves them out.)"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
# What each bench adds to its documented command for a tiny size, and a line it prints last.
TINY = {
    "calendar_bench.py": (["--occurrences", "460", "--runs", "1"], "cold start"),
    "feed.py": (["--occurrences", "460", "--runs", "1"], "perPage=1000"),
    "ics_bench.py": (["--occurrences", "460", "--runs", "1"], "ICS export of"),
    "sync.py": (["--occurrences", "460", "--runs", "1"], "no-change incremental sync"),
    "search_bench.py": (["--occurrences", "460", "--emails", "200", "--persons", "50",
                         "--runs", "1"], "full sync with the index kept"),
    "startup.py": (["--runs", "1", "--reuse"], "vs same-widgets skeleton"),
    "org_bench.py": (["--families", "30", "--activities", "5", "--weeks", "2", "--per-week",
                      "5", "--runs", "1", "--queries", "30"], "bench run time"),
}


def documented(script: Path) -> tuple[dict[str, str], list[str]]:
    """The environment and the command line of the docstring's `… bench/NAME.py …` line, with
    its optional parts ([…]) and its remarks ((…)) left out."""
    line = next(text for text in script.read_text(encoding="utf-8").splitlines()
                if f"bench/{script.name}" in text)
    words = shlex.split(re.sub(r"\[[^]]*\]|\([^)]*\)", "", line))
    env = dict(word.split("=", 1) for word in words if re.match(r"^[A-Z_]+=", word))
    return env, [word for word in words if not re.match(r"^[A-Z_]+=", word)]


def test_every_bench_is_tried_and_none_shadows_the_standard_library():
    names = {path.name for path in BENCH.glob("*.py")}
    benches = {name for name in names if not name.startswith("_")}  # _x.py: a benches' helper
    assert benches == set(TINY)
    assert not {Path(name).stem for name in names} & sys.stdlib_module_names


@pytest.mark.skipif(os.name != "posix", reason="the docstrings give .venv/bin/python")
@pytest.mark.parametrize("name", sorted(TINY))
def test_the_documented_command_runs(name, tmp_path):
    if name == "startup.py" and not os.environ.get("CARNET_BUNDLE"):
        pytest.skip("builds bundles: where CARNET_BUNDLE says one is built (.ci/run)")
    env, command = documented(BENCH / name)
    assert command[:2] == [".venv/bin/python", f"bench/{name}"], command
    tiny, last = TINY[name]
    done = subprocess.run([*command, *tiny], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **env, "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-3000:]
    assert last in done.stdout.strip().splitlines()[-1], done.stdout
