"""The calendar's colours (SPEC HOME-3): closures pink, activities blue, other events purple —
each pair of text and background at least WCAG AA (4.5:1) in light, dark and high-contrast
palettes — and the theme (SET-2): the platform's colour scheme when it follows the choice, else
Fusion's dark palette for Dark and the standard one back for Light or System.

The painting code asks these functions rather than hard-coding colours: `chip_colours` for an
entry's chip, `cell_background` for a day's cell, `day_number_colour` for what is written on
a cell (its day number, "+N more"), chosen by contrast with the cell it is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from services.domain.calendar import EntryKind

AA = 4.5  # WCAG 2 AA, normal-size text

KIND_COLOURS = {
    EntryKind.CLOSURE: QColor("#C2185B"),  # pink: 5.9:1 with white
    EntryKind.ACTIVITY: QColor("#1565C0"),  # blue: 5.8:1 with white
    EntryKind.EVENT: QColor("#8E24AA"),  # purple: 7.0:1 with white
}
TEXT_ON_CHIP = QColor("#FFFFFF")
CLOSURE_DAY = QColor("#FCE4EC")  # a closed day's cell, lightly pink (a light palette)
TODAY = QColor("#FFF8E1")  # today's cell, lightly yellow (a light palette)
# On a dark palette the same hues, mixed into the dark base instead of the white one.
_DARK_TINT = 0.28


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.18


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(b + (t - b) * amount for b, t in (
        (base.redF(), tint.redF()), (base.greenF(), tint.greenF()),
        (base.blueF(), tint.blueF()))))


def chip_colours(kind: EntryKind) -> tuple[QColor, QColor]:
    """An entry's chip: (background, text). The same in every palette: the chip is its own
    surface."""
    return KIND_COLOURS[EntryKind(kind)], TEXT_ON_CHIP


def cell_background(palette: QPalette, closed: bool = False, today: bool = False) -> QColor:
    """A day's cell: the palette's base, lightly pink when closed, lightly yellow today
    (today wins); on a dark palette the same hues darkened into its base."""
    base = palette.color(QPalette.ColorRole.Base)
    if not (closed or today):
        return base
    light = TODAY if today else CLOSURE_DAY
    if not is_dark(palette):
        return light
    hue = QColor("#FFC107") if today else KIND_COLOURS[EntryKind.CLOSURE]
    return _mix(base, hue, _DARK_TINT)


def readable(wanted: QColor, background: QColor, ratio: float = AA) -> QColor:
    """`wanted` if it reads on `background` (≥ ratio), else black or white, whichever reads
    better."""
    if contrast(wanted, background) >= ratio:
        return wanted
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast(black, background) >= contrast(white, background) else white


def day_number_colour(palette: QPalette, background: QColor, inside: bool = True) -> QColor:
    """What is written on a cell (its day number, "+N more"): the palette's text, or — for a
    day outside the period — the text faded towards the cell, as far as it still reads
    (≥ 4.5:1); on a cell where the palette's text does not read, black or white."""
    text = readable(palette.color(QPalette.ColorRole.Text), background)
    if inside:
        return text
    faded = text
    for step in range(1, 10):  # fade in tenths while the contrast holds
        candidate = _mix(text, background, step / 10)
        if contrast(candidate, background) < AA + 0.2:
            break
        faded = candidate
    return faded


# --- the theme (SET-2) ----------------------------------------------------------------------

_platform_style: str | None = None  # the style the application started with


def dark_palette() -> QPalette:
    """Fusion's dark palette: every text on its background at least 4.5:1."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor("#2B2B2B"), QColor("#1E1E1E"), QColor("#EDEDED")
    palette = QPalette()
    colours = {
        role.Window: window, role.WindowText: text, role.Base: base,
        role.AlternateBase: QColor("#262626"), role.ToolTipBase: QColor("#3A3A3A"),
        role.ToolTipText: text, role.PlaceholderText: QColor("#A8A8A8"), role.Text: text,
        role.Button: QColor("#353535"), role.ButtonText: text, role.BrightText: QColor("#FF8A80"),
        role.Light: QColor("#505050"), role.Midlight: QColor("#424242"),
        role.Mid: QColor("#5A5A5A"), role.Dark: QColor("#181818"), role.Shadow: QColor("#000000"),
        role.Highlight: QColor("#2F6DB5"), role.HighlightedText: QColor("#FFFFFF"),
        role.Link: QColor("#8AB4F8"), role.LinkVisited: QColor("#C58AF9"),
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, colour)
    disabled = QColor("#8C8C8C")  # 4.6:1 on the window
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, disabled)
    palette.setColor(group.Disabled, role.Highlight, QColor("#454545"))
    return palette


def _set_style(name: str) -> None:
    app = QApplication.instance()
    if app.style().name().lower() != name.lower():
        app.setStyle(name)


def apply(theme: str) -> None:
    """SET-2: "system", "light" or "dark". The platform's colour scheme is asked first (Qt 6.8+);
    where it does not follow (it reports none, or still the other one), Fusion's dark palette
    for Dark, Fusion's light one for Light on a dark platform, and the platform's style and
    palette back otherwise."""
    global _platform_style
    app = QApplication.instance()
    if _platform_style is None:
        _platform_style = app.style().name()
    hints = app.styleHints()
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    wanted = schemes.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    reported = hints.colorScheme()
    if wanted is Qt.ColorScheme.Dark and reported is not Qt.ColorScheme.Dark:
        _set_style("Fusion")
        app.setPalette(dark_palette())
    elif wanted is Qt.ColorScheme.Light and reported is Qt.ColorScheme.Dark:
        _set_style("Fusion")
        app.setPalette(app.style().standardPalette())
    else:  # the platform's own (an empty palette resolves to it)
        _set_style(_platform_style)
        app.setPalette(QPalette())
