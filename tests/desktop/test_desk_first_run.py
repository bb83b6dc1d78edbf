"""Issue 19, item 1: the first run asks whose calendar this is; the front desk's sign-in says
what went wrong under the field it is about and, signed in, remembers the organization for
the desk; a computer with organizations and no family account opens the desk."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt

from desktop import desk_launch, desk_orgs, i18n, launch
from desktop.views.desk_sign_in import DeskSignInDialog
from desktop.views.first_run import DESK, FAMILY, FirstRunDialog
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET

SLUG = "loisirs-beaumont"


class Typed(DeskSignInDialog):
    """The dialog as a person fills it in, one try per exec(); the errors it showed kept."""

    def __init__(self, tries: list[dict[str, str]]) -> None:
        super().__init__()
        self.tries, self.shown = list(tries), []

    def show_error(self, text: str, field: str = "") -> None:
        super().show_error(text, field)
        self.shown.append((field, text, self.secret.text()))

    def exec(self) -> int:
        if not self.tries:
            return 0
        for name, text in self.tries.pop(0).items():
            getattr(self, name).setText(text)
        return 1


@pytest.mark.parametrize(("button", "choice"), [("family", FAMILY), ("desk", DESK)])
def test_the_first_run_asks_whose_calendar_this_is(qtbot, button, choice):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice == choice and dialog.result() == FirstRunDialog.DialogCode.Accepted


def test_the_desk_sign_in_says_what_is_wrong_then_remembers(qapp, tmp_path, platform):
    i18n.install("en")
    good = {"server": platform.url, "org": SLUG, "key": DEMO_ORG_KEYS[CITY],
            "secret": DEMO_ORG_SECRET}
    dialog = Typed([{**good, "server": "ftp://nowhere"}, {**good, "org": "not a slug!"},
                    {**good, "secret": "wrong"}, good])
    orgs = desk_launch.sign_in(tmp_path, "en", dialog)
    fields = [field for field, _, _ in dialog.shown]
    assert fields == ["server", "org", ""]
    assert "not an organization number or store slug" in dialog.shown[1][1]
    assert "refused this key and secret: check them" in dialog.shown[2][1]
    assert dialog.shown[2][2] == ""  # the secret is typed again
    assert [o.org for o in orgs] == [SLUG] and orgs[0].key == DEMO_ORG_KEYS[CITY]
    assert [o.org for o in desk_orgs.signed_in(tmp_path)] == [SLUG]


def test_cancelling_the_desk_sign_in_signs_nobody_in(qapp, tmp_path):
    assert desk_launch.sign_in(tmp_path, "en", Typed([])) == []
    assert desk_orgs.signed_in(tmp_path) == []


@pytest.fixture
def recorded(monkeypatch):
    calls = []
    monkeypatch.setattr(desk_launch, "show", lambda orgs, args: calls.append(
        ("desk", [o.org for o in orgs])) or 0)
    monkeypatch.setattr(desk_launch, "sign_in", lambda data, lang: calls.append(
        ("sign in", lang)) or [desk_orgs.DeskOrg(data, SLUG)])
    return calls


def _args(tmp_path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(tmp_path), lang="en", screenshot=None,
                              tab="home", size="1280x800")


@pytest.mark.parametrize(("choice", "expected", "outcome"), [
    (DESK, [("sign in", "en"), ("desk", [SLUG])], 0),
    (FAMILY, [], None),
])
def test_a_first_run_goes_where_the_person_chose(qapp, tmp_path, monkeypatch, recorded,
                                                 choice, expected, outcome):
    def chosen(dialog) -> int:
        dialog.choice = choice
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", chosen)
    assert launch._front_desk(tmp_path, _args(tmp_path)) == outcome
    assert recorded == expected


def test_a_front_desk_computer_opens_the_desk_without_asking(qapp, tmp_path, monkeypatch,
                                                           recorded, platform):
    desk_orgs.sign_in(tmp_path, platform.url, SLUG, DEMO_ORG_KEYS[CITY], DEMO_ORG_SECRET, "en")
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: pytest.fail("asked"))
    assert launch._front_desk(tmp_path, _args(tmp_path)) == 0
    assert recorded == [("desk", [SLUG])]
