"""The Linux installer (issue 20): packaging/installer makes a .deb of the bundle .ci/run built
(CARNET_BUNDLE); dpkg installs it under a temporary root, where it starts (`--version`, the
demo's first paint) from the PATH entry a family would use, and removes it whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = os.environ.get("CARNET_BUNDLE")
pytestmark = [
    pytest.mark.skipif(not BUNDLE, reason="no bundle built (python3 dev.py bundle)"),
    pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"),
                       reason="the .deb is built and installed on Debian-like Linux"),
]


def run(*argv, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def deb() -> tuple[Path, str]:
    """The .deb of the built bundle, at the version the bundle was stamped with."""
    bundle = Path(BUNDLE).resolve().parent
    version = (bundle / "_internal" / "desktop" / "VERSION").read_text().strip()
    done = run(sys.executable, ROOT / "packaging" / "installer", "--dist", bundle.parent,
               "--version", version, timeout=600)
    made = Path(done.stdout.strip().splitlines()[-1].rsplit(": ", 1)[0])
    assert made.name.startswith(f"carnet_{version}_") and made.suffix == ".deb"
    return made, version


def test_the_deb_says_what_it_is(deb):
    made, version = deb
    fields = run("dpkg-deb", "--field", made, "Package", "Version", "Depends").stdout
    assert f"Package: carnet\nVersion: {version}\n" in fields
    assert "libxcb-cursor0" in fields  # what Qt's window plugin needs and the bundle lacks
    listed = run("dpkg-deb", "--contents", made).stdout
    for path in ("./opt/carnet/carnet", "./usr/bin/carnet -> ../../opt/carnet/carnet",
                 "./usr/share/applications/carnet.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/carnet.png"):
        assert path in listed


def test_installed_under_a_temporary_root_it_starts_and_removes_whole(deb, tmp_path):
    made, version = deb
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for folder in (admin / "updates", admin / "info"):
        folder.mkdir(parents=True)
    (admin / "status").touch()
    dpkg = ["dpkg", f"--root={root}", f"--log={tmp_path / 'dpkg.log'}", "--force-not-root"]
    # --force-depends: this root's dpkg database lists none of the machine's libraries.
    run(*dpkg, "--force-depends", "--install", made, timeout=300)
    assert "install ok installed" in run(*dpkg, "--status", "carnet").stdout
    carnet = root / "usr" / "bin" / "carnet"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "CARNET_DATA_DIR": str(tmp_path / "data"), "CARNET_LOG_DIR": str(tmp_path / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    shown = run(carnet, "--version", env=env, timeout=120).stdout
    assert shown.startswith(f"Carnet {version}\n")
    picture = tmp_path / "home.png"
    run(carnet, "--lang", "en", "demo", "--screenshot", picture, env=env, timeout=300)
    assert QImage(str(picture)).width() == 1280
    entry = (root / "usr" / "share" / "applications" / "carnet.desktop").read_text()
    assert "Exec=carnet" in entry and "Icon=carnet" in entry
    # apt updates this copy: Carnet's own updater leaves it alone, and says so.
    said = subprocess.run([carnet, "--lang", "en", "update"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert said.returncode == 2 and "Traceback" not in said.stderr, said.stderr
    assert not (root / "opt" / "carnet.update").exists()
    run(*dpkg, "--remove", "carnet", timeout=300)
    assert not (root / "opt" / "carnet").exists() and not carnet.exists()
