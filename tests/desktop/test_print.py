"""Print and PDF (issue 17, item 4): the month, week and agenda painted by desktop/printing.py,
through `carnet export --pdf` (in this process) and the window's File ▸ Export PDF… and Print…,
read back with poppler-utils (pdfinfo, pdftotext, pdftoppm): pages, paper, text in French and
English, the footer, and greyscale legibility (closures hatched)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox

from desktop import i18n, printing
from desktop.cli import main
from desktop.views.palette import KIND_COLOURS
from desktop.views.print_calendar import PdfDialog
from services.store import dataset_io, reads
from services.store.store import Store

pytestmark = [pytest.mark.skipif(shutil.which("pdftotext") is None,
                                 reason="poppler-utils is not installed (.ci/run installs it)"),
              pytest.mark.process]  # pdfinfo, pdftotext, pdftoppm

SIZES = {"letter": (612.0, 792.0), "a4": (595.0, 842.0)}  # points, portrait, rounded
SYNCED = "2026-11-26T19:05:00+00:00"


def poppler(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def info(pdf: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in poppler("pdfinfo", str(pdf)).splitlines()
                if ":" in line)


def pages_of(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_size(pdf: Path) -> tuple[float, float]:
    found = re.match(r"\s*([\d.]+) x ([\d.]+) pts", info(pdf)["Page size"])
    return round(float(found[1])), round(float(found[2]))


def text_of(pdf: Path, page: int | None = None) -> str:
    pick = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", "-layout", *pick, str(pdf), "-")


def last_sync_text(lang: str) -> str:
    """The footer's last sync, as this computer writes it (the status bar's way)."""
    from datetime import datetime

    i18n.install(lang)
    try:
        # pdftotext gives a narrow no-break space (before "p.m.") as a space
        return printing.instant(datetime.fromisoformat(SYNCED)).replace("\u202f", " ")
    finally:
        i18n.install("en")


@pytest.fixture
def folder(tmp_path: Path, demo) -> Path:
    """A data folder holding the demo family, synced (as far as the footer knows) at SYNCED."""
    data = tmp_path / "data"
    store = Store.open(data)
    try:
        dataset_io.load(store, demo)
        with store.write() as conn:
            store.set_meta(conn, reads.LAST_SYNC, SYNCED)
    finally:
        store.close()
    return data


@pytest.fixture
def carnet_cli(qapp, capsys, folder):
    """`carnet` in this process on that folder: (exit status, stdout, stderr)."""

    def run(*argv: str, lang: str = "en") -> tuple[int, str, str]:
        code = main(["--data-dir", str(folder), "--lang", lang, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    i18n.install("en")


@pytest.fixture
def export(carnet_cli):
    """`carnet export …`."""
    return lambda *argv, lang="en": carnet_cli("export", *argv, lang=lang)


# What each language's pages say: the title, members with the time of their chip, the legend,
# the footer.
MONTH_WORDS = {
    "fr": ["Novembre 2026", "Dimanche", "18 h 30 Félix", "18 h 30 Étienne", "(personnel)",
           "9 h 30 Léa", "pédagogique", "Fermetures", "Activités", "Annulé : barré",
           "Personnel : en italique", "Imprimé le 2026-11-27",
           "à jour à la dernière synchronisation", "Page 1 de 1"],
    "en": ["November 2026", "Sunday", "6:30 p.m. Félix", "Étienne", "(staff)", "9:30 a.m. Léa",
           "pédagogique", "Closures", "Activities", "Cancelled: struck through",
           "Staff: in italics", "Printed on 2026-11-27", "as of the last sync",
           "Page 1 of 1"],
}
AGENDA_WORDS = {
    "fr": ["Agenda du 1er novembre 2026 au 30 novembre 2026", "Mardi 3 novembre 2026",
           "18 h 30–19 h 30", "Félix Tremblay", "Étienne Tremblay (personnel)",
           "Annulé : Soccer intérieur U10", "Fermé : Journée pédagogique",
           "Tout le monde · Toutes les organisations", "Imprimé le"],
    "en": ["Agenda from November 1, 2026 to November 30, 2026", "Tuesday, November 3, 2026",
           "6:30 p.m.–7:30 p.m.", "Félix Tremblay", "Étienne Tremblay (staff)",
           "Cancelled: Soccer intérieur U10", "Closed: Journée pédagogique",
           "Everyone · All organizations", "Printed on"],
}


@pytest.mark.parametrize("lang,paper,landscape", [
    ("fr", "letter", True), ("fr", "a4", False), ("en", "a4", True), ("en", "letter", False)])
def test_the_month_through_the_command(export, tmp_path, lang, paper, landscape):
    pdf = tmp_path / "month.pdf"
    code, out, err = export("--pdf", str(pdf), "--view", "month", "--from", "2026-11-01",
                            "--paper", paper, *(["--landscape"] if landscape else []), lang=lang)
    assert code == 0, err
    assert str(pdf) in out
    assert pages_of(pdf) == 1  # a month fits its page: its chips tighten before it runs over
    width, height = SIZES[paper]
    assert page_size(pdf) == ((height, width) if landscape else (width, height))
    text = text_of(pdf)
    for word in MONTH_WORDS[lang]:
        assert word in text, word
    assert last_sync_text(lang) in text
    assert "Tremblay" not in text  # the grid's chips name members by first name


@pytest.mark.parametrize("lang,paper,landscape", [
    ("fr", "a4", True), ("en", "letter", False), ("en", "a4", True)])
def test_the_agenda_runs_over_pages(export, carnet_cli, tmp_path, lang, paper, landscape):
    """Three months of agenda: as many pages as they take, each numbered "of" the whole, and
    every entry of `carnet agenda --json` on one of them, once."""
    pdf = tmp_path / "agenda.pdf"
    period = ("--from", "2026-10-01", "--to", "2026-12-31")
    code, _, err = export("--pdf", str(pdf), "--view", "agenda", *period, "--paper", paper,
                          *(["--landscape"] if landscape else []), lang=lang)
    assert code == 0, err
    pages = pages_of(pdf)
    assert pages >= 3
    of = "de" if lang == "fr" else "of"
    for page in range(1, pages + 1):
        assert f"Page {page} {of} {pages}" in text_of(pdf, page)
    text = text_of(pdf)
    for word in AGENDA_WORDS[lang][1:]:
        assert word in text, word
    code, out, _ = carnet_cli("agenda", "--json", *period)
    entries = [e for e in json.loads(out)["Entries"] if e["Kind"] != "Closure"]
    assert len(entries) > 40
    shown = [line for line in text.splitlines()
             if " · " in line and ("Tremblay" in line or "Gagnon" in line)]
    assert len(shown) == len(entries)  # each member's entry once, on one page or another


def test_the_month_filters_and_the_title_in_french(export, tmp_path):
    pdf = tmp_path / "felix.pdf"
    code, _, err = export("--pdf", str(pdf), "--view", "month", "--person", "felix",
                          "--from", "2026-11-01", "--to", "2026-12-31", lang="fr")
    assert code == 0, err
    assert pages_of(pdf) == 2  # a page per month
    first, second = text_of(pdf, 1), text_of(pdf, 2)
    assert "Novembre 2026" in first and "Décembre 2026" in second
    assert "Félix Tremblay · Toutes les organisations" in first
    assert "Félix" in first and "Zoé" not in first and "Léa" not in first


def test_the_week(export, tmp_path):
    pdf = tmp_path / "week.pdf"
    code, _, err = export("--pdf", str(pdf), "--view", "week", "--from", "2026-11-03",
                          lang="fr")
    assert code == 0, err
    text = text_of(pdf)
    assert pages_of(pdf) == 1
    assert "Semaine du dim. 1er nov. au sam. 7 nov. 2026" in text
    assert "18 h 30–19 h 30" in text and "Étienne Tremblay" in text and "(personnel)" in text


def test_the_console_script_paints_without_a_display(tmp_path):
    """`carnet export --pdf` as installed, with no display and no Qt platform named: it makes
    its own QGuiApplication (offscreen on Linux), not the QCoreApplication of the other
    commands, which cannot paint text."""
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # its key in store.key
    script, folder = str(Path(sys.executable).with_name("carnet")), str(tmp_path / "cli")
    filled = subprocess.run([script, "--data-dir", folder, "demo-data"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert filled.returncode == 0, filled.stderr
    pdf = tmp_path / "agenda.pdf"
    done = subprocess.run([script, "--data-dir", folder, "--lang", "fr", "export", "--pdf",
                           str(pdf), "--view", "agenda"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert str(pdf) in done.stdout and "Traceback" not in done.stderr
    assert pages_of(pdf) >= 1 and "Agenda du 1er novembre 2026" in text_of(pdf)


def test_the_locale_chooses_the_paper(qapp):
    for name, paper in (("fr_CA", "letter"), ("en_CA", "letter"), ("en_US", "letter"),
                        ("fr_FR", "a4"), ("fr_BE", "a4"), ("en_GB", "a4")):
        assert printing.default_paper(QLocale(name)) == paper, name


def grey(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


def region(image: QImage, box: tuple[float, float, float, float], scale: float
           ) -> list[list[int]]:
    left, top, right, bottom = (round(v * scale) for v in box)
    return [[grey(image, x, y) for x in range(left, right)] for y in range(top, bottom)]


def words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """The words of the first page with their boxes (points)."""
    html = poppler("pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-")
    return [(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]


def cell(found: list, day: str, right: str, below: str) -> tuple[float, float, float, float]:
    """The empty lower half of a day's cell of the grid: from its day number to the next
    day's (right) and the next week's (below)."""
    def at(text):
        return next(w for w in found if w[0] == text)

    here, east, south = at(day), at(right), at(below)
    top = here[4] + (south[2] - here[4]) * 0.6
    return here[1] + 2, top, east[1] - 6, south[2] - 6


def dark_runs(row: list[int], background: int) -> int:
    """How many separate strokes darker than the background cross a line of pixels."""
    runs, inside = 0, False
    for value in row:
        dark = value < background - 25
        runs += dark and not inside
        inside = dark
    return runs


def test_closures_stay_apart_in_greyscale(export, tmp_path):
    """Printed in black and white, pink, blue and purple are one grey: a closed day is hatched,
    an open one is not. On the grey picture of the page, a line across the lower half of a
    closed day's cell (Monday 16, Friday 13) crosses a stroke every few points; the same line
    in an open day's cell (Wednesday 18, Thursday 19) crosses none."""
    pdf = tmp_path / "month.pdf"
    assert export("--pdf", str(pdf), "--view", "month", "--from", "2026-11-01",
                  "--landscape")[0] == 0
    found = words(pdf)
    poppler("pdftoppm", "-gray", "-png", "-r", "144", "-f", "1", "-l", "1", str(pdf),
            str(tmp_path / "grey"))
    image = QImage(str(next(tmp_path.glob("grey*.png"))))
    assert image.isGrayscale()
    scale = 144 / 72
    for closed, right, below in (("16", "17", "23"), ("13", "14", "20")):
        pixels = region(image, cell(found, closed, right, below), scale)
        width_pt = len(pixels[0]) / scale
        for row in pixels[::7]:
            assert dark_runs(row, max(row)) >= width_pt / 3.5 * 0.7, closed
    for open_day, right, below in (("18", "19", "25"), ("19", "20", "26")):
        pixels = region(image, cell(found, open_day, right, below), scale)
        assert all(dark_runs(row, 255) == 0 for row in pixels), open_day
        assert min(min(row) for row in pixels) > 230  # white paper, nothing on it


