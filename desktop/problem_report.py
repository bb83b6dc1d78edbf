"""Help ▸ Report a problem…: what the report's zip holds, as texts the person reads before saving
(desktop/views/report_dialog.py shows them, unchanged).

The log folder's files (carnet.log and its rotated copies, crash.log when a native crash left
something there), the versions and the environment — each text through the log's redaction
again (services.security.redact: tokens, passwords, cards, SINs, emails by their patterns, and
every private value this process knows from the store), so a line an older run wrote before it
knew a value is covered too. Never the store, its key or anything from the keychain: only the
files named here are read. No Qt in this module."""

from __future__ import annotations

import io
import platform
import sqlite3
import zipfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from urllib.parse import quote

from desktop import crash
from desktop.logs import BACKUPS, LOG_FILE
from desktop.version import version
from services.security.redact import redact
from services.store import db, paths

VERSIONS, ENVIRONMENT = "versions.txt", "environment.txt"
_EPOCH = (2000, 1, 1, 0, 0, 0)  # every entry's date in the zip: the texts say when, not it


def log_dir() -> Path:
    return paths.log_dir()


def log_files(log_dir: Path) -> list[Path]:
    """The log folder's files a report holds, oldest first: carnet.log.3 … carnet.log, then
    crash.log when it has something."""
    found = [log_dir / f"{LOG_FILE}.{index}" for index in range(BACKUPS, 0, -1)]
    found.append(log_dir / LOG_FILE)
    found.append(log_dir / crash.CRASH_FILE)
    return [path for path in found if path.is_file() and path.stat().st_size]


def scrub(text: str) -> str:
    """The log's redaction again (its patterns and every private value this process knows):
    a log written by an older version may hold what it did not catch."""
    return redact(text)


def report_files(log_dir: Path, extra: Mapping[str, str]) -> dict[str, str]:
    """{name in the zip: its text}: `extra` (the versions, the environment) first, then the
    log folder's files; every text redacted."""
    files = {name: scrub(text) for name, text in extra.items()}
    for path in log_files(log_dir):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:  # gone or unreadable since: the report says so
            text = f"({error.strerror or error})\n"
        files[path.name] = scrub(text)
    return files


def schema_revision(data_dir: Path | None) -> str:
    """The store's schema revision, read from its file (never opened as a store, nothing
    else read); "none" when there is no store there."""
    store_file = (data_dir or paths.data_dir()) / db.STORE_FILE
    if not store_file.is_file():
        return "none"
    try:
        return db.revision(store_file) or "none"
    except sqlite3.Error as error:
        return f"unreadable ({error})"


def versions(qt: str, pyside: str, data_dir: Path | None = None) -> str:
    """Carnet, Python, Qt and PySide6, the operating system, SQLite, the store's revision."""
    lines = {
        "Carnet": version(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Qt": qt,
        "PySide6": pyside,
        "OS": f"{platform.system()} {platform.release()} ({platform.version()})",
        "Machine": platform.machine(),
        "SQLite": sqlite3.sqlite_version,
        "Store schema revision": f"{schema_revision(data_dir)} (this version's: "
                                 f"{db.HEAD_REVISION})",
    }
    return "".join(f"{key}: {value}\n" for key, value in lines.items())


def environment(entries: Mapping[str, str]) -> str:
    """The platform, locale, screens and theme, as the window found them (`entries`)."""
    return "".join(f"{key}: {value}\n" for key, value in entries.items())


def zip_bytes(files: Mapping[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            entry = zipfile.ZipInfo(name, _EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, text.encode("utf-8"))
    return buffer.getvalue()


def save(target: Path, files: Mapping[str, str]) -> None:
    """The zip in `target`, all or nothing, owner-only (OSError from the file system)."""
    paths.replace_atomically(target, [zip_bytes(files)])


def default_name(today: date) -> str:
    return f"carnet-report-{today.isoformat()}.zip"


def mail_link(subject: str, body: str) -> str:
    """A mailto: link with no address (the person chooses whom to write to): subject and body
    only; a mail client never takes an attachment from it."""
    return f"mailto:?subject={quote(subject)}&body={quote(body)}"
