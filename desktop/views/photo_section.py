"""The profile photo (PEOPLE-5): chosen from a file, cropped to a centred square, stored at
most 512 px wide as a PNG data URL."""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.models.people_model import avatar
from desktop.views.person_sections import PersonSection
from services.domain import entities as e

translate = QCoreApplication.translate
MAX_SIDE = 512
PREVIEW = 96


def square_photo(image: QImage, side: int = MAX_SIDE) -> str:
    """The centred square of `image`, scaled down to `side` at most, as a PNG data URL."""
    edge = min(image.width(), image.height())
    square = image.copy((image.width() - edge) // 2, (image.height() - edge) // 2, edge, edge)
    if edge > side:
        square = square.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    square.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


class PhotoSection(PersonSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Photo"), parent)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.choose = QPushButton(translate("People", "C&hoose a photo…"))
        self.remove = QPushButton(translate("People", "Remove the photo"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.add_field("Photo", translate("People", "Photo"), buttons)
        buttons.setFocusProxy(self.choose)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_photo(None))
        self._person: e.Person | None = None
        self.photo: str | None = None

    def fill(self, person: e.Person) -> None:
        self._person = person
        self._show(person.photo)

    def _show(self, photo: str | None) -> None:
        self.photo = photo
        if self._person is not None:
            shown = self._person.model_copy(update={"photo": photo})
            self.preview.setPixmap(avatar(shown, PREVIEW))
        self.remove.setEnabled(photo is not None)

    def set_photo(self, photo: str | None) -> None:
        self._show(photo)
        self._edited()

    def use_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.show_errors({"Photo": translate("People", "This file is not an image.")})
            return False
        self.set_photo(square_photo(image))
        return True

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("People", "Choose a photo"), "",
            translate("People", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.use_file(path)

    def changes(self) -> dict[str, Any]:
        return {"photo": self.photo}

    def pixmap(self) -> QPixmap:
        return self.preview.pixmap()