def test_the_kinds_keep_their_colours(export, tmp_path):
    pdf = tmp_path / "month.pdf"
    assert export("--pdf", str(pdf), "--view", "month", "--from", "2026-11-01")[0] == 0
    poppler("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(pdf),
            str(tmp_path / "colour"))
    image = QImage(str(next(tmp_path.glob("colour*.png"))))
    seen = {QColor(image.pixel(x, y)).rgb() for y in range(image.height())
            for x in range(image.width())}
    for kind, colour in KIND_COLOURS.items():
        near = [c for c in seen if all(abs(a - b) <= 12 for a, b in zip(
            QColor(c).getRgb()[:3], colour.getRgb()[:3], strict=True))]
        assert near, kind


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang,why", [("fr", "le disque est plein"), ("en", "the disk is full")])
def test_a_full_disk_leaves_the_old_file_whole(export, tmp_path, monkeypatch, lang, why):
    pdf = tmp_path / "month.pdf"
    pdf.write_bytes(b"my previous printout")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = export("--pdf", str(pdf), "--view", "month", lang=lang)
    monkeypatch.undo()
    assert code == 2 and "Traceback" not in err
    assert str(pdf) in err and why in err
    assert pdf.read_bytes() == b"my previous printout"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".month")] == []


@pytest.mark.parametrize("lang,why", [("fr", "on ne peut pas écrire dans ce dossier"),
                                      ("en", "that folder cannot be written to")])
