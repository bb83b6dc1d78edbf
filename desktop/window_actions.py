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
