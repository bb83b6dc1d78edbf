"""Help ▸ Report a problem… (issue 20, item 4): a zip of the redacted logs, the versions and the
environment — never a token, a password, a SIN, a card number, the family's email or a sealed
value; shown whole before it is saved; written all or nothing. And native crashes: faulthandler
writes them to crash.log, the next start logs one entry about it."""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
import zipfile
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop import crash, logs, problem_report
from desktop.app import build
from services.domain.demo import (
    ALLERGY_FELIX,
    DEMO_ORG_SECRET,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    SIN_ETIENNE,
    SIN_GENEVIEVE,
    with_check_digit,
)
from services.security import redact
from services.store import paths
from services.store.db import HEAD_REVISION

CARD = with_check_digit("424242424242424")  # the demo's Visa …4242, whole
NOTES = "Peut venir chercher les enfants."  # a contact's notes: a sealed value
TOKEN = secrets.token_urlsafe(32)


def secret_values() -> list[str]:
    spaced = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
    return [TOKEN, DEMO_PASSWORD, DEMO_ORG_SECRET, SIN_ETIENNE, SIN_GENEVIEVE, CARD, spaced,
            DEMO_USERNAME, "etienne.tremblay@example.ca", ALLERGY_FELIX, NOTES]


def log_the_secrets() -> None:
    """Lines as the app could write them, each holding private values."""
    say = logging.getLogger("carnet.test").info
    spaced = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
    say("GET /me/persons: Authorization: Bearer %s", TOKEN)
    say("signed in: %s", {"token": TOKEN, "password": DEMO_PASSWORD})
    say("org login password=%s for %s", DEMO_ORG_SECRET, DEMO_USERNAME)
    say("card %s (or %s) refused; contact etienne.tremblay@example.ca", CARD, spaced)
    say("person 201 sin=%s, contact sin %s", SIN_ETIENNE, SIN_GENEVIEVE)
    say("could not save medical information %r; notes: %s", ALLERGY_FELIX, NOTES)
    say("the line the report must keep")
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.fixture
def logged(demo_store):
    """The log file, written after the store's private values were remembered (as the window
    does after its first paint)."""
    logs.setup()
    demo_store.remember_private()
    log_the_secrets()
    yield paths.log_dir()
    redact.forget_known()


def leaks(files: dict[str, str]) -> list[tuple[str, str]]:
    return [(name, value) for name, text in files.items() for value in secret_values()
            if value.lower() in text.lower()]


def test_the_log_holds_them_unredacted_here_so_the_check_below_means_something(demo_store):
    redact.forget_known()
    text = f"could not save {ALLERGY_FELIX}; password {DEMO_PASSWORD}"
    assert ALLERGY_FELIX in text and DEMO_PASSWORD in text  # not a pattern: only as known
    demo_store.remember_private()
    try:
        assert ALLERGY_FELIX not in redact.redact(text)
    finally:
        redact.forget_known()


def test_the_zip_holds_no_secret_and_does_hold_versions_and_the_log(logged, tmp_path, demo_store):
    files = problem_report.report_files(logged, {
        problem_report.VERSIONS: problem_report.versions("6.9.9", "6.9.9", demo_store.path.parent),
        problem_report.ENVIRONMENT: problem_report.environment({"Locale": "fr_CA"})})
    target = tmp_path / "out" / "report.zip"
    target.parent.mkdir()
    problem_report.save(target, files)
    with zipfile.ZipFile(target) as archive:
        read = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert read == files
    assert set(read) >= {"versions.txt", "environment.txt", "carnet.log"}
    assert leaks(read) == []
    raw = target.read_bytes()  # and nowhere in the zip's bytes (names, comments)
    assert not [v for v in secret_values() if v.encode() in raw]
    assert "the line the report must keep" in read["carnet.log"]
    assert "[token]" in read["carnet.log"] and "[private]" in read["carnet.log"]
    versions = read["versions.txt"]
    for key in ("Carnet:", "Python:", "Qt: 6.9.9", "PySide6:", "OS:", "SQLite:"):
        assert key in versions
    assert f"Store schema revision: {HEAD_REVISION}" in versions
    assert not [n for n in read if n.endswith((".sqlite3", ".key", ".ini"))]


def test_a_line_an_older_run_wrote_unredacted_is_redacted_in_the_report(logged):
    """Written before the values were known (or by an older version): redacted again."""
    with (logged / logs.LOG_FILE).open("a", encoding="utf-8") as handle:
        handle.write(f"an older line: {ALLERGY_FELIX} / {NOTES}\n")
    files = problem_report.report_files(logged, {})
    assert "an older line: [private]" in files["carnet.log"]
    assert leaks(files) == []


class Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(unquote(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)))


@pytest.fixture
def window(qapp, qtbot, demo_store, logged):
    settings = QSettings(str(demo_store.path.parent / "window.ini"), QSettings.Format.IniFormat)
    app = build(demo_store, "en", DEMO_USERNAME, settings)
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app.window
    app.stop()
    app.window.close()


