"""The window on any screen (issue 16, item 1 and the layout's Done-when): the first window
takes most of the screen it opens on, a remembered one comes back inside it; at 1024×600,
1366×768 and 1920×1080, every tab and every calendar view, in French and English, the window
keeps the size it was given, Home has no horizontal scroll bar, and no text is cut in the tab
bar, the menus or the buttons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QWidget,
)

from desktop import i18n
from desktop.app import build
from desktop.views import TABS
from desktop.views.main_window import MainWindow

SIZES = [(1024, 600), (1366, 768), (1920, 1080)]
VIEWS = ("month", "week", "agenda")
LARGEST = QSize(1600, 1000)  # a first window this big is big enough, whatever the screen

@pytest.fixture(params=["fr", "en"])
def lang(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def window_at(qtbot, demo_store, lang):
    """The window in `lang`, on the demo family; closed after the test."""
    made = []

    def make(size: tuple[int, int], settings: QSettings | None = None):
        app = build(demo_store, lang, "famille.tremblay@example.ca", settings)
        qtbot.addWidget(app.window)
        if size is not None:
            app.window.resize(*size)
        app.window.show()
        qtbot.waitExposed(app.window)
        made.append(app)
        return app

    yield make
    for app in made:
        app.stop()
        app.window.settings_store = None
        app.window.close()


def settle(app) -> None:
    app.wait()
    for _ in range(3):  # layout requests, then what they post
        QApplication.processEvents()


def show_view(app, name: str) -> None:
    """A calendar view as a person picks it (the view switch of the Home tab)."""
    app.window.show_view(name)
    settle(app)


def cut_buttons(root: QWidget) -> list[str]:
    """Buttons narrower than their text needs (their size hint)."""
    return [f"{type(b).__name__} {b.text()!r} {b.width()} < {b.sizeHint().width()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]


def cut_tabs(window: MainWindow) -> list[str]:
    bar = window.tabs.tabBar()
    found = [f"tab {bar.tabText(i)!r} {bar.tabRect(i).width()} < {bar.tabSizeHint(i).width()}"
             for i in range(bar.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()]
    if any(b.isVisible() for b in bar.findChildren(QAbstractButton)):  # the scroll arrows
        found.append("the tab bar scrolls: some tabs are out of sight")
    return found


def cut_menus(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    found = []
    for action in bar.actions():
        shown = bar.actionGeometry(action)
        needed = bar.fontMetrics().horizontalAdvance(action.text().replace("&", ""))
        if not shown.isValid() or shown.right() > bar.width() or shown.width() < needed:
            found.append(f"menu {action.text()!r} out of the bar or cut")
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.sizeHint().width() > window.width():
            found.append(f"menu {action.text()!r} wider than the window")
    return found


def home_scroll_bars(window: MainWindow) -> list[str]:
    return [f"{type(a).__name__} {a.accessibleName()!r}"
            for a in window.home.findChildren(QAbstractScrollArea)
            if a.isVisible() and a.horizontalScrollBar().isVisible()]


# --- the first window and a remembered one ------------------------------------------------------

def between(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def test_the_first_window_takes_most_of_the_screen_centred(window_at):
    """On the tests' own screen (offscreen: 800×600, narrower than the window's minimum,
    so heights tell): the process tests below try laptop and desktop screens."""
    app = window_at(None)
    window = app.window
    settle(app)
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert between((frame.top(), frame.bottom()), (area.top(), area.bottom())), (frame, area)
    assert window.height() >= min(0.85 * area.height(), LARGEST.height())
    assert abs(frame.center().y() - area.center().y()) <= 2


def test_a_remembered_geometry_too_big_for_the_screen_comes_back_inside(window_at, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = window_at((900, 2000), settings)
    area = first.window.screen().availableGeometry()
    first.window.move(area.right() - 100, area.bottom() - 50)  # mostly off the screen
    first.window.close()
    again = window_at(None, settings)
    settle(again)
    frame = again.window.frameGeometry()
    assert between((frame.top(), frame.bottom()), (area.top(), area.bottom())), (frame, area)
    assert area.left() <= frame.left() < area.right() - 100, (frame, area)


SCREEN_PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.app import build
    from services.store.store import Store
    folder, saved = Path(sys.argv[1]), json.loads(sys.argv[2])
    store = Store.open(folder)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    if saved:
        made = build(store, "fr", "x", settings)
        made.window.show()
        made.window.setGeometry(*saved)
        QApplication.processEvents()
        made.window.close()
        made.stop()
    carnet = build(store, "fr", "x", settings)
    carnet.window.show()
    for _ in range(3):
        QApplication.processEvents()
    frame, area = carnet.window.frameGeometry(), carnet.window.screen().availableGeometry()
    print(json.dumps([frame.getRect(), area.getRect(), carnet.window.size().toTuple()]))
    carnet.stop()
    store.close()
""")


