"""The frozen app against two PySide6 baselines frozen the same way (issues 8 and 20), same run:

- cold start to a painted window, from an already-synced store, no server: the frozen
  `carnet --screenshot` against the frozen same-widgets skeleton (packaging/skeleton.py: the
  widgets of the first window, from PySide6 only, shown, grabbed and exited the same way;
  target ratio <= 1.3), and against the frozen bare one-label window (packaging/bare.py: the
  floor, reported);
- bundle sizes on disk (target: Carnet at most 25 MB more than the bare window), and the sizes
  of the installers in <dist>/installers, where `packaging/build --installer` made them.

    .venv/bin/python bench/startup.py [--runs 15] [--reuse] [--dist DIST]

It builds the three bundles first into DIST (default: dist/; a few minutes each); --reuse takes
DIST/Carnet, DIST/Skeleton and DIST/Bare as they are where they exist (`python3 dev.py bundle`
builds the first). The runs are taken in turns, so that a slow spell of the machine hits all.
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
SKELETON_TARGET, SIZE_TARGET = 1.3, 25.0


def folder_of(spec: str, dist: Path) -> Path:
    """Where packaging/build puts a spec's bundle: Carnet, Skeleton, Bare."""
    return dist / spec.capitalize()


def build(spec: str, dist: Path, reuse: bool) -> tuple[Path, float]:
    """The bundle's folder and its size in MB, as packaging/build prints them last."""
    folder = folder_of(spec, dist)
    if reuse and folder.is_dir():
        return folder, size_mb(folder)
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build"), "--spec", spec,
                           "--dist", str(dist)], check=True, cwd=ROOT, capture_output=True,
                          text=True)
    folder, size = done.stdout.strip().splitlines()[-1].rsplit(": ", 1)
    return Path(folder), float(size.removesuffix(" MB"))


def size_mb(folder: Path) -> float:
    """As packaging/build counts it: each file once (PyInstaller links Qt's libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def installers(dist: Path) -> list[str]:
    """A line for each installer in DIST/installers, or one that says how to make them."""
    folder = dist / "installers"
    made = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    if not made:
        return [f"installers: none built in {folder} (`python packaging/build --installer "
                f"--dist {dist}` makes this OS's)"]
    return [f"installer {p.name}: {p.stat().st_size / 1e6:.1f} MB" for p in made]


def timed(argv: list[str], env: dict) -> float:
    began = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="bundles already in DIST")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundles are built (default: dist/)")
    args = parser.parse_args()
    dist = args.dist.resolve()
    (carnet, big), (skeleton, same), (bare, small) = (build(spec, dist, args.reuse)
                                                      for spec in ("carnet", "skeleton", "bare"))
    folder = Path(tempfile.mkdtemp())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(folder / "data"),
           "CARNET_LOG_DIR": str(folder / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    app = [str(carnet / f"carnet{EXE}")]
    subprocess.run([*app, "demo", "--screenshot", str(folder / "s.png")], env=env, check=True,
                   capture_output=True)  # a synced store, then no server
    commands = {"carnet": [*app, "--screenshot", str(folder / "c.png")],
                "skeleton": [str(skeleton / f"skeleton{EXE}"), str(folder / "k.png")],
                "bare": [str(bare / f"bare{EXE}"), str(folder / "b.png")]}
    for command in commands.values():
        timed(command, env)  # the page cache warm for each
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # taken in turns, so a slow spell of the machine hits all
        for name, command in commands.items():
            times[name].append(timed(command, env))
    print(f"bundle size: Carnet {big:.1f} MB, same-widgets skeleton {same:.1f} MB "
          f"({big - same:+.1f}), bare PySide6 {small:.1f} MB ({big - small:+.1f}, "
          f"target <= +{SIZE_TARGET:.0f})")
    for line in installers(dist):
        print(line)
    for label, pick in (("median", statistics.median), ("best", min)):
        ours, like, floor = (pick(times[name]) for name in commands)
        print(f"frozen cold start to a painted window ({label} of {args.runs}): carnet "
              f"--screenshot {ours:.3f} s vs same-widgets skeleton {like:.3f} s, ratio "
              f"{ours / like:.2f} (target <= {SKELETON_TARGET}); vs bare window {floor:.3f} s, "
              f"ratio {ours / floor:.2f} (reported)")


if __name__ == "__main__":
    main()