def test_the_dialog_shows_every_file_then_saves_exactly_that(window, qtbot, tmp_path,
                                                            monkeypatch):
    dialog = window.report_problem()
    qtbot.addWidget(dialog)
    names = [dialog.names.item(row).text() for row in range(dialog.names.count())]
    assert names[:2] == ["versions.txt", "environment.txt"] and "carnet.log" in names
    for row, name in enumerate(names):
        dialog.names.setCurrentRow(row)
        assert dialog.text.isReadOnly()
        assert dialog.text.toPlainText() == dialog.files[name]
    assert leaks(dialog.files) == []
    assert "the line the report must keep" in dialog.files["carnet.log"]
    assert f"Store schema revision: {HEAD_REVISION}" in dialog.files["versions.txt"]
    environment = dialog.files["environment.txt"]
    assert "Screens: " in environment and "Locale: " in environment and "Theme: " in environment

    target = tmp_path / "saved"  # the extension is added
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args[2]), (str(target), ""))[1])
    dialog.save_button.click()
    assert asked and asked[0].endswith(".zip") and "carnet-report-" in asked[0]
    with zipfile.ZipFile(tmp_path / "saved.zip") as archive:
        assert archive.namelist() == names
        assert {n: archive.read(n).decode() for n in names} == dialog.files
    assert dialog.saved_to == tmp_path / "saved.zip"

    catcher = Catcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    try:
        dialog.email_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1 and catcher.urls[0].startswith("mailto:?subject=")
    assert "saved.zip" in catcher.urls[0] and "attach" in catcher.urls[0]


def test_a_save_that_fails_leaves_nothing_and_says_so(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = window.report_problem()
    qtbot.addWidget(dialog)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    folder = tmp_path / "no such folder"
    assert not dialog.save_to(folder / "report.zip")
    assert said and "could not be written" in said[0] and not folder.exists()
    assert dialog.saved_to is None


def test_the_email_is_in_french_in_french(qapp, monkeypatch):
    from desktop import i18n
    from desktop.views.report_dialog import ReportDialog

    catcher = Catcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    try:
        i18n.install("fr")
        dialog = ReportDialog({"a.txt": "a"}, problem_report.save, problem_report.mail_link,
                              "carnet-report.zip")
        assert dialog.save_button.text() == "&Enregistrer…"
        dialog.email()
        dialog.deleteLater()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
        i18n.install("en")
    assert "joindre" in catcher.urls[0] and "carnet-report.zip" in catcher.urls[0]


# --- native crashes -----------------------------------------------------------------------------

START = ("from desktop import crash, logs; logs.setup(); crash.install(show=None); ")


def carnet_process(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", START + code], capture_output=True, text=True,
                          env={**{k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"},
                               "QT_QPA_PLATFORM": "offscreen"}, timeout=60)


@pytest.mark.process
def test_a_native_crash_is_written_then_logged_once_at_the_next_start(tmp_path):
    crashed = carnet_process("import faulthandler; faulthandler._sigsegv()")
    assert crashed.returncode != 0
    folder = paths.log_dir()
    trace = (folder / crash.CRASH_FILE).read_text(encoding="utf-8")
    assert "Segmentation fault" in trace and 'File "<string>", line 1' in trace, trace
    if os.name == "posix":
        assert (folder / crash.CRASH_FILE).stat().st_mode & 0o077 == 0

    assert carnet_process("pass").returncode == 0  # the next start
    log = (folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert log.count("native crash") == 1 and "Segmentation fault" in log
    assert "WARNING carnet.crash" in log
    assert (folder / crash.CRASH_FILE).read_text(encoding="utf-8") == ""
    files = problem_report.report_files(folder, {})  # so it is in the next report
    assert "Segmentation fault" in files["carnet.log"]

    assert carnet_process("pass").returncode == 0  # and only once
    log = (folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert log.count("native crash") == 1


@pytest.mark.expect_log("native crash", logger="carnet.crash")
def test_a_crash_file_with_content_is_noticed_once(tmp_path):
    path = tmp_path / crash.CRASH_FILE
    assert crash.noticed(path) is None  # none there
    path.write_text("", encoding="utf-8")
    assert crash.noticed(path) is None  # empty: the last run ended well
    path.write_text("Fatal Python error: Aborted\n\nCurrent thread 0x1 (most recent call "
                    "first):\n  File \"x.py\", line 3 in f\n", encoding="utf-8")
    assert "Aborted" in crash.noticed(path)
    assert crash.noticed(path) is None


@pytest.mark.process
def test_a_command_without_a_window_writes_its_native_crash_too(tmp_path):
    """`carnet` turns faulthandler on before any command runs (a sync, an export), not only
    when the window starts."""
    code = ("import faulthandler, sys; from desktop.cli import main; "
            "main(['--lang', 'en', 'agenda']); faulthandler._sigsegv()")
    crashed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**{k: v for k, v in os.environ.items()
                                     if k != "PYTHONFAULTHANDLER"},
                                  "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert crashed.returncode != 0
    trace = (paths.log_dir() / crash.CRASH_FILE).read_text(encoding="utf-8")
    assert "Segmentation fault" in trace, crashed.stderr