def on_screen(tmp_path: Path, demo, screen: tuple[int, int], saved: list | None = None):
    """The first window (or the one remembered at `saved`: x, y, width, height) on a screen
    of `screen` pixels, in its own process: (frame, free area, size)."""
    from services.store import dataset_io
    from services.store.store import Store

    folder = tmp_path / f"data-{screen[0]}"
    if not folder.exists():
        store = Store.open(folder)
        dataset_io.load(store, demo)
        store.close()
    config = tmp_path / f"screen-{screen[0]}.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96}]}))
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", SCREEN_PROBE, str(folder), json.dumps(saved)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=root)
    assert done.returncode == 0, done.stderr
    frame, area, size = json.loads(done.stdout.strip().splitlines()[-1])
    return frame, area, size


def contains(area: list[int], frame: list[int]) -> bool:
    return (frame[0] >= area[0] and frame[1] >= area[1] and frame[0] + frame[2] <= area[0]
            + area[2] and frame[1] + frame[3] <= area[1] + area[3])


@pytest.mark.process
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080), (1024, 600), (2560, 1440)])
def test_first_start_on_a_screen_fills_most_of_it(tmp_path, demo, screen):
    frame, area, size = on_screen(tmp_path, demo, screen)
    assert contains(area, frame), (frame, area)
    assert size[0] >= min(0.85 * area[2], LARGEST.width()), (size, area)
    assert size[1] >= min(0.85 * area[3], LARGEST.height()), (size, area)


@pytest.mark.process
def test_a_window_saved_on_a_bigger_screen_comes_back_inside_the_laptops(tmp_path, demo):
    frame, area, _ = on_screen(tmp_path, demo, (1366, 768), saved=[1500, 400, 1800, 1000])
    assert contains(area, frame), (frame, area)


# --- every size, tab and view -------------------------------------------------------------------

def check_shown(app, size: tuple[int, int], where: str) -> list[str]:
    window = app.window
    problems = []
    if window.size().toTuple() != size:
        problems.append(f"{where}: the window is {window.size().toTuple()}, not {size}")
    problems += [f"{where}: {p}" for p in cut_tabs(window) + cut_menus(window)
                 + cut_buttons(window.tabs.currentWidget()) + cut_buttons(window.statusBar())]
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_keeps_the_size_it_was_given_and_cuts_nothing(window_at, size):
    app = window_at(size)
    window = app.window
    problems = []
    for name in TABS:
        window.show_tab(name)
        settle(app)
        problems += check_shown(app, size, name)
    assert problems == []


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_in_every_view_keeps_the_size_and_has_no_horizontal_scroll_bar(window_at, view,
                                                                            size):
    app = window_at(size)
    window = app.window
    window.show_tab("home")
    show_view(app, view)
    problems = check_shown(app, size, view)
    problems += [f"{view}: horizontal scroll bar in {a}" for a in home_scroll_bars(window)]
    assert window.minimumSizeHint().width() <= size[0], f"{view}: the minimum width"
    assert problems == []


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_screenshot_is_exactly_the_size_asked(cli, tmp_path, demo_store, size, view, lang):
    folder = demo_store.path.parent
    before = set(QApplication.topLevelWidgets())
    target = tmp_path / f"home-{lang}-{size[0]}-{view}.png"
    try:
        code, _, err = cli(folder, "--screenshot", str(target), "--size", f"{size[0]}x{size[1]}",
                           "--view", view, "--theme", "dark" if view == "week" else "light",
                           lang=lang)
        assert code == 0, err
        image = QImage(str(target))
        assert (image.width(), image.height()) == size
    finally:
        for widget in set(QApplication.topLevelWidgets()) - before:
            if isinstance(widget, MainWindow):
                widget.settings_store = None
                widget.close()
                widget.deleteLater()
        from desktop.app import apply_theme

        apply_theme("system")


def test_screenshot_theme_changes_the_picture_not_the_saved_choice(cli, tmp_path, demo_store):
    folder = demo_store.path.parent
    before = set(QApplication.topLevelWidgets())
    shots = {}
    try:
        for theme in ("light", "dark"):
            shots[theme] = tmp_path / f"{theme}.png"
            code, _, err = cli(folder, "--screenshot", str(shots[theme]), "--size", "1024x600",
                               "--theme", theme)
            assert code == 0, err
    finally:
        for widget in set(QApplication.topLevelWidgets()) - before:
            if isinstance(widget, MainWindow):
                widget.settings_store = None
                widget.close()
                widget.deleteLater()
        from desktop.app import apply_theme

        apply_theme("system")

    def lightness(path: Path) -> float:
        image = QImage(str(path))
        return image.pixelColor(image.width() // 2, image.height() - 3).lightnessF()

    assert lightness(shots["dark"]) < 0.4 < lightness(shots["light"])
    ini = folder / "window.ini"
    assert not ini.exists() or QSettings(str(ini), QSettings.Format.IniFormat).value(
        "ui/theme") in (None, "system")
    assert QGuiApplication.styleHints() is not None
