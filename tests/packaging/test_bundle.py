"""The frozen bundle (issue 8): it starts on the demo family offscreen and paints the Home tab.

Runs when CARNET_BUNDLE names the built executable (`python3 dev.py bundle` prints it; .ci/run
builds it and sets it)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.views.about_dialog import COMPONENTS
from desktop.views.palette import CLOSURE_DAY, KIND_COLOURS

BUNDLE = os.environ.get("CARNET_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built (python3 dev.py bundle)")


def share_of(image: QImage, colour: QColor, tolerance: int = 10) -> float:
    """The fraction of sampled pixels close to `colour`."""
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = QColor(image.pixel(x, y))
            total += 1
            hits += all(abs(a - b) <= tolerance for a, b in zip(
                pixel.getRgb()[:3], colour.getRgb()[:3], strict=True))
    return hits / total


def test_the_frozen_app_paints_the_demo_home_tab(tmp_path, qapp):
    picture = tmp_path / "home.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([str(Path(BUNDLE)), "demo", "--screenshot", str(picture), "--lang",
                           "en"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
    for colour in (*KIND_COLOURS.values(), CLOSURE_DAY):  # HOME-3's colours, on the grid
        assert share_of(image, QColor(colour)) > 0.0005, colour


def test_the_bundle_knows_its_components_and_their_licences():
    """Help → About reads each component's metadata: the bundle must carry it."""
    done = subprocess.run([str(Path(BUNDLE)), "--version"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Carnet ") and lines[0] != "Carnet dev"
    listed = {line.split(" ")[0] for line in lines[2:] if "(" in line and not line.endswith("()")}
    assert listed == set(COMPONENTS)
