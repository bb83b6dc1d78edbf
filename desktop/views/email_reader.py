"""Reading an email safely (COMMS-1): the HTML is cleaned (no scripts, styles, frames or event
handlers), nothing is fetched from the network (remote images stay blank), and a link opens
in the system browser only after the person confirms where it goes."""

from __future__ import annotations

import nh3
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

ALLOWED_LINKS = {"http", "https", "mailto"}


def clean_html(html: str) -> str:
    """What may be shown of an email: nh3's safe tags, links kept, everything else dropped."""
    return nh3.clean(html, url_schemes=ALLOWED_LINKS, link_rel="noopener noreferrer")


class SafeBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.requested: list[str] = []  # resources asked for: none is ever loaded

    def show_email(self, html: str) -> None:
        self.setHtml(clean_html(html))

    def loadResource(self, kind: int, url: QUrl):
        """Never from the network, nor from the disk: an email has nothing to load."""
        self.requested.append(url.toString())
        return None

    def _follow(self, url: QUrl) -> None:
        if url.scheme() not in ALLOWED_LINKS:
            return
        answer = QMessageBox.question(
            self, self.tr("Open the link?"),
            self.tr("This link opens %1 in your browser. Open it?").replace(
                "%1", url.toDisplayString()))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)
