"""Carnet's macOS disk image: dmgbuild lays out packaging/macos/dmg_settings.py (Carnet.app
beside a link to /Applications, compressed UDZO) from the bundle dist/Carnet.app, which the
workflow has signed; it signs, notarizes and staples the image after. packaging/installer calls
make(). dmgbuild runs only on macOS (hdiutil); `python dev.py setup` installs it there.
"""

from __future__ import annotations

from pathlib import Path

from project import ROOT  # packaging/project.py, beside this script

SETTINGS = Path(__file__).resolve().parent / "macos" / "dmg_settings.py"
APP = "Carnet.app"  # packaging/carnet.spec's BUNDLE
VOLUME = "Carnet"


def image_name(version: str) -> str:
    return f"Carnet-{version}-macos.dmg"


def defines(dist: Path, version: str) -> dict[str, str]:
    """What dmg_settings.py reads from dmgbuild's `defines`."""
    return {"app": str(dist / APP), "icon": str(ROOT / "desktop" / "icons" / "carnet.icns"),
            "version": version}


def make(dist: Path, version: str, out: Path) -> Path:
    """dist/Carnet.app made into out/Carnet-<version>-macos.dmg. SystemExit, with what to do,
    when the bundle or dmgbuild is missing, or dmgbuild fails."""
    if not (dist / APP).is_dir():
        raise SystemExit(f"No bundle at {dist / APP}: build it first (python packaging/build).")
    try:
        import dmgbuild
        from dmgbuild.core import DMGError
    except ImportError:
        raise SystemExit("dmgbuild is missing: `pip install dmgbuild` (python dev.py setup "
                         "installs it on macOS).") from None
    target = out / image_name(version)
    try:
        dmgbuild.build_dmg(str(target), VOLUME, settings_file=str(SETTINGS),
                           defines=defines(dist, version))
    except DMGError as error:
        raise SystemExit(f"dmgbuild could not make {target.name}: {error}") from None
    return target
