"""What the Settings tab asks of the application (SET-1/2): the app fills these in once it
exists, so the tab needs no reference to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def _nothing(*_args) -> None:
    return None


@dataclass
class WindowActions:
    data_dir: Path
    lang: str
    theme: str = "system"
    switch_language: Callable[[str], bool] = _nothing
    set_theme: Callable[[str], None] = _nothing
    sign_out: Callable[[bool], None] = _nothing  # True: remove this account's data too
    # SET-2: the data folder moved (not when --data-dir or CARNET_DATA_DIR names it)
    can_move: bool = False
    check_move: Callable[[Path], str] = lambda _target: ""  # why not, in the user's words
    move_data: Callable[[Path], None] = _nothing  # the window closes, then the data moves
    # OUT-1: the live calendar file (desktop.models.calendar_files.CalendarFiles), if any
    calendar_files: object | None = None
    settings: object | None = None  # window.ini (QSettings): the reminders' settings