def test_an_unwritable_folder_is_named(export, tmp_path, monkeypatch, lang, why):
    target = tmp_path / "locked" / "month.pdf"
    target.parent.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the folder refuses as it would anyone else
        import tempfile

        def refused(*_args, **_kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    else:
        target.parent.chmod(0o500)
    try:
        code, _, err = export("--pdf", str(target), "--view", "agenda", lang=lang)
    finally:
        monkeypatch.undo()
        target.parent.chmod(0o700)
    assert code == 2 and "Traceback" not in err
    assert str(target) in err and why in err
    assert list(target.parent.iterdir()) == []


def test_a_folder_that_does_not_exist(export, tmp_path):
    target = tmp_path / "nowhere" / "month.pdf"
    code, _, err = export("--pdf", str(target), "--view", "month", lang="fr")
    assert code == 2 and "Traceback" not in err
    assert str(target) in err and "ce dossier n'existe pas" in err


# --- the window ------------------------------------------------------------------------------


def fill_dialog(path: Path, paper: str, landscape: bool) -> None:
    """Answer the Export PDF dialog when it shows."""

    def answer() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PdfDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.path.setText(str(path))
        dialog.paper.setCurrentIndex(dialog.paper.findData(paper))
        dialog.orientation.setCurrentIndex(int(landscape))
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("carnet", ["fr", "en"], indirect=True)
def test_the_window_exports_what_its_calendar_shows(carnet, qtbot, tmp_path, request):
    """File ▸ Export PDF… on the agenda filtered to one member: the agenda's days of the month,
    that member's entries only, on the paper chosen."""
    lang = request.node.callspec.params["carnet"]
    window = carnet.window
    panel = window.home.calendar
    panel.person.setCurrentIndex(panel.person.findText("Zoé Tremblay"))
    window.show_view("agenda")
    carnet.state.wait()
    pdf = tmp_path / "zoé.pdf"
    fill_dialog(pdf, "a4", True)
    window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(pdf.exists, timeout=10_000)
    assert page_size(pdf) == (842, 595)
    text = text_of(pdf)
    assert "Zoé Tremblay" in text and "Félix" not in text and "Léa" not in text
    assert ("Agenda du 1er novembre 2026" if lang == "fr" else
            "Agenda from November 1, 2026") in text
    assert ("Natation — Junior 3 · Zoé Tremblay") in text
    assert str(pdf) in window.statusBar().currentMessage()


def test_the_window_says_when_the_pdf_cannot_be_written(carnet, qtbot, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    target = tmp_path / "nowhere" / "month.pdf"
    fill_dialog(target, "letter", False)
    carnet.window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert str(target) in said[0] and "that folder does not exist" in said[0]
    assert not target.parent.exists()


def test_the_window_prints_through_a_preview(carnet, qtbot):
    """File ▸ Print… opens a preview of the month shown: its pages are the printout's."""
    window = carnet.window
    seen: list[int] = []

    def look() -> None:
        printing_ = window.printing()
        preview = printing_.preview if printing_ is not None else None
        if preview is None or not preview.isVisible():
            QTimer.singleShot(20, look)
            return
        widget = preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen.append(widget.pageCount())
        preview.reject()

    QTimer.singleShot(0, look)
    window.actions_by_name["print"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [1]
    assert window.printing().preview is None
