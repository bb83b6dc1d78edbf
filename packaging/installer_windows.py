"""Carnet's Windows installer: Inno Setup 6.3+ compiles packaging/windows/carnet.iss around the
one-folder bundle (dist/Carnet): a per-user install (no administrator), a Start-menu entry, a
desktop icon if asked, French and English, an uninstaller that asks before removing the user's
data. packaging/installer calls make(); the workflow signs carnet.exe before, the setup after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ISS = Path(__file__).resolve().parent / "windows" / "carnet.iss"
APP, EXE = "Carnet", "carnet.exe"  # packaging/carnet.spec's COLLECT folder and EXE
INNO = "Inno Setup 6"
MISSING = ("Inno Setup's compiler (ISCC.exe) was not found: install Inno Setup 6.3 or newer "
           "(https://jrsoftware.org/isdl.php, `winget install JRSoftware.InnoSetup` or "
           "`choco install innosetup`), or put the folder of ISCC.exe on PATH.")


def installer_name(version: str) -> str:
    return f"{APP}-{version}-windows-x64-setup.exe"


def find_iscc() -> Path | None:
    """ISCC.exe on PATH, else where Inno Setup's installer puts it (for all users, or per user
    as winget does)."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    bases = [os.environ.get(name) for name in ("ProgramFiles(x86)", "ProgramFiles")]
    local = os.environ.get("LOCALAPPDATA")
    places = [Path(base) / INNO for base in bases if base]
    if local:
        places.append(Path(local) / "Programs" / INNO)
    return next((place / "ISCC.exe" for place in places if (place / "ISCC.exe").is_file()),
                None)


def command(iscc: Path, dist: Path, version: str, out: Path) -> list[str]:
    """ISCC's command line: the script's required defines (carnet.iss stops without them)."""
    return [str(iscc), f"/DAppVersion={version}", f"/DSourceDir={dist / APP}",
            f"/DOutputDir={out}", str(ISS)]


def make(dist: Path, version: str, out: Path) -> Path:
    """dist/Carnet made into out/Carnet-<version>-windows-x64-setup.exe. SystemExit, with what
    to do, when the bundle or Inno Setup is missing or ISCC fails (its output is above)."""
    if not (dist / APP / EXE).is_file():
        raise SystemExit(f"No bundle in {dist / APP}: build it first (python packaging/build).")
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(MISSING)
    code = subprocess.call(command(iscc, dist, version, out))
    target = out / installer_name(version)
    if code or not target.is_file():
        raise SystemExit(f"Inno Setup failed (exit code {code}) on {ISS}; see its output above.")
    return target
