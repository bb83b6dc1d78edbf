"""SET-2: the data folder moved elsewhere — the store, its key, the window's settings — and the
new place remembered for the next start (services.store.paths reads it).

The move runs with the store closed (the window gone, its sync stopped). It copies first and
removes last: if anything fails on the way, the old folder is whole and still the one used,
and what was copied is taken back out of the new one.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path

from services.store.paths import choice_file, private_folder, replace_atomically

log = logging.getLogger(__name__)
class MoveRefused(ValueError):
    """The new folder cannot take the data: `code` says why (a message id)."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(f"{code}: {path}")
        self.code, self.path = code, path


def remember(folder: Path) -> None:
    path = choice_file()
    private_folder(path.parent)
    replace_atomically(path, [str(folder).encode("utf-8")])  # all of it or the old choice


def check_target(old: Path, new: Path) -> Path:
    """The absolute new folder, or MoveRefused: the same folder, one inside the other, or a
    folder that already holds files."""
    old, new = old.resolve(), new.expanduser().resolve()
    if new == old:
        raise MoveRefused("DataFolderSame", new)
    if new.is_relative_to(old) or old.is_relative_to(new):
        raise MoveRefused("DataFolderInside", new)
    if new.exists() and (not new.is_dir() or any(new.iterdir())):
        raise MoveRefused("DataFolderNotEmpty", new)
    return new


def move(old: Path, new: Path) -> Path:
    """Everything in `old` into `new` (made owner-only), the store key carried along, `new`
    remembered; then `old` emptied and removed. Returns the new folder."""
    from services.security import keys

    new = check_target(old, new)
    key = keys.load(old)
    made = not new.exists()
    private_folder(new)
    copied: list[Path] = []
    try:
        for entry in sorted(old.iterdir()):
            target = new / entry.name
            copied.append(target)
            if entry.is_dir():
                shutil.copytree(entry, target, symlinks=True)
            else:
                shutil.copy2(entry, target)
        if key is not None and key.location is keys.KeyLocation.KEYCHAIN:
            keys.keep(new, key.key)
        remember(new)
    except BaseException:
        _take_back(copied, new if made else None)
        raise
    _remove_old(old, keys)
    log.info("data folder moved")
    return new


def _take_back(copied: list[Path], folder: Path | None) -> None:
    for path in reversed(copied):
        with contextlib.suppress(OSError):
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    if folder is not None:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _remove_old(old: Path, keys) -> None:
    """The copy is whole and remembered: the old folder goes (its keychain entry too). A file
    that cannot be removed stays, said in the log; the data is safe in the new folder."""
    with contextlib.suppress(Exception):
        keys.forget(old)
    try:
        shutil.rmtree(old)
    except OSError as error:
        log.warning("the old data folder could not be removed entirely (%s)",
                    type(error).__name__)
