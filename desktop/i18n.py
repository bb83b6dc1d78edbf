"""Languages: Qt translators for French and English, and the tools that keep .ts/.qm in step.

Sources live in resources/translations/*.ts; compiled .qm ship in desktop/translations/.
`python -m desktop.i18n update` re-extracts strings; `python -m desktop.i18n compile` builds .qm.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fr", "en")
LANGUAGE_KEY = "ui/lang"  # the language chosen in Settings, in window.ini beside the store
ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = Path(__file__).resolve().parent / "translations"
SOURCES = ("desktop",)

_installed: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def locale_for(lang: str) -> QLocale:
    """fr-CA or en-CA: money as 1 234,50 $ or $1,234.50 (SPEC)."""
    return QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                   QLocale.Country.Canada)


def install(lang: str | None = None) -> str:
    """Load the translator for `lang` (default: the system's) into the running application."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the Qt application before installing a translator")
    lang = lang if lang in LANGUAGES else system_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    if not translator.load(str(QM_DIR / f"carnet_{lang}.qm")):
        raise FileNotFoundError(f"missing translation carnet_{lang}.qm; run desktop.i18n compile")
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own texts (Yes, No, Cancel, Save in message boxes, the date picker…), when shipped.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(locale_for(lang))
    return lang


def _run_tool(name: str, *args: str) -> None:
    """pyside6-lupdate or -lrelease, beside this Python when there (a developer's task: the
    app itself never starts a process here, hence the late import)."""
    import subprocess

    candidate = Path(sys.executable).with_name(name)
    subprocess.run([str(candidate) if candidate.exists() else name, *args], check=True)


def update() -> None:
    files = [str(p) for src in SOURCES for p in sorted((ROOT / src).rglob("*.py"))]
    for lang in LANGUAGES:
        _run_tool("pyside6-lupdate", "-no-obsolete", "-locations", "none", *files,
                  "-ts", str(TS_DIR / f"carnet_{lang}.ts"))


def compile_all(out_dir: Path = QM_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        _run_tool("pyside6-lrelease", "-silent", str(TS_DIR / f"carnet_{lang}.ts"),
                  "-qm", str(out_dir / f"carnet_{lang}.qm"))


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
