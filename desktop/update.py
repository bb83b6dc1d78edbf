"""Carnet keeps itself up to date, safely (issue 20): The Update Framework through tufup.

A bundle built with an update repository (`packaging/build --update-root root.json
--update-url URL`) carries that repository's root of trust (desktop/update/root.json) and
address (desktop/update/update.json). A check — at start and daily in the window (a setting,
off for the demo unless asked), or `carnet update` — refreshes the signed metadata, and when a
newer version is offered downloads its archive (or patches), verifies its length and hashes
against the signed targets, and unpacks it beside the installed folder as <Folder>.update. Any
refusal (a bad signature, a tampered archive, metadata older than the last seen: a rollback) is
logged and nothing is staged; the running version goes on.

The next start (`apply_staged`, first thing in `carnet`, before Qt) swaps the folders:
<Folder> becomes <Folder>.previous (kept for `carnet update --rollback`), <Folder>.update
becomes <Folder>, and the new executable is started in this process's place. A staged
version that is not newer than the running one is refused and removed (no downgrade).

Only a frozen bundle updates, and only where its folder's parent is writable (a per-user
install) and no package manager installed it (the .deb's copy is updated by apt). The trusted
metadata and the downloaded archives live in the data folder, under update/."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import NamedTuple

from desktop.version import version

log = logging.getLogger("carnet.update")
APP = "carnet"  # the archives' name: carnet-<version>.tar.gz
DAILY_KEY = "update/daily"  # window.ini: Settings ▸ Check for updates every day
MARK = ".carnet-update"  # in a staged folder: its version, written once it is whole
MANAGED = ".package-managed"  # in a folder a package manager installed: it updates it
# The folders beside the installed one (their names: the installed one's and these; the Windows
# uninstaller removes them too: packaging/windows/carnet.iss).
STAGED, PARTIAL, PREVIOUS, ROLLED_BACK = ".update", ".update-partial", ".previous", ".rolled-back"


class Refused(Exception):
    """The repository's answer was not trusted (its words in the log); nothing was staged."""


class Install(NamedTuple):
    """Where this bundle lives: the folder an update replaces, and its two siblings."""

    folder: Path  # dist/Carnet, or Carnet.app on macOS
    executable: Path

    @property
    def staged(self) -> Path:
        return self.folder.with_name(self.folder.name + STAGED)

    @property
    def previous(self) -> Path:
        return self.folder.with_name(self.folder.name + PREVIOUS)

    @property
    def partial(self) -> Path:
        return self.folder.with_name(self.folder.name + PARTIAL)

    def ours(self) -> bool:
        """The person's own copy: not one a package manager installed (the .deb marks its
        copy: packaging/installer_linux.py), in a folder they may change."""
        return not (self.folder / MANAGED).exists() and os.access(self.folder.parent, os.W_OK)


class Source(NamedTuple):
    """The update repository a bundle was built with: its address and its root of trust."""

    url: str
    root: Path

    @property
    def metadata_url(self) -> str:
        return self.url.rstrip("/") + "/metadata/"

    @property
    def targets_url(self) -> str:
        return self.url.rstrip("/") + "/targets/"


