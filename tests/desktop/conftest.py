"""A window built on the demo store (no server): what the tests click and photograph."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop import i18n
from desktop.app import build


class UrlCatcher(QObject):
    """Receives what the app asks the system to open (Qt's own URL-handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp):
    catcher = UrlCatcher()
    for scheme in ("https", "http"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher.urls
    for scheme in ("https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(params=["en"])
def carnet(request, qapp, qtbot, demo_store):
    i18n.install(request.param)
    app = build(demo_store, request.param, "famille.tremblay@example.ca")
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.stop()
    app.window.close()
    i18n.install("en")


@pytest.fixture
def cli(qapp, capsys, monkeypatch):
    """`carnet` in this process on a data folder: (exit status, stdout, stderr)."""
    from desktop.cli import main
    from services.domain.demo import DEMO_PASSWORD

    monkeypatch.setenv("CARNET_PASSWORD", DEMO_PASSWORD)

    def run(folder: Path, *argv: str, lang: str = "en") -> tuple[int, str, str]:
        code = main(["--data-dir", str(folder), "--lang", lang, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    i18n.install("en")  # a command in French leaves its translator: not for the next test


@pytest.fixture
def run_window(qapp, monkeypatch):
    """`carnet` on a folder, in this process (desktop.launch.run): its exit status. After it,
    what the process's end would have dealt with is: a quit still pending (Settings' sign-out
    quits, and so does its last window closing) and the windows it closed, which the window's
    frozen start (gc.freeze) would keep for the next tests to find."""
    import argparse
    import gc
    import sys

    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import launch
    from desktop.views.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window installs its own
    before = set(QApplication.topLevelWidgets())

    def run(folder: Path, lang: str = "en") -> int:
        args = argparse.Namespace(data_dir=str(folder), lang=lang, screenshot=None,
                                  tab="home", size="1280x800")
        try:
            return launch.run(args)
        finally:
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()
            gc.unfreeze()
            for widget in set(QApplication.topLevelWidgets()) - before:
                if isinstance(widget, MainWindow) and not widget.isVisible():
                    widget.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    return run

