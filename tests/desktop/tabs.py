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


def modules_at_first_paint(argv: list[str], watched: tuple[str, ...]) -> tuple[str, str]:
    """`carnet ARGV` (a --screenshot) in a fresh interpreter: its exit code and which of the
    `watched` modules it had loaded by then, or of the watched Qt classes PySide had made (it
    makes each when first used), the cold-start tests."""
    import os
    import subprocess
    import sys

    probe = ("import sys\nfrom desktop.cli import main\n"
             f"code = main({argv!r})\n"
             "qt = set().union(*(vars(sys.modules[f'PySide6.{m}']) for m in "
             "('QtCore', 'QtGui', 'QtWidgets')))\n"
             f"print(code, [m for m in {watched!r} if m in sys.modules or m in qt])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, env=env)
    lines = done.stdout.strip().splitlines()
    return (lines[-1] if lines else ""), done.stdout + done.stderr
