"""The frozen app against a bare PySide6 window frozen the same way (issue 8), same run:

- bundle size on disk (target: Carnet at most 25 MB more);
- cold start to a painted window, from an already-synced store, no server: the frozen
  `carnet --screenshot` against the frozen bare window that shows, grabs and exits
  (target ratio <= 1.5).

    .venv/bin/python bench/startup.py        (builds both bundles first: a few minutes)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def build(bare: bool) -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build"),
                    *(["--bare"] if bare else [])], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ROOT / "dist" / ("Bare" if bare else "Carnet")


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def timed(argv: list[str], env: dict) -> float:
    began = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    carnet, bare = build(False), build(True)
    folder = Path(tempfile.mkdtemp())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(folder / "data"),
           "CARNET_LOG_DIR": str(folder / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    app = [str(carnet / "carnet")]
    subprocess.run([*app, "demo", "--screenshot", str(folder / "s.png")], env=env, check=True,
                   capture_output=True)  # a synced store, then no server
    shot = [*app, "--screenshot", str(folder / "c.png")]
    plain = [str(bare / "bare"), str(folder / "b.png")]
    timed(shot, env), timed(plain, env)  # the page cache warm for both
    ours = statistics.median(timed(shot, env) for _ in range(RUNS))
    base = statistics.median(timed(plain, env) for _ in range(RUNS))
    big, small = size_mb(carnet), size_mb(bare)
    print(f"bundle size: Carnet {big:.1f} MB vs bare PySide6 {small:.1f} MB, "
          f"{big - small:+.1f} MB (target <= +25)")
    print(f"frozen cold start to a painted window: carnet --screenshot {ours:.2f} s vs bare "
          f"{base:.2f} s, ratio {ours / base:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
