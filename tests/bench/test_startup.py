"""bench/startup.py's parts that need no bundle (issue 20): the installers' lines, and the
same-widgets skeleton it measures Carnet against, run from source."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import types
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def bench():
    spec = importlib.util.spec_from_file_location("startup_bench", ROOT / "bench" / "startup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_installers_none_built_says_how_to_build_them(tmp_path):
    (tmp_path / "installers").mkdir()
    [line] = bench().installers(tmp_path)
    assert "none built" in line and "packaging/build --installer" in line
    assert str(tmp_path) in line


def test_installers_each_with_its_size(tmp_path):
    made = tmp_path / "installers"
    made.mkdir()
    (made / "carnet_0.2.0_amd64.deb").write_bytes(b"x" * 2_500_000)
    (made / "Carnet-0.2.0.dmg").write_bytes(b"x" * 1_000_000)
    assert bench().installers(tmp_path) == ["installer Carnet-0.2.0.dmg: 1.0 MB",
                                            "installer carnet_0.2.0_amd64.deb: 2.5 MB"]


def test_bundles_are_where_packaging_build_puts_them(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))  # packaging/build imports project.py
    loader = importlib.machinery.SourceFileLoader("packaging_build", str(ROOT / "packaging"
                                                                         / "build"))
    build = types.ModuleType(loader.name)
    loader.exec_module(build)
    module = bench()
    for spec in ("carnet", "skeleton", "bare"):
        assert module.folder_of(spec, tmp_path) == build.folder_of(spec, tmp_path)
        assert (ROOT / "packaging" / f"{spec}.spec").is_file()


def test_the_skeleton_shows_the_window_and_grabs_it(tmp_path):
    shot = tmp_path / "skeleton.png"
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "skeleton.py"), str(shot)],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    # Painted, not blank: the month grid's chips are in their kinds' colours.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 8)
               for y in range(0, 800, 8)}
    assert {"#c2185b", "#1565c0", "#7b1fa2"} <= colours
