"""Before Qt opens a window on Linux/X11: the system libraries its xcb plugin needs.

Without one of them (libxcb-cursor0 since Qt 6.5, the one most often missing), Qt aborts with
"could not load the Qt platform plugin" and a hint that names xcb-cursor whichever is missing.
`missing_libraries()` looks them up (in the dynamic loader's cache, read once; then as
ctypes.util.find_library does) only where Qt would use xcb: a DISPLAY, no Wayland, no other
platform asked for.
`explain()` says what to install in the user's language, before any Qt application exists.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTranslator

# The xcb plugin's system libraries (ldd of libqxcb.so and libQt6XcbQpa) that a desktop without
# Qt programs may lack: (find_library's name, its Debian/Ubuntu package). The cursor one first.
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-shm", "libxcb-shm0"),
    ("xcb-sync", "libxcb-sync1"),
    ("xcb-xfixes", "libxcb-xfixes0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("xcb-util", "libxcb-util1"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("X11-xcb", "libx11-xcb1"),
)


def uses_xcb() -> bool:
    """Would Qt pick its xcb plugin? Linux with an X display, no Wayland session, and no
    QT_QPA_PLATFORM other than xcb (offscreen, wayland… need none of these libraries)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    asked = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_libraries() -> list[str]:
    """The packages to install for Qt's xcb plugin to load: none when it will not be used."""
    if not uses_xcb():
        return []
    listed = cached_names(loader_cache())
    return [package for name, package in XCB_LIBRARIES
            if name not in listed and not _found_elsewhere(name)]


def loader_cache() -> bytes:
    """The dynamic loader's cache as `ldconfig -p` lists it (b"" when it cannot be read). Read
    once for all the libraries: ctypes.util.find_library runs it again for each (14 runs,
    56 ms of an X11 start)."""
    import subprocess

    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, timeout=10,
                              env={"LC_ALL": "C", "LANG": "C"}, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return b""


def cached_names(listed: bytes) -> set[str]:
    """The libraries the loader's cache lists for this machine's ABI, as find_library matches
    them ("xcb-cursor" for "libxcb-cursor.so.0 (libc6,x86-64) => …"), read in one pass."""
    import re
    import struct

    bits = "64" if struct.calcsize("l") == 8 else "32"
    abi = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
           "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}.get(
               f"{os.uname().machine}-{bits}", "libc6")
    return {found.decode() for found in re.findall(
        rb"^\s+lib([^\s.]+)\.\S+\s+\(%s" % re.escape(abi.encode()), listed, re.MULTILINE)}


def _found_elsewhere(name: str) -> bool:
    """Where find_library looks beyond the cache (gcc, ld, LD_LIBRARY_PATH): only a library
    the cache does not list costs this."""
    import ctypes.util  # 10 ms (ctypes…): only where xcb will be used and one is not listed

    return ctypes.util.find_library(name) is not None


def explain(packages: list[str], lang: str) -> str:
    """What to install, in `lang` (no Qt application yet: the translator is used directly)."""
    from desktop import i18n

    translator = QTranslator()
    translator.load(str(i18n.QM_DIR / f"carnet_{lang}.qm"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    names = ", ".join(packages)
    return "\n".join((
        translate("Display", "Carnet cannot open its window: Qt's X11 (xcb) plugin needs "
                  "system libraries that are missing here: %1.").replace("%1", names),
        translate("Display", "Install them, then start Carnet again (Debian, Ubuntu):"),
        f"    sudo apt install {' '.join(packages)}",
        translate("Display", "On another system, install the packages that provide them."),
    ))
