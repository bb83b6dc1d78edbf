"""The account's members (PEOPLE-1): the holder first, each a child or an adult, with a photo
or their initials."""

from __future__ import annotations

import base64

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from desktop.models import roles
from services.domain import entities as e

AVATAR = 40


def avatar(person: e.Person, size: int = AVATAR) -> QPixmap:
    """The person's photo, or their initials on a colour of their own."""
    pixmap = QPixmap(size, size)
    image = photo_image(person.photo)
    if image is not None:
        return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsv(person.id * 47 % 360, 90, 200))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.setPen(QColor("white"))
    initials = (person.first_name[:1] + person.last_name[:1]).upper()
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def photo_image(photo: str | None) -> QImage | None:
    """A data URL (what the editor stores) as an image; None when absent or unreadable."""
    if not photo or "," not in photo:
        return None
    image = QImage()
    try:
        data = base64.b64decode(photo.split(",", 1)[1], validate=True)
    except ValueError:
        return None
    return image if image.loadFromData(data) else None


class PeopleModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[e.Person] = []
        self._icons: dict[int, QIcon] = {}
        self.holder_id: int | None = None

    def set_people(self, people: list[e.Person], holder_id: int | None) -> None:
        self.beginResetModel()
        self._people, self.holder_id, self._icons = list(people), holder_id, {}
        self.endResetModel()

    def person(self, row: int) -> e.Person:
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.full_name}\n{self.badge(person)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{person.full_name}, {self.badge(person)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if person.id not in self._icons:
                self._icons[person.id] = QIcon(avatar(person))
            return self._icons[person.id]
        if role == roles.ENTRY:
            return person
        if role == roles.KIND:
            return "child" if person.is_child else "adult"
        return None

    def badge(self, person: e.Person) -> str:
        kind = self.tr("Child") if person.is_child else self.tr("Adult")
        if person.id == self.holder_id:
            return self.tr("%1 · account holder").replace("%1", kind)
        return kind
