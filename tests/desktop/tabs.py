"""What the tab tests share: a workspace on a session's store (edits sent through it), a
widget shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.workspace import Workspace
from services.store.store import Store
from services.sync.session import Session


def workspace(store: Store, lang: str = "en", session: Session | None = None) -> Workspace:
    """The window's plumbing on `store` (threads, change hub, operations); online actions go
    through `session` when there is one."""
    made = Workspace(store, lang)
    made.attach(session)
    return made


def online_workspace(session: Session) -> Workspace:
    """Edits on the session's store, sent through it, after its first sync."""
    session.engine.sync()
    return workspace(session.store, session=session)


def shown(qtbot, widget: QWidget, size: tuple[int, int] | None = (1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    return widget
