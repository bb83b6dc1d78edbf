"""Contrast and themes (issue 16, item 9; DESIGN: colours pass WCAG AA in light and dark): every
chip's text on its background, and every day number on its cell, at least 4.5:1 in a light, a
dark and a high-contrast palette; Dark gives a dark palette where the platform reports no
colour scheme, and Light or System gives the light one back."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop.views import palette
from services.domain.calendar import EntryKind


def high_contrast() -> QPalette:
    colours = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#000000"),
                         (QPalette.ColorRole.Window, "#000000"),
                         (QPalette.ColorRole.Text, "#FFFFFF"),
                         (QPalette.ColorRole.WindowText, "#FFFFFF"),
                         (QPalette.ColorRole.Mid, "#FFFF00")):
        colours.setColor(role, QColor(colour))
    return colours


def palettes() -> dict[str, QPalette]:
    fusion = QStyleFactory.create("Fusion")
    return {"light": fusion.standardPalette(), "dark": palette.dark_palette(),
            "high contrast": high_contrast()}


@pytest.fixture
def restore_theme(qapp):
    style = qapp.style().name()
    yield
    palette.apply("system")
    qapp.setStyle(style)


def test_the_contrast_ratio_is_wcags():
    assert palette.contrast(QColor("#FFFFFF"), QColor("#000000")) == pytest.approx(21)
    assert palette.contrast(QColor("#1E88E5"), QColor("#FFFFFF")) == pytest.approx(3.68, abs=.01)
    assert palette.contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)


@pytest.mark.parametrize("kind", list(EntryKind))
def test_every_chip_text_reads_on_its_chip(qapp, kind):
    background, text = palette.chip_colours(kind)
    assert palette.contrast(text, background) >= 4.5, kind


@pytest.mark.parametrize("name", ["light", "dark", "high contrast"])
def test_every_day_number_reads_on_its_cell(qapp, name):
    colours = palettes()[name]
    for closed, today, inside in itertools.product((False, True), repeat=3):
        cell = palette.cell_background(colours, closed=closed, today=today)
        number = palette.day_number_colour(colours, cell, inside=inside)
        ratio = palette.contrast(number, cell)
        assert ratio >= 4.5, (name, closed, today, inside, number.name(), cell.name(), ratio)
        if inside is False:  # outside the period: fainter, yet readable
            full = palette.day_number_colour(colours, cell, inside=True)
            assert ratio <= palette.contrast(full, cell)


def test_closed_and_today_cells_stay_pink_and_yellow_in_the_dark(qapp):
    dark = palette.dark_palette()
    base = dark.color(QPalette.ColorRole.Base)
    closed = palette.cell_background(dark, closed=True)
    today = palette.cell_background(dark, today=True)
    assert palette.is_dark(dark) and closed != base and today != base
    assert closed.red() > closed.green() and today.red() > today.blue()  # pink, yellow
    assert palette.luminance(closed) < 0.1 and palette.luminance(today) < 0.1  # dark


def test_the_dark_palette_reads(qapp):
    dark, role = palette.dark_palette(), QPalette.ColorRole
    for text, background in ((role.Text, role.Base), (role.WindowText, role.Window),
                             (role.ButtonText, role.Button), (role.ToolTipText, role.ToolTipBase),
                             (role.HighlightedText, role.Highlight), (role.Link, role.Base)):
        assert palette.contrast(dark.color(text), dark.color(background)) >= 4.5, text


def test_dark_applies_a_dark_palette_where_the_platform_reports_no_scheme(qapp, restore_theme):
    """Offscreen, the platform follows no colour scheme: Dark must still be dark."""
    palette.apply("dark")
    assert palette.is_dark(QApplication.palette())
    assert palette.luminance(QApplication.palette().color(QPalette.ColorRole.Window)) < 0.1
    palette.apply("light")
    assert not palette.is_dark(QApplication.palette())
    palette.apply("dark")
    palette.apply("system")
    assert not palette.is_dark(QApplication.palette())


# --- the painted grid: the colours it really paints -------------------------------------------


def painted_pairs(grid) -> list[tuple[str, QColor, QColor]]:
    """(what, text, background) of every chip and day number the grid paints, read off its
    pixels (text drawn without antialiasing: a text pixel is the text's colour)."""
    from collections import Counter

    image = grid.grab().toImage()

    def colours(rect) -> tuple[QColor, list[QColor]]:
        seen = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                       for y in range(rect.top(), rect.bottom()))
        (background, _), *others = seen.most_common()
        return QColor(background), [QColor(c) for c, _ in others]

    pairs = []
    for chip in grid.chips():
        # an entry's chip, or the "+N more" written on the cell; its right end left out: a
        # clashing entry's red corner (calendar_grid.paint_clash_mark) is a mark, not text
        background, texts = colours(chip.rect.adjusted(3, 2, -12, -2))
        pairs += [(f"chip {chip.text}", text, background) for text in texts]
    for rect, day in grid._cells:
        number = rect.adjusted(3, 3, -3, 0)
        number.setBottom(rect.top() + grid.day_line() - 1)  # the number's line, above the chips
        background, texts = colours(number)
        pairs += [(f"day {day}", text, background) for text in texts]
    return pairs


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_painted_grid_reads_in_light_and_dark(qapp, qtbot, demo_store, restore_theme, theme):
    from PySide6.QtGui import QFont

    from desktop import i18n
    from desktop.app import build

    font = QApplication.font()
    sharp = QFont(font)
    sharp.setStyleStrategy(QFont.StyleStrategy.NoAntialias)
    QApplication.setFont(sharp)
    palette.apply(theme)
    i18n.install("en")
    app = build(demo_store, "en", "famille.tremblay@example.ca")
    try:
        qtbot.addWidget(app.window)
        app.window.resize(1280, 800)
        app.window.show()
        from desktop.views.calendar_grid import CalendarGrid

        grid, state = app.window.findChild(CalendarGrid), app.state
        qtbot.waitUntil(lambda: not state.loading and bool(grid.chips()))
        for _ in range(12):  # a month with a closure
            if any(state.days.closed(day) for _rect, day in grid._cells):
                break
            state.step(1)
            qtbot.waitUntil(lambda: not state.loading)
        grid.relayout()
        assert any(state.days.closed(day) for _rect, day in grid._cells)
        pairs = painted_pairs(grid)
        assert pairs
        poor = [(what, text.name(), background.name(), round(palette.contrast(text, background), 2))
                for what, text, background in pairs if palette.contrast(text, background) < 4.5]
        assert poor == []
    finally:
        app.stop()
        app.window.close()
        QApplication.setFont(font)


