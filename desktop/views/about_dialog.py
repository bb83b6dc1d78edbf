"""About Carnet: its version, Qt's, and the third-party components with their licences."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.version import version

translate = QCoreApplication.translate
COMPONENTS = ("PySide6-Essentials", "SQLAlchemy", "alembic", "pydantic", "requests", "keyring",
              "platformdirs", "PyNaCl", "phonenumbers", "email-validator", "tzdata",
              "nh3", "XlsxWriter", "fastapi", "uvicorn", "argon2-cffi", "icalendar",
              "segno")


def licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each component installed."""
    found = []
    for name in COMPONENTS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if not licence or len(licence) > 60:
            licence = next((c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                            if c.startswith("License ::")), licence[:60])
        found.append((name, meta.get("Version", ""), licence))
    return found


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "About Carnet"))
        head = QLabel("<h2>Carnet " + version() + "</h2>" + translate(
            "Settings", "Qt %1, PySide %2.").replace("%1", qVersion()).replace(
            "%2", pyside_version))
        self.table = QTextBrowser()
        self.table.setAccessibleName(translate("Settings", "Third-party licences"))
        self.table.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        whole = '<td style="white-space: nowrap">'  # a name or a version: on one line
        rows = "".join(f"<tr>{whole}{escape(n)}</td>{whole}{escape(v)}</td>"
                       f"<td>{escape(lic)}</td></tr>" for n, v, lic in licences())
        self.table.setHtml("<table cellpadding=3>" + rows + "</table>")
        self.table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.resize(self.fontMetrics().averageCharWidth() * 72, 440)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(translate("Settings", "Third-party components and their "
                                          "licences:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
