"""A family's card at the front desk (issue 19): owners, members with their age, contacts with
legal guardians flagged, registrations. Medical notes show only after "Show medical notes",
which reads them through the model (the access written to the audit log first)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.desk_orgs import local_now
from desktop.formatting import short_date
from desktop.models.desk_family_model import FamilyCard
from services.domain.validators import format_phone

MEDICAL_KEYS = ("Allergies", "Illnesses", "Medication", "Reactions")


def age_on(born: str | None, today: date) -> int | None:
    try:
        day = date.fromisoformat(born or "")
    except ValueError:
        return None
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))


class FamilyDialog(QDialog):
    def __init__(self, card: FamilyCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        card.setParent(self)
        self.setWindowTitle(self.tr("Family card"))
        self.setMinimumSize(520, 420)
        self.resize(680, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Family card"))
        self.notice = QLabel(self.tr("Medical notes are hidden. Showing them is written to "
                                     "the organization's access log."))
        self.notice.setWordWrap(True)
        self.medical = QPushButton(self.tr("Show medical notes"))
        self.medical.clicked.connect(self._show_medical)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.medical, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        card.loaded.connect(self._show)
        card.missing.connect(lambda: self.text.setPlainText(
            self.tr("This family is no longer in what was synced.")))
        self.text.setPlainText(self.tr("Reading…"))
        card.refresh()

    def _show_medical(self) -> None:
        self.medical.setEnabled(False)
        self.card.show_medical()

    def _show(self, family) -> None:
        self.text.setHtml(self.card_html(family))
        if family.medical_shown:
            self.medical.setEnabled(False)
            self.notice.setText(self.tr("Medical notes shown: this access was written to the "
                                        "organization's access log."))

    # --- the card ----------------------------------------------------------------------------

    def card_html(self, family) -> str:
        e = html.escape
        today = local_now().date()
        names = " & ".join(o.full_name for o in family.owners)
        account = self.tr("Account %1").replace("%1", str(family.id))
        words = {"owners": self.tr("Account owners"), "members": self.tr("Members"),
                 "contacts": self.tr("Contacts"), "guardian": self.tr("Legal guardian"),
                 "no contact": self.tr("No contact."),
                 "registrations": self.tr("Registrations"),
                 "no registration": self.tr("No registration.")}
        out = [f"<h2>{e(names or account)}</h2>", f"<p>{e(account)}</p>"]
        out.append(f"<h3>{e(words['owners'])}</h3><ul>")
        for owner in family.owners:
            parts = [owner.full_name, owner.email, _phone(owner.telephone_mobile)]
            out.append(f"<li>{e(' · '.join(p for p in parts if p))}</li>")
        out.append("</ul>")
        out.append(f"<h3>{e(words['members'])}</h3><ul>")
        for member in family.members:
            age = age_on(member.date_of_birth, today)
            parts = [f"{member.first_name} {member.last_name}".strip()]
            if age is not None:
                parts.append(self.tr("%n years old", "", age))
                parts.append(self.tr("born %1").replace(
                    "%1", short_date(date.fromisoformat(member.date_of_birth))))
            parts += [member.email, _phone(member.telephone)]
            out.append(f"<li><b>{e(parts[0])}</b> · {e(' · '.join(p for p in parts[1:] if p))}")
            if family.medical_shown:
                out.append(f"<br>{e(self.medical_text(member.medical))}")
            out.append("</li>")
        out.append("</ul>")
        out.append(f"<h3>{e(words['contacts'])}</h3><ul>")
        first_names = {m.id: m.first_name for m in family.members}
        for contact in family.contacts:
            flags = []
            if contact.guardian:
                flags.append(f"<b>{e(words['guardian'])}</b>")
            if contact.emergency:
                flags.append(e(self.tr("Emergency contact")))
            parts = [contact.relationship, _phone(contact.telephone_mobile or contact.telephone),
                     contact.email]
            for_whom = ", ".join(first_names[p] for p in contact.person_ids if p in first_names)
            if for_whom:
                parts.append(self.tr("for %1").replace("%1", for_whom))
            line = " · ".join([e(contact.full_name), *flags, *(e(p) for p in parts if p)])
            out.append(f"<li>{line}</li>")
        if not family.contacts:
            out.append(f"<li>{e(words['no contact'])}</li>")
        out.append("</ul>")
        out.append(f"<h3>{e(words['registrations'])}</h3><ul>")
        for registration in family.registrations:
            parts = [registration.person, registration.activity, registration.program]
            if registration.cancelled:
                parts.append(self.tr("cancelled"))
            out.append(f"<li>{e(' · '.join(p for p in parts if p))}</li>")
        if not family.registrations:
            out.append(f"<li>{e(words['no registration'])}</li>")
        out.append("</ul>")
        return "".join(out)

    def medical_text(self, info: dict | None) -> str:
        labels = {"Allergies": self.tr("Allergies"), "Illnesses": self.tr("Illnesses"),
                  "Medication": self.tr("Medication"), "Reactions": self.tr("Reactions")}
        info = info or {}
        keys = (*MEDICAL_KEYS, *sorted(set(info) - set(MEDICAL_KEYS)))
        shown = [self.tr("%1: %2").replace("%1", labels.get(k, k)).replace("%2", str(info[k]))
                 for k in keys if info.get(k)]
        return "; ".join(shown) if shown else self.tr("No medical notes.")


def _phone(number: str | None) -> str | None:
    """As the family side shows phones: « 450 555-1234 », not the wire's +14505551234."""
    return format_phone(number) if number else number

