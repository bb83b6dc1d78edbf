"""What the tab tests share: an Editing that sends through a synced session, a widget shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.models.editing import Editing
from services.sync.session import Session


def online_editing(session: Session) -> Editing:
    """Edits on the session's store, sent through it, after its first sync."""
    session.engine.sync()
    editing = Editing(session.store, "en")
    editing.session = session
    return editing


def shown(qtbot, widget: QWidget, size: tuple[int, int] | None = (1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    return widget
