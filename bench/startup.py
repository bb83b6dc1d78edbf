"""The frozen app against a bare PySide6 window frozen the same way (issue 8), same run:

- bundle size on disk (target: Carnet at most 25 MB more);
- cold start to a painted window, from an already-synced store, no server: the frozen
  `carnet --screenshot` against the frozen bare window that shows, grabs and exits
  (target ratio <= 1.5).

    .venv/bin/python bench/startup.py [--runs 15] [--reuse]

It builds both bundles first (a few minutes); --reuse takes dist/Carnet and dist/Bare as they
are where they exist (`python3 dev.py bundle` builds the first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""


def build(bare: bool, reuse: bool) -> tuple[Path, float]:
    """The bundle's folder and its size in MB, as packaging/build prints them last."""
    folder = ROOT / "dist" / ("Bare" if bare else "Carnet")
    if reuse and folder.is_dir():
        return folder, size_mb(folder)
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build"),
                           *(["--bare"] if bare else [])], check=True, cwd=ROOT,
                          capture_output=True, text=True)
    folder, size = done.stdout.strip().splitlines()[-1].rsplit(": ", 1)
    return Path(folder), float(size.removesuffix(" MB"))


def size_mb(folder: Path) -> float:
    """As packaging/build counts it: each file once (PyInstaller links Qt's libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def timed(argv: list[str], env: dict) -> float:
    began = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="bundles already in dist/")
    args = parser.parse_args()
    (carnet, big), (bare, small) = build(False, args.reuse), build(True, args.reuse)
    folder = Path(tempfile.mkdtemp())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(folder / "data"),
           "CARNET_LOG_DIR": str(folder / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    app = [str(carnet / f"carnet{EXE}")]
    subprocess.run([*app, "demo", "--screenshot", str(folder / "s.png")], env=env, check=True,
                   capture_output=True)  # a synced store, then no server
    shot = [*app, "--screenshot", str(folder / "c.png")]
    plain = [str(bare / f"bare{EXE}"), str(folder / "b.png")]
    timed(shot, env), timed(plain, env)  # the page cache warm for both
    ours, base = [], []
    for _ in range(args.runs):  # taken in turns, so a slow spell of the machine hits both
        ours.append(timed(shot, env))
        base.append(timed(plain, env))
    print(f"bundle size: Carnet {big:.1f} MB vs bare PySide6 {small:.1f} MB, "
          f"{big - small:+.1f} MB (target <= +25)")
    for label, pick in (("median", statistics.median), ("best", min)):
        print(f"frozen cold start to a painted window ({label} of {args.runs}): carnet "
              f"--screenshot {pick(ours):.3f} s vs bare {pick(base):.3f} s, ratio "
              f"{pick(ours) / pick(base):.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