def installed() -> Install | None:
    """This bundle's folder; None when Carnet runs from source (nothing to update)."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable).resolve()
    if sys.platform == "darwin" and executable.parent.name == "MacOS":
        return Install(executable.parents[2], executable)  # Carnet.app
    return Install(executable.parent, executable)


def source() -> Source | None:
    """The repository this bundle was built with; None for a build without one."""
    import json

    folder = Path(getattr(sys, "_MEIPASS", "")) / "desktop" / "update"
    try:
        url = json.loads((folder / "update.json").read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    root = folder / "root.json"
    return Source(str(url), root) if url and root.is_file() else None


def can_update() -> bool:
    """This copy updates itself: a bundle with a repository, the person's own (Settings shows
    its daily check only then)."""
    where = installed()
    return where is not None and source() is not None and where.ours()


def newer(candidate: str, current: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(candidate) > Version(current)
    except InvalidVersion:
        return False


def apply_staged(argv: list[str], where: Install | None = None) -> None:
    """At start: a staged version newer than this one takes this one's place and is started
    with the same arguments (this call then does not return); an older or equal one is
    refused and removed. Anything else: nothing happens."""
    where = where or installed()
    if where is None or not (where.staged / MARK).is_file() or not where.ours():
        return
    staged = (where.staged / MARK).read_text(encoding="utf-8").strip()
    if not newer(staged, version()):
        log.warning("staged update %s is not newer than %s: refused", staged, version())
        shutil.rmtree(where.staged, ignore_errors=True)
        return
    if sys.platform == "win32":  # a running program's folder cannot be renamed there
        _swap_after_exit(where, argv)
    # Said now: once the folders swap, this process must load nothing more (a module read
    # lazily — the log's file handler, say — would come from the other version's files).
    log.info("updating from %s to %s; %s is kept for a roll-back", version(), staged,
             where.previous.name)
    shutil.rmtree(where.previous, ignore_errors=True)
    try:
        where.folder.rename(where.previous)
        try:
            where.staged.rename(where.folder)
        except OSError:
            where.previous.rename(where.folder)  # as it was: the update waits
            raise
    except OSError as error:
        log.warning("staged update %s could not be applied (%s)", staged, error)
        return
    (where.folder / MARK).unlink(missing_ok=True)
    os.execv(where.executable, [str(where.executable), *argv])


def _swap_after_exit(where: Install, argv: list[str]) -> None:
    """Windows: a detached script waits for this process to end, swaps the folders and
    starts the new version; this one ends now."""
    import subprocess

    script = where.folder.parent / f"{where.folder.name}-update.cmd"
    quoted = " ".join(f'"{arg}"' for arg in argv)
    script.write_text("\r\n".join([
        "@echo off",
        f":wait\r\ntasklist /fi \"PID eq {os.getpid()}\" | find \"{os.getpid()}\" >nul "
        "&& (timeout /t 1 /nobreak >nul & goto wait)",
        f'rmdir /s /q "{where.previous}" 2>nul',
        f'move "{where.folder}" "{where.previous}" || exit /b 1',
        f'move "{where.staged}" "{where.folder}" || move "{where.previous}" "{where.folder}"',
        f'del "{where.folder / MARK}" 2>nul',
        f'start "" "{where.executable}" {quoted}',
        '(goto) 2>nul & del "%~f0"', ""]), encoding="utf-8")
    flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
        subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    subprocess.Popen(["cmd", "/c", str(script)], creationflags=flags, close_fds=True)
    sys.exit(0)


def waiting(where: Install, current: str | None = None) -> str | None:
    """The version staged beside this one, newer, installed at the next start (None: none)."""
    try:
        staged = (where.staged / MARK).read_text(encoding="utf-8").strip()
    except OSError:  # none staged, or not whole
        return None
    return staged if newer(staged, current or version()) else None


def check(data_dir: Path, where: Install | None = None, origin: Source | None = None,
          current: str | None = None) -> str | None:
    """Refreshes the repository's metadata and stages the newest version offered, when it is
    newer than this one: its version, or None when there is none (or it is staged already).
    Raises Refused when the repository's answer is not trusted, OSError when it cannot be
    reached or written."""
    from tuf.api import exceptions

    where, origin = where or installed(), origin or source()
    current = current or version()
    if where is None or origin is None or not where.ours():
        return None
    if waiting(where, current) is not None:
        return None  # already waiting for the next start
    client = _client(data_dir, where, origin, current)
    try:
        offered = client.check_for_updates()
        if client.failure is not None:  # tufup only logs a failed refresh: raised here
            raise client.failure
        if offered is None or str(offered.version) == skipped(data_dir):
            return None
        _stage(client, where, str(offered.version))
    except exceptions.DownloadError as error:  # the repository is unreachable: not a refusal
        raise OSError(f"update repository unreachable: {type(error).__name__}") from error
    except exceptions.RepositoryError as error:  # signatures, versions, hashes, expiry
        raise Refused(f"{type(error).__name__}: {error}") from error
    return str(offered.version)


def _client(data_dir: Path, where: Install, origin: Source, current: str):
    from tufup.client import Client

    class Checking(Client):
        """tufup's client, keeping what a refresh raised (tufup logs it and goes on)."""

        failure: Exception | None = None

        def refresh(self) -> None:
            try:
                super().refresh()
            except Exception as error:
                self.failure = error
                raise

    metadata, targets = data_dir / "update" / "metadata", data_dir / "update" / "targets"
    metadata.mkdir(parents=True, exist_ok=True)
    targets.mkdir(parents=True, exist_ok=True)
    if not (metadata / "root.json").is_file():  # the bundle's root of trust, the first time
        shutil.copyfile(origin.root, metadata / "root.json")
    return Checking(app_name=APP, app_install_dir=where.folder, current_version=current,
                  metadata_dir=metadata, metadata_base_url=origin.metadata_url,
                  target_dir=targets, target_base_url=origin.targets_url,
                  extract_dir=where.partial)


def _stage(client, where: Install, offered: str) -> None:
    """Downloads and verifies (tufup: the signed length and hashes), unpacks into
    <Folder>.update-partial, then marks and renames it whole: a staged folder is complete."""
    import tarfile

    # Archives are unpacked as data only: no links out of the folder, no devices.
    tarfile.TarFile.extraction_filter = staticmethod(tarfile.data_filter)
    shutil.rmtree(where.partial, ignore_errors=True)
    staged: list[Path] = []

    def install(src_dir: Path, dst_dir: Path, **_: object) -> None:
        (Path(src_dir) / MARK).write_text(offered, encoding="utf-8")
        shutil.rmtree(where.staged, ignore_errors=True)
        Path(src_dir).rename(where.staged)
        staged.append(where.staged)

    client.download_and_apply_update(skip_confirmation=True, install=install)
    if not staged:  # tufup logged why (a patch or archive that did not verify)
        shutil.rmtree(where.partial, ignore_errors=True)
        raise Refused(f"version {offered} did not verify")
    log.info("version %s is staged: it is installed at the next start", offered)


def skipped(data_dir: Path) -> str | None:
    """The version rolled back from: not offered again (a later one is)."""
    try:
        return (data_dir / "update" / "skipped").read_text(encoding="utf-8").strip()
    except OSError:
        return None


def rollback(data_dir: Path, where: Install | None = None) -> bool:
    """`carnet update --rollback`: the previous version takes this one's place again (this
    one is kept as <Folder>.rolled-back until the next roll-back), and is not staged again:
    only a version newer than it is. After True, the caller loads nothing more (its files are
    the other version's now) and ends: desktop/cli/update.py."""
    where = where or installed()
    if where is None or not where.previous.is_dir():
        return False
    leaving = version()  # read now: once the folders swap, the bundle's file is the other's
    aside = where.folder.with_name(where.folder.name + ROLLED_BACK)
    shutil.rmtree(aside, ignore_errors=True)
    shutil.rmtree(where.staged, ignore_errors=True)  # not the version just rolled back from
    (data_dir / "update").mkdir(parents=True, exist_ok=True)
    (data_dir / "update" / "skipped").write_text(leaving, encoding="utf-8")
    log.info("rolling back from %s", leaving)  # before the swap, as in apply_staged
    where.folder.rename(aside)
    where.previous.rename(where.folder)
    return True
