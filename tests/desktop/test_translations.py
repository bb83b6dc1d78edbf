"""French and English stay complete: every tr() string translated, .qm rebuilt from .ts."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import i18n


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(m.findtext("source") or "", m.find("translation"))
            for m in ET.parse(ts).iter("message")]


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def untranslated(ts: Path) -> list[str]:
    return [src for src, tr in messages(ts)
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t.strip() for t in texts(tr))]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_translated(lang):
    assert untranslated(i18n.TS_DIR / f"carnet_{lang}.ts") == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_placeholders_kept(lang):
    for source, tr in messages(i18n.TS_DIR / f"carnet_{lang}.ts"):
        for text in texts(tr):
            assert sorted(re.findall(r"%[\dn]", source)) == sorted(re.findall(r"%[\dn]", text)), \
                source


@pytest.mark.process
def test_sources_have_no_string_missing_from_the_ts(tmp_path, monkeypatch):
    """Re-extract from the code: a new tr() string without a translation fails here."""
    monkeypatch.setattr(i18n, "TS_DIR", tmp_path)
    for lang in i18n.LANGUAGES:
        shutil.copy(Path(i18n.ROOT, "resources", "translations", f"carnet_{lang}.ts"), tmp_path)
    i18n.update()
    for lang in i18n.LANGUAGES:
        assert untranslated(tmp_path / f"carnet_{lang}.ts") == [], lang


@pytest.mark.process
def test_qm_files_are_built_from_the_current_ts(tmp_path):
    i18n.compile_all(tmp_path)
    for lang in i18n.LANGUAGES:
        built = (tmp_path / f"carnet_{lang}.qm").read_bytes()
        shipped = (i18n.QM_DIR / f"carnet_{lang}.qm").read_bytes()
        assert built == shipped, f"run: python -m desktop.i18n compile ({lang})"


def test_french_translator_really_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install("fr") == "fr"
        assert QCoreApplication.translate("Agenda", "All day") == "Toute la journée"
        assert i18n.install("en") == "en"
        assert QCoreApplication.translate("Agenda", "All day") == "All day"
    finally:
        i18n.install("en")


@pytest.mark.process
def test_tools_present():
    i18n._run_tool("pyside6-lrelease", "-version")  # raises when missing or failing


def test_qts_own_buttons_speak_french_too(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    try:
        i18n.install("fr")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == \
            "Annuler"
    finally:
        i18n.install("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
