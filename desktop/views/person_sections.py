"""The person editor's sections (PEOPLE-3, PEOPLE-5), each saved on its own: `load` shows a
person, `changes` gives the fields to save (LocalEdits.update_person's names)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from desktop.formatting import long_date, qdate
from desktop.views.section import NO_DATE, Section, date_edit
from services.domain import clock
from services.domain import entities as e
from services.domain.kinds import Gender
from services.domain.validators import format_phone

translate = QCoreApplication.translate
PHONE_ROWS = 3


def date_of(edit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def set_date(edit, day: date | None) -> None:
    edit.setDate(qdate(day) if day else NO_DATE)


def line(max_length: int = 120) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def multiline() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(54)
    return edit


class PersonSection(Section):
    def load(self, person: e.Person) -> None:
        self.begin_load()
        self.fill(person)
        self.end_load()

    def fill(self, person: e.Person) -> None:
        raise NotImplementedError

    def changes(self) -> dict[str, Any]:
        raise NotImplementedError


class IdentitySection(PersonSection):
    """Name, gender, date of birth (entered once: PEOPLE-3)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Identity"), parent)
        self.first = self.add_field("FirstName", translate("People", "&First name"), line())
        self.last = self.add_field("LastName", translate("People", "&Last name"), line())
        self.gender = self.add_field("Gender", translate("People", "&Gender"), QComboBox())
        for value, text in ((Gender.NOT_SPECIFIED, translate("People", "Not specified")),
                            (Gender.MALE, translate("People", "Male")),
                            (Gender.FEMALE, translate("People", "Female")),
                            (Gender.PREFER_NOT_TO_SAY, translate("People", "Prefer not to say"))):
            self.gender.addItem(text, value.value)
        self.birth = self.add_field("DateOfBirth", translate("People", "&Date of birth"),
                                    date_edit(translate("People", "Not set"),
                                              latest=clock.today()))
        self.birth_locked = self.add_note("")
        self._birth_editable = True

    def fill(self, person: e.Person) -> None:
        self.first.setText(person.first_name)
        self.last.setText(person.last_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(str(person.gender))))
        set_date(self.birth, person.date_of_birth)
        self._birth_editable = person.date_of_birth is None
        self.birth.setEnabled(self._birth_editable)
        self.birth_locked.setVisible(not self._birth_editable)
        if person.date_of_birth:
            self.birth_locked.setText(translate(
                "People", "Born %1. A date of birth is entered once: to correct it, contact "
                "the organization.").replace("%1", long_date(person.date_of_birth)))

    def changes(self) -> dict[str, Any]:
        found = {"first_name": self.first.text().strip(), "last_name": self.last.text().strip(),
                 "gender": self.gender.currentData()}
        if self._birth_editable and date_of(self.birth) is not None:
            found["date_of_birth"] = date_of(self.birth)
        return found