def test_the_legend_explains_struck_through_and_italic(qtbot):
    """Issue 16, item 10: the legend said what the colours mean, not what a struck-through
    (cancelled) or italic (staff) entry means."""
    from PySide6.QtWidgets import QLabel

    from desktop.views.legend import Legend

    legend = Legend()
    qtbot.addWidget(legend)
    labels = [label for label in legend.findChildren(QLabel) if label.text()]
    struck = [label.text() for label in labels if label.font().strikeOut()]
    italic = [label.text() for label in labels if label.font().italic()]
    assert len(struck) == 1 and "cancel" in struck[0].lower()
    assert len(italic) == 1 and "staff" in italic[0].lower()
    kinds = [label for label in legend.findChildren(QLabel) if label.accessibleName() in
             ("Closures", "Activities", "Other events and bookings")]
    assert len(kinds) == 3  # each colour's swatch still named


@pytest.mark.parametrize("name", ["light", "dark", "high contrast"])
def test_error_texts_read_on_every_theme(qapp, name):
    from desktop.views.section import error_style

    colours = palettes()[name]
    error = QColor(error_style(colours).split(":")[1].strip(" ;"))
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert palette.contrast(error, colours.color(background)) >= 4.5, (name, background)


def test_an_error_label_follows_the_theme(qapp, qtbot, restore_theme):
    from desktop.views.section import error_label, error_style

    palette.apply("light")
    label = error_label()
    qtbot.addWidget(label)
    light = label.styleSheet()
    palette.apply("dark")
    qapp.processEvents()
    assert label.styleSheet() == error_style(QApplication.palette()) != light
