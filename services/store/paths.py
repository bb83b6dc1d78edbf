"""Where the store lives: --data-dir, else CARNET_DATA_DIR, else the folder chosen in Settings
(services.store.relocate), else the platform's data folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP = "Carnet"
CHOICE_FILE = "data-folder"  # in the user's config folder: the data folder chosen in Settings


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CARNET_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return chosen_data_dir() or user_data_path(APP, appauthor=False)


def data_dir_is_given(explicit: str | os.PathLike | None = None) -> bool:
    """The folder is named by --data-dir or CARNET_DATA_DIR: Settings cannot choose another."""
    return bool(explicit or os.environ.get("CARNET_DATA_DIR"))


def choice_file() -> Path:
    env = os.environ.get("CARNET_CONFIG_DIR")
    folder = Path(env).expanduser() if env else user_config_path(APP, appauthor=False)
    return folder / CHOICE_FILE


def chosen_data_dir() -> Path | None:
    """The data folder chosen in Settings, if one was."""
    try:
        text = choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def log_dir() -> Path:
    env = os.environ.get("CARNET_LOG_DIR")
    return Path(env).expanduser() if env else user_log_path(APP, appauthor=False)


def owner_only(path: Path, mode: int) -> None:
    """Take away what others may do with `path` beyond `mode` (0o600 for a file, 0o700 for a
    folder); never give anything (a read-only folder stays so). POSIX only."""
    if os.name == "posix" and path.stat().st_mode & 0o777 & ~mode:
        os.chmod(path, path.stat().st_mode & 0o777 & mode)


def private_folder(path: Path) -> None:
    """`path` made if missing, each missing parent too, owner-only (0700); an existing one
    made owner-only. OSError when it cannot be made."""
    missing, parent = [], path.parent
    while not parent.exists() and parent.parent != parent:
        missing.append(parent)
        parent = parent.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    path.mkdir(mode=0o700, exist_ok=True)  # FileExistsError when a file is there
    owner_only(path, 0o700)


def replace_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    """`chunks` in `target`, all or nothing, owner-only: written into a temporary file beside
    it, synced to disk, then renamed over it — a full disk or a cut never leaves half a file,
    nor an older one cut short. On any error the temporary goes and `target` stays as it was
    (OSError from the file system; whatever `chunks` raises, as it is)."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                     dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def private_file(path: Path) -> None:
    """`path` created empty and owner-only (0600) if missing, else made owner-only: a file
    another writer then rewrites keeps that (QSettings does)."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    owner_only(path, 0o600)