class AddressSection(PersonSection):
    """Adults only: a child shares the account holder's address (PEOPLE-5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Address"), parent)
        self.line1 = self.add_field("Address.Line1", translate("People", "Str&eet"), line())
        self.line2 = self.add_field("Address.Line2", translate("People", "Apartment, suite"),
                                    line())
        self.city = self.add_field("Address.City", translate("People", "&City"), line())
        self.province = self.add_field("Address.Province", translate("People", "&Province"),
                                       line(2))
        self.postal = self.add_field("Address.PostalCode", translate("People", "P&ostal code"),
                                     line(7))

    def fill(self, person: e.Person) -> None:
        address = person.address
        for edit, value in ((self.line1, address.line1 if address else ""),
                            (self.line2, address.line2 if address else ""),
                            (self.city, address.city if address else ""),
                            (self.province, address.province if address else "QC"),
                            (self.postal, address.postal_code if address else "")):
            edit.setText(value)

    def changes(self) -> dict[str, Any]:
        values = [w.text().strip() for w in (self.line1, self.line2, self.city, self.postal)]
        if not any(values):
            return {"address": None}
        return {"address": e.Address(line1=values[0], line2=values[1], city=values[2],
                                     province=self.province.text().strip().upper(),
                                     postal_code=values[3])}


class ReachSection(PersonSection):
    """Phone numbers and email."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Phone numbers and email"), parent)
        self.phones: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(PHONE_ROWS):
            label, number = QLineEdit(), QLineEdit()
            label.setPlaceholderText(translate("People", "Label (mobile, home…)"))
            label.setAccessibleName(translate("People", "Phone %1 label").replace("%1",
                                                                                   str(row + 1)))
            box = QWidget()
            pair = QHBoxLayout(box)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(number, 2)
            pair.addWidget(label, 1)
            self.add_field(f"Phones.{row}", translate("People", "Phone %1").replace(
                "%1", str(row + 1)), box)
            number.setAccessibleName(translate("People", "Phone %1").replace("%1", str(row + 1)))
            box.setFocusProxy(number)
            self._watch(label)
            self._watch(number)
            self.phones.append((number, label))
        self.email = self.add_field("Email", translate("People", "E&mail"), line(254))

    def fill(self, person: e.Person) -> None:
        self._beyond = list(person.phones[PHONE_ROWS:])  # not shown; kept as they are
        for row, (number, label) in enumerate(self.phones):
            phone = person.phones[row] if row < len(person.phones) else None
            number.setText(format_phone(phone.number) if phone else "")
            label.setText(phone.label if phone else "")
        self.email.setText(person.email or "")

    def changes(self) -> dict[str, Any]:
        phones = [e.Phone(label=label.text().strip(), number=number.text().strip())
                  for number, label in self.phones if number.text().strip()]
        return {"phones": phones + getattr(self, "_beyond", []),
                "email": self.email.text().strip() or None}

    def show_errors(self, messages: dict[str, str]) -> list[str]:
        # The rules name the list ("Phones"): show it on the first number that is filled.
        if "Phones" in messages:
            messages = dict(messages)
            text = messages.pop("Phones")
            row = next((i for i, (n, _) in enumerate(self.phones) if n.text().strip()), 0)
            messages[f"Phones.{row}"] = text
        return super().show_errors(messages)


class MedicalSection(PersonSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Medical information"), parent)
        self.texts = {
            name: self.add_field(f"MedicalInformation.{key}", label, multiline())
            for name, key, label in (
                ("allergies", "Allergies", translate("People", "&Allergies")),
                ("illnesses", "Illnesses", translate("People", "&Illnesses")),
                ("medication", "Medication", translate("People", "Medica&tion")),
                ("reactions", "Reactions", translate("People", "&Reactions")),
                ("notes", "Notes", translate("People", "&Notes")))}

    def fill(self, person: e.Person) -> None:
        info = person.medical_information or e.MedicalInformation()
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(info, name))

    def changes(self) -> dict[str, Any]:
        values = {name: edit.toPlainText().strip() for name, edit in self.texts.items()}
        return {"medical_information": e.MedicalInformation(**values)
                if any(values.values()) else None}


class InsuranceSection(PersonSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Health insurance"), parent)
        self.number = self.add_field("HealthInsurance.Number",
                                     translate("People", "Health insurance n&umber"), line(20))
        self.expiry = self.add_field("HealthInsurance.Expiry", translate("People", "E&xpiry"),
                                     date_edit(translate("People", "Not set")))

    def fill(self, person: e.Person) -> None:
        insurance = person.health_insurance
        self.number.setText(insurance.number if insurance else "")
        set_date(self.expiry, insurance.expiry if insurance else None)

    def changes(self) -> dict[str, Any]:
        number, expiry = self.number.text().strip(), date_of(self.expiry)
        return {"health_insurance": e.HealthInsurance(number=number, expiry=expiry)
                if number or expiry else None}


class SinSection(PersonSection):
    """SIN / NAS, Québec accounts only: masked, with a toggle to show it (PEOPLE-5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Social insurance number"), parent)
        self.sin = line(11)
        self.sin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QToolButton()
        self.reveal.setText(translate("People", "Show"))
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(translate("People", "Show the social insurance number"))
        self.reveal.toggled.connect(lambda shown: self.sin.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sin, 1)
        row.addWidget(self.reveal)
        box.setFocusProxy(self.sin)
        self.add_field("Sin", translate("People", "&SIN (NAS)"), box)
        self.sin.setAccessibleName(translate("People", "Social insurance number"))
        self._watch(self.sin)
        self.add_note(translate("People", "Needed for the RL-24 tax slip of childcare fees. "
                                "Stored encrypted on this computer."))

    def fill(self, person: e.Person) -> None:
        self.reveal.setChecked(False)
        self.sin.setText(person.sin or "")

    def changes(self) -> dict[str, Any]:
        return {"sin": self.sin.text().strip() or None}


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
