"""Linux: a .deb of the bundle (packaging/installer calls `make`). The bundle goes to
/opt/carnet, `carnet` on the PATH is a relative link to it (so the package also works unpacked
or installed under another root: tests/packaging/test_installers.py installs it into a
temporary one with dpkg), with the desktop entry and the icon where menus look.

Depends names the system libraries Qt's window plugin loads and the bundle does not carry
(desktop/display.py checks the same ones at start)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from project import ROOT

DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, "
           "libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, "
           "libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1")
CONTROL = """Package: carnet
Version: {version}
Architecture: {arch}
Maintainer: Carnet <support@carnet.invalid>
Installed-Size: {kib}
Depends: {depends}
Section: misc
Priority: optional
Homepage: https://carnet.invalid
Description: family recreation registrations, offline too
 Carnet shows every child's activities, closures and events in one calendar,
 the people of the account, postdated payments, passes and the organizations'
 emails, from a local copy kept in sync with the registration platform.
"""


def architecture() -> str:
    done = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return done.stdout.strip() or "amd64"


def make(dist: Path, version: str, out: Path) -> Path:
    bundle = dist / "Carnet"
    if not (bundle / "carnet").is_file():
        raise SystemExit(f"{bundle}: no bundle there (packaging/build makes it)")
    arch = architecture()
    with tempfile.TemporaryDirectory(prefix="carnet-deb-") as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(bundle, root / "opt" / "carnet", symlinks=True)
        # apt updates this copy, not Carnet's own updater (desktop/update.py MANAGED).
        (root / "opt" / "carnet" / ".package-managed").write_text("deb\n", encoding="utf-8")
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("../../opt/carnet/carnet", root / "usr" / "bin" / "carnet")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy(ROOT / "packaging" / "linux" / "carnet.desktop", apps)
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "desktop" / "icons" / "carnet.png", icons)
        kib = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(CONTROL.format(
            version=version, arch=arch, kib=kib, depends=DEPENDS), encoding="utf-8")
        for path in root.rglob("*"):  # as root would own them: 755 folders, files as built
            if path.is_dir():
                path.chmod(0o755)
        target = out / f"carnet_{version}_{arch}.deb"
        # zstd -10 here: 69 MB in 3 s, where xz -6 takes 80 s for 57 MB and zstd -19 93 s for
        # 61 MB (2 cores, measured); dpkg reads zstd since 1.21.18 (Debian 12, Ubuntu 22.04).
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z10", "--build",
                        str(root), str(target)], check=True, capture_output=True)
    return target
