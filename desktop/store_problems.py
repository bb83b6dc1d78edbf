"""A store problem (services.store.errors) in the user's language: what is wrong, naming the
file or folder, and what to do. Shared by the CLI and the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from services.store.errors import Problem


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        Problem.DAMAGED: translate(
            "StoreProblem", "The data file %1 is damaged or is not a Carnet store. Carnet "
            "has not changed it."),
        Problem.NOT_A_FOLDER: translate(
            "StoreProblem", "%1 is a file, not a folder: Carnet keeps its data in a folder. "
            "Move or rename the file, or choose another data folder with --data-dir (or "
            "CARNET_DATA_DIR)."),
        Problem.READ_ONLY: translate(
            "StoreProblem", "Carnet may not write in %1: it is read-only. Give yourself "
            "permission to write in it, or choose another data folder with --data-dir (or "
            "CARNET_DATA_DIR)."),
        Problem.NOT_YOURS: translate(
            "StoreProblem", "%1 belongs to another user of this computer: Carnet uses only a "
            "data folder of yours. Choose another with --data-dir (or CARNET_DATA_DIR), or "
            "have it given to you."),
        Problem.FULL: translate(
            "StoreProblem", "The disk that holds %1 is full: this change could not be saved, "
            "and what was saved before is intact. Free some space, then try again."),
        Problem.KEY_LOST: translate(
            "StoreProblem", "The key that protects the private details (SIN, health "
            "information) kept in %1 is missing or does not match: the data folder was moved "
            "or copied from another computer, or the OS keychain entry or store.key was lost. "
            "If you can, put them back and try again; nothing was changed."),
        Problem.UNAVAILABLE: translate(
            "StoreProblem", "Carnet could not use %1 (%2). Check the disk and the folder, "
            "then try again."),
    }


def describe(problem: str, path: Path | str, detail: str = "") -> str:
    """What is wrong and what to do; `problem` is a Problem or its code (from the sync
    process). An unknown code gets the UNAVAILABLE wording."""
    texts = _texts()
    text = texts.get(problem, texts[Problem.UNAVAILABLE])
    return text.replace("%1", str(path)).replace("%2", detail or str(problem))


def recover_hint(problem: str) -> str:
    """On the command line, for the problems `carnet recover` helps with."""
    translate = QCoreApplication.translate
    if problem == Problem.KEY_LOST:
        return translate("StoreProblem", "Otherwise, run “carnet recover”: it keeps this copy "
                         "aside, starts afresh for the same account and downloads it again at "
                         "the next sync; edits not yet sent cannot be read.")
    if problem == Problem.DAMAGED:
        return translate("StoreProblem", "Put back a copy you saved, or run “carnet recover”: it "
                         "keeps this file aside and downloads your account again at the next "
                         "sync.")
    return ""


def recovered(aside: Path, unsent: int | None) -> str:
    """What recovery did, for the CLI and the window."""
    translate = QCoreApplication.translate
    text = translate("StoreProblem", "The unreadable copy was kept as %1.")
    text = text.replace("%1", str(aside))
    if unsent is None:
        return text + " " + translate("StoreProblem", "Its unsent edits could not be counted.")
    count = translate("StoreProblem", "Unsent edits that could not be read: %1.")
    return text + " " + count.replace("%1", str(unsent))
