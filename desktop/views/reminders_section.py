"""Settings ▸ Reminders (ASSIST-1): on or off, how long before an activity and an event, quiet
hours, keep running in the tray when the window closes, start at login. Kept in window.ini
(desktop.models.reminders_model's keys); the tray and the model read them at each check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop import autostart
from desktop.models.reminders_model import (
    ENABLED_KEY,
    KEEP_IN_TRAY_KEY,
    MINUTES_KEY,
    QUIET_END_KEY,
    QUIET_START_KEY,
    load_settings,
)
from services.domain.calendar import EntryKind

translate = QCoreApplication.translate


def _on(settings: QSettings, key: str, default: bool) -> bool:
    return str(settings.value(key, "true" if default else "false")).lower() == "true"


class RemindersSection(QGroupBox):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("RemindersSettings", "Reminders"), parent)
        self.settings = settings
        rules = load_settings(settings)
        form = QFormLayout(self)
        # Minutes and hours at their own width, not the window's (Fusion grows fields).
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.enabled = QCheckBox(translate("RemindersSettings", "&Remind me (tray notifications)"))
        self.enabled.setChecked(_on(settings, ENABLED_KEY, True))
        form.addRow(self.enabled)
        self.minutes: dict[EntryKind, QSpinBox] = {}
        for kind, text in ((EntryKind.ACTIVITY, translate("RemindersSettings",
                                                          "Before an &activity:")),
                           (EntryKind.EVENT, translate("RemindersSettings",
                                                       "Before an &event:"))):
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            spin.setSingleStep(15)
            spin.setSuffix(translate("RemindersSettings", " min"))
            spin.setValue(rules.minutes_for(None, kind))
            label = QLabel(text)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.minutes[kind] = spin
        self.quiet_start, self.quiet_end = QTimeEdit(), QTimeEdit()
        for edit, value in ((self.quiet_start, rules.quiet_start),
                            (self.quiet_end, rules.quiet_end)):
            edit.setDisplayFormat("HH:mm")
            if value is not None:
                edit.setTime(QTime(value.hour, value.minute))
        line = QHBoxLayout()
        line.addWidget(self.quiet_start)
        line.addWidget(QLabel(translate("RemindersSettings", "to")))
        line.addWidget(self.quiet_end)
        line.addStretch(1)
        quiet = QLabel(translate("RemindersSettings", "&Quiet hours:"))
        quiet.setBuddy(self.quiet_start)
        form.addRow(quiet, line)
        self.keep = QCheckBox(translate("RemindersSettings",
                                        "&Keep running in the tray when the window closes"))
        self.keep.setChecked(_on(settings, KEEP_IN_TRAY_KEY, False))
        form.addRow(self.keep)
        self.login = QCheckBox(translate("RemindersSettings", "Start Carnet when I &log in"))
        self.login.setChecked(autostart.enabled())
        form.addRow(self.login)
        self.enabled.toggled.connect(self._save)
        for spin in self.minutes.values():
            spin.valueChanged.connect(self._save)
        self.quiet_start.timeChanged.connect(self._save)
        self.quiet_end.timeChanged.connect(self._save)
        self.keep.toggled.connect(self._save)
        self.login.toggled.connect(self._login)

    def _save(self, *_args) -> None:
        settings = self.settings
        settings.setValue(ENABLED_KEY, "true" if self.enabled.isChecked() else "false")
        for kind, spin in self.minutes.items():
            settings.setValue(MINUTES_KEY % kind.value, spin.value())
        settings.setValue(QUIET_START_KEY, self.quiet_start.time().toString("HH:mm"))
        settings.setValue(QUIET_END_KEY, self.quiet_end.time().toString("HH:mm"))
        settings.setValue(KEEP_IN_TRAY_KEY, "true" if self.keep.isChecked() else "false")

    def _login(self, on: bool) -> None:
        try:
            autostart.set_enabled(on)
        except OSError as error:
            self.login.blockSignals(True)
            self.login.setChecked(not on)
            self.login.blockSignals(False)
            QMessageBox.warning(self, self.title(), translate(
                "RemindersSettings", "Carnet could not change how it starts (%1).").replace(
                "%1", error.strerror or type(error).__name__))
