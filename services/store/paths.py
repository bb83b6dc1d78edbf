"""Where the store lives: --data-dir, else CARNET_DATA_DIR, else the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP = "Carnet"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CARNET_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP, appauthor=False)


def log_dir() -> Path:
    env = os.environ.get("CARNET_LOG_DIR")
    return Path(env).expanduser() if env else user_log_path(APP, appauthor=False)
