"""The account's members (PEOPLE-1): the holder first, each a child or an adult, with a photo
or their initials — and everything the People tab shows of them, read at once off the GUI
thread: their contacts, the forms, which organizations keep RL-24 shares for whom, and where
each edit stands with the platform (waiting, refused with its messages, or in conflict)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from desktop.changes import Changes, Watches
from desktop.collation import name_key
from desktop.models import roles
from desktop.tasks import Background
from services.domain import entities as e
from services.domain.rl24 import rl24_applies
from services.store import queries
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store

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


class PeopleModel(Watches, QAbstractListModel):
    SHOWN = frozenset({R.PERSON, R.CONTACT, R.ORG_FORM, R.ACCOUNT, R.INVITATION,
                       R.REGISTRATION, R.ORGANIZATION})
    loaded = Signal(object)  # the Changes that made it read again (None: asked to)

    def __init__(self, workspace: Workspace | None = None, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._people: list[e.Person] = []
        self._icons: dict[int, QIcon] = {}
        self.holder_id: int | None = None
        self.people_data = PeopleData()
        self.reads = 0  # reads asked (a test counts them: one per change, not three)
        if workspace is not None:
            self.store = workspace.store
            self._background = Background(workspace.tasks, self)
            self._background.done.connect(self._loaded)
            self.watch(workspace.hub)

    def refresh(self, cause: Changes | None = None) -> None:
        store = self.store
        self.reads += 1
        self._background.run(cause, lambda: read_people(store), "the account's people")

    def react(self, changes: Changes) -> None:
        self.refresh(changes)

    def _loaded(self, cause: Changes | None, data: PeopleData) -> None:
        self.people_data = data
        holder = data.account.holder_person_id if data.account else None
        self.set_people([p for p, _ in data.people], holder)
        self.loaded.emit(cause)

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


@dataclass
class PeopleData:
    account: e.Account | None = None
    people: list[tuple[e.Person, list[e.Contact]]] = field(default_factory=list)
    forms: dict[int, list[e.OrgForm]] = field(default_factory=dict)  # by person
    org_names: dict[int, str] = field(default_factory=dict)
    rl24: set[int] = field(default_factory=set)  # persons registered with an RL-24 org
    waiting: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    refused: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)  # Fields
    conflicts: list[Any] = field(default_factory=list)  # services.sync.conflicts.Conflict

    def person(self, person_id: int) -> tuple[e.Person, list[e.Contact]] | None:
        return next(((p, c) for p, c in self.people if p.id == person_id), None)

    @property
    def holder(self) -> e.Person | None:
        if self.account is None:
            return None
        found = self.person(self.account.holder_person_id)
        return found[0] if found else None

    def conflicts_of(self, type_name: str, ident: int) -> list[Any]:
        return [c for c in self.conflicts if (c.resource_type, c.resource_id) == (type_name,
                                                                                  ident)]


def read_people(store: Store) -> PeopleData:
    from services.sync import conflicts, outbox

    with store.read() as conn:
        accounts = store.all(conn, e.Account)
        if not accounts:
            return PeopleData()
        organizations = {o.id: o for o in store.all(conn, e.Organization)}
        activities = {a.id: a.organization_id for a in store.all(conn, e.Activity)}
        data = PeopleData(accounts[0], queries.people_with_contacts(store, conn, name_key()))
        for form in store.all(conn, e.OrgForm):
            data.forms.setdefault(form.person_id, []).append(form)
        data.org_names = {ident: org.name for ident, org in organizations.items()}
        name = name_key()
        for forms in data.forms.values():  # each person's forms by organization, by name
            forms.sort(key=lambda f: name(data.org_names.get(f.organization_id, "")))
        for registration in store.all(conn, e.Registration):
            org = organizations.get(activities.get(registration.activity_id, -1))
            if org is not None and not registration.is_cancelled and rl24_applies(org):
                data.rl24.add(registration.person_id)
        data.waiting = outbox.pending_fields(store, conn)
        for entry in outbox.entries(store, conn, [outbox.PARKED]):
            error = entry.error or {}
            for effect in entry.request.effects:
                fields = error.get("Fields") or {"": error.get("Message") or error.get("Code")}
                data.refused.setdefault((effect.type, effect.id), {}).update(fields)
    data.conflicts = conflicts.open_conflicts(store)
    return data
