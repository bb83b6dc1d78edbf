"""The People tab (PEOPLE-1..8): the members on the left, the selected one's editor on the
right. Leaving a person with unsaved changes asks first; a sync never wipes what is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.models.people_model import PeopleModel
from desktop.operations import Operations
from desktop.views.person_dialogs import AddPersonDialog
from desktop.views.person_editor import PersonEditor
from desktop.views.reveal import Reveal

translate = QCoreApplication.translate


class PeopleTab(QWidget):
    """Shows the People model; it reads again on its own when a change touches it."""

    def __init__(self, model: PeopleModel, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = model
        model.loaded.connect(self._shown)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(40, 40))
        self.list.setAccessibleName(translate("People", "Members of the account"))
        self.add = QPushButton(translate("People", "&Add a person…"))
        self.add.clicked.connect(self._add)
        note = QLabel(translate("People", "Persons can't be deleted or archived. For a "
                                "duplicate, write to the platform's support: "
                                "support@amilia.com."))
        note.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel("<h2>" + translate("People", "People") + "</h2>"))
        column.addWidget(self.list, 1)
        column.addWidget(self.add)
        column.addWidget(note)
        self.editor = PersonEditor(ops)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        QVBoxLayout(self).addWidget(splitter)
        self._current: int | None = None
        self.list.selectionModel().currentChanged.connect(self._selected)
        self._revealing = Reveal(model.loaded, self._reveal, model.refresh, self)
        self.model.refresh()

    @property
    def data(self):
        return self.model.people_data

    def models(self) -> list[PeopleModel]:
        return [self.model]

    def _shown(self, _cause: Changes | None) -> None:
        """The model read again: the same person stays selected; the editor shows the new
        values unless something is typed there (that stays as typed)."""
        current = self._current
        row = self.model.row_of(current) if current is not None else 0
        self._select(max(row, 0), reload=not self.editor.dirty())

    def _select(self, row: int, reload: bool = True) -> None:
        if not self.model.rowCount():
            self.editor.setEnabled(False)
            return
        self.editor.setEnabled(True)
        index = self.model.index(row, 0)
        self.list.selectionModel().blockSignals(True)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.selectionModel().blockSignals(False)
        person = self.model.person(row)
        self._current = person.id
        contacts = self.data.person(person.id)[1]
        if reload:
            self.editor.show_person(person, contacts, self.data)
        elif self.editor.person is not None and self.editor.person.id == person.id:
            self.editor.show_related(person, contacts, self.data)

    def _selected(self, index, previous) -> None:
        if not index.isValid() or self.model.person(index.row()).id == self._current:
            return
        if self.editor.dirty() and not self._leave():
            self._select(previous.row() if previous.isValid() else 0, reload=False)
            return
        self._select(index.row())

    def _leave(self) -> bool:
        """Unsaved changes: leave them (True) or stay (False)."""
        answer = QMessageBox.question(
            self, translate("People", "Unsaved changes"),
            translate("People", "%1 has changes that are not saved. Leave them?").replace(
                "%1", self.editor.person.first_name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def has_unsaved(self) -> bool:
        return self.editor.dirty()

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def reveal(self, kind: str, ident: int, missing: Callable[[], None] | None = None) -> None:
        """A search hit: a person selected, or a contact shown in its person's contacts
        (desktop.views.reveal: once the model has read it)."""
        self._revealing.reveal(kind, ident, missing)

    def _reveal(self, kind: str, ident: int) -> bool:
        if kind == "Person":
            person_id = ident
        elif kind == "Contact":
            person_id = next((person.id for person, contacts in self.data.people
                              if any(c.id == ident for c in contacts)), None)
        else:
            return False
        if person_id is None or self.model.row_of(person_id) < 0:
            return False
        self.select_person(person_id)
        if kind == "Contact" and self._current == person_id:  # not kept on unsaved changes
            panel = self.editor.contacts
            panel.select_contact(ident)
            # Once the editor is laid out for this person (its sections shown or hidden).
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(panel))
        return True

    def _add(self) -> None:
        dialog = AddPersonDialog(self.ops, self)
        if dialog.exec() and dialog.result_value is not None:
            added = dialog.result_value.id
            if self.model.row_of(added) >= 0:  # the model has read it already
                self.select_person(added)
            else:
                self._current = added  # selected when the model has read it
