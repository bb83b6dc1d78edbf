"""Forms by organization (PEOPLE-6): each organization's form for this person, rendered from
its field schema, checked by the same rules as the platform's, saved on its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.operations import Operations
from desktop.views.person_sections import date_of, line, multiline, set_date
from desktop.views.section import Section, date_edit
from services.domain import entities as e
from services.domain.kinds import FieldType

translate = QCoreApplication.translate


class Choices(QWidget):
    """Multiple choice: a check box per choice."""

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes = {choice: QCheckBox(choice) for choice in choices}
        for box in self.boxes.values():
            column.addWidget(box)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def set_value(self, values: list[str] | None) -> None:
        for choice, box in self.boxes.items():
            box.setChecked(choice in (values or []))


def _widget(field: e.FormField) -> QWidget:
    kind = field.type
    if kind is FieldType.MULTILINE:
        return multiline()
    if kind is FieldType.DATE:
        return date_edit(translate("People", "Not set"))
    if kind in (FieldType.CHOICE, FieldType.YES_NO):
        combo = QComboBox()
        combo.addItem("—", None)
        if kind is FieldType.YES_NO:
            combo.addItem(translate("People", "Yes"), True)
            combo.addItem(translate("People", "No"), False)
        for choice in field.choices:
            combo.addItem(choice, choice)
        return combo
    if kind is FieldType.MULTIPLE_CHOICE:
        return Choices(field.choices)
    return line(500)  # text, number


def _number(text: str) -> Any:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        return text  # the rule names it: "must be a number"
    if not value.is_finite():  # "Infinity", "NaN": not a number either
        return text
    return int(value) if value == value.to_integral_value() else float(value)


class FormSection(Section):
    def __init__(self, ops: Operations, form: e.OrgForm, organization: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"{organization} — {form.title}", parent)
        self.ops, self.form_id, self.schema = ops, form.id, form.fields
        for field in form.fields:
            label = field.label + (" *" if field.required else "")
            widget = self.add_field(field.key, label, _widget(field))
            if isinstance(widget, Choices):
                for box in widget.boxes.values():
                    self._watch(box)
        self.saveRequested.connect(self.save)
        self.load(form)

    def load(self, form: e.OrgForm) -> None:
        self.begin_load()
        for field in self.schema:
            self._set(field, self.fields[field.key], form.answers.get(field.key))
        self.end_load()

    @staticmethod
    def _set(field: e.FormField, widget: QWidget, value: Any) -> None:
        if isinstance(widget, Choices):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif field.type is FieldType.DATE:
            set_date(widget, date.fromisoformat(value) if value else None)
        else:
            widget.setText("" if value is None else str(value))

    def answers(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for field in self.schema:
            widget = self.fields[field.key]
            if isinstance(widget, Choices):
                value: Any = widget.value()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText().strip()
            elif field.type is FieldType.DATE:
                day = date_of(widget)
                value = day.isoformat() if day else None
            else:
                text = widget.text().strip()
                value = _number(text) if field.type is FieldType.NUMBER and text else text
            if value not in (None, "", []):
                found[field.key] = value
        return found

    def save(self) -> None:
        self.run(self.ops.answer_form(self.form_id, self.answers(), initiator=self))
