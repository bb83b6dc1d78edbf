"""Issue 14, what the platform now answers, said to the person: a lockout (429
TooManyAttempts) with the time it ends, in the CLI, the sign-in dialog and the account dialogs;
a server address Carnet will not send a password to, before any request; a link to another
server during a sync."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
import requests
from PySide6.QtCore import QDateTime, QLocale

from desktop import i18n
from desktop.launch import sign_in
from desktop.views.sign_in import SignInDialog
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.domain.messages import message
from services.store.reads import SERVER
from services.store.store import Store
from tests.net import Listener
from tests.reference import connect

UNTIL = {"en": r"until (?P<time>.+?) \(in about (?P<minutes>\d+) min\)",
         "fr": r"jusqu'à (?P<time>.+?) \(dans environ (?P<minutes>\d+) min\)"}


def lock_out(platform) -> None:
    """Wrong passwords until the platform refuses every sign-in for a while."""
    for _ in range(platform.settings.max_failed_logins):
        answer = requests.get(f"{platform.url}/api/v3/en/authenticate",
                              auth=(DEMO_USERNAME, "not the password"), timeout=10)
        assert answer.status_code == 401
    answer = requests.get(f"{platform.url}/api/v3/en/authenticate",
                          auth=(DEMO_USERNAME, DEMO_PASSWORD), timeout=10)
    assert answer.status_code == 429


def ends_at(text: str, lang: str, window_seconds: int, began: datetime) -> None:
    """`text` says the lockout ends at a clock time near began + the window, in minutes."""
    found = re.search(UNTIL[lang], text)
    assert found, text
    locale = i18n.locale_for(lang)
    times = set()
    for second in range(-90, 91, 15):
        moment = began + timedelta(seconds=window_seconds + second)
        shown = locale.toString(QDateTime(moment).time(), QLocale.FormatType.ShortFormat)
        # Québec writes the hour unpadded (0 h 21, desktop.formatting.unpadded_hours).
        times |= {shown, re.sub(r"^0(\d)", r"\1", shown)}
    assert found["time"] in times, (found["time"], times)
    assert int(found["minutes"]) in (window_seconds // 60, window_seconds // 60 + 1)
    assert message("TooManyAttemptsUntil", lang, time=found["time"],
                   minutes=found["minutes"]) in text


def test_carnet_login_during_the_lockout_says_until_when(cli, tmp_path, platform):
    lock_out(platform)
    began = datetime.now()
    code, _, err = cli(tmp_path / "data", "login", "--server", platform.url, "--username",
                         DEMO_USERNAME)
    assert code == 2 and "Traceback" not in err
    assert "Too many failed attempts" in err and "not answering" not in err
    ends_at(err, "en", platform.settings.failed_login_window_seconds, began)


def test_the_sign_in_dialog_during_the_lockout_says_until_when(qapp, tmp_path,
                                                               platform):
    lock_out(platform)
    began = datetime.now()
    store = Store.open(tmp_path / "s")
    try:
        refused = sign_in(store, "fr", platform.url, DEMO_USERNAME, DEMO_PASSWORD, False)
    finally:
        store.close()
    assert isinstance(refused, str) and refused.startswith("Trop de tentatives infructueuses")
    ends_at(refused, "fr", platform.settings.failed_login_window_seconds, began)


@pytest.fixture
def online(qapp, tmp_path, platform):
    """A workspace with a signed-in session, as the Settings tab has it."""
    from tests.desktop.tabs import online_workspace

    session = connect(platform.url, tmp_path / "online")
    ws = online_workspace(session)
    yield ws
    ws.wait()
    ws.stop()
    session.close()


def test_wrong_current_passwords_end_in_a_lockout_said_until_when(qtbot, online,
                                                                  platform):
    from desktop.views.account_dialogs import PasswordDialog

    dialog = PasswordDialog(online.ops)
    qtbot.addWidget(dialog)
    for attempt in range(platform.settings.max_failed_attempts + 1):
        if attempt == platform.settings.max_failed_attempts:
            began = datetime.now()
        dialog.current.setText("not the current one")
        dialog.new.setText("Un-nouveau-mot-2026")
        dialog.again.setText("Un-nouveau-mot-2026")
        dialog.submit()
        online.wait()  # sent on the writer thread
    said = dialog.section.general_error.text()
    assert said.startswith("Too many failed attempts"), said
    ends_at(said, "en", platform.settings.failed_attempt_window_seconds, began)


@pytest.mark.expect_log("confirmation code", logger="carnet.server")
def test_wrong_confirmation_codes_end_in_a_lockout_said_until_when(qtbot, online,
                                                                   platform):
    from desktop.views.account_dialogs import UsernameDialog

    dialog = UsernameDialog(online.ops)
    qtbot.addWidget(dialog)
    dialog.new.setText("famille.tremblay@nouveau.example.ca")
    dialog.submit()
    online.wait()  # sent on the writer thread
    assert dialog.code.isEnabled()
    for attempt in range(platform.settings.max_failed_attempts + 1):
        if attempt == platform.settings.max_failed_attempts:
            began = datetime.now()
        dialog.code.setText("00000x"[: 5] + str(attempt))  # never the code sent
        dialog.submit()
        online.wait()
    said = dialog.section.general_error.text()
    assert said.startswith("Too many failed attempts"), said
    ends_at(said, "en", platform.settings.failed_attempt_window_seconds, began)


def bad_servers(listener: Listener) -> dict[str, str]:
    return {f"http://127.0.0.1@192.0.2.2:{listener.port}": "ServerUrlUserinfo",
            f"http://user:pass@127.0.0.1:{listener.port}": "ServerUrlUserinfo",
            "http://localhost.example.invalid": "ServerUrlNotHttps",
            "http://example.com": "ServerUrlNotHttps",
            f"ftp://127.0.0.1:{listener.port}": "ServerUrlInvalid"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_carnet_login_refuses_a_server_address_in_one_line(cli, tmp_path, listener, lang):
    folder = tmp_path / "data"
    for server, code in bad_servers(listener).items():
        status, out, err = cli(folder, "login", "--server", server, "--username",
                               DEMO_USERNAME, lang=lang)
        assert status == 2 and out == "", (server, err)
        assert len(err.strip().splitlines()) == 1 and message(code, lang) in err, (server, err)
    assert listener.connections == 0
    assert not folder.exists()  # nothing was even opened


def test_the_sign_in_dialog_shows_a_refused_address_on_the_server_field(qtbot, tmp_path,
                                                                        listener):
    store = Store.open(tmp_path / "s")
    try:
        for server, code in bad_servers(listener).items():
            refused = sign_in(store, "fr", server, DEMO_USERNAME, "x", False)
            assert refused == message(code, "fr") and refused.field == "server"
        with store.reader() as conn:
            assert conn.execute('SELECT value FROM meta WHERE "key" = ?',
                                (SERVER,)).fetchone() is None
    finally:
        store.close()
    assert listener.connections == 0
    dialog = SignInDialog(server="http://example.com", username=DEMO_USERNAME)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("typed")
    dialog.show_error(refused, refused.field)
    assert dialog.server_error.isVisible() and dialog.server_error.text() == refused
    assert not dialog.error.isVisible() and dialog.password.text() == "typed"
    dialog.show_error("Wrong username or password.")  # the next answer: below the form
    assert not dialog.server_error.isVisible() and dialog.error.isVisible()


@pytest.mark.expect_log("sync stopped: ForeignLink", logger="services.sync.engine")
def test_carnet_sync_says_a_link_to_another_server(cli, tmp_path, platform, proxy,
                                                   listener):
    from tests.reference import sign_in as web_sign_in

    folder = tmp_path / "data"
    assert cli(folder, "login", "--server", proxy.url, "--username", DEMO_USERNAME)[0] == 0
    web = web_sign_in(platform, DEMO_USERNAME, DEMO_PASSWORD)
    for ident, name in ((203, "Zoë"), (205, "Léonie")):  # two changes: two pages of one
        assert web.patch(f"/me/persons/{ident}", json={"FirstName": name}).status_code == 200
    proxy.foreign = f"http://127.0.0.1:{listener.port}"
    proxy.fail("foreign", "GET", "/me/changes")
    for lang in ("en", "fr"):
        status, _, err = cli(folder, "sync", "--page-size", "1", lang=lang)
        assert status == 2 and message("ForeignLink", lang) in err, err
        proxy.fail("foreign", "GET", "/me/changes")
    assert listener.connections == 0


@pytest.mark.process
def test_the_status_bar_says_a_link_to_another_server(qtbot, carnet_via_proxy,
                                                      listener):
    """The sync runs in its own process; its error reaches the status bar as any other."""
    from desktop.app import attach_session, build
    from services.sync import outbox

    session = carnet_via_proxy
    assert session.engine.sync().ok
    session.edits.update_person(203, first_name="Zoë")
    with session.store.write() as conn:  # an edit whose request names another server
        [entry] = outbox.entries(session.store, conn)
        entry.request.path = f"http://127.0.0.1:{listener.port}/api/v3/en/me/persons/203"
        outbox.rewrite(session.store, conn, entry)
    app = build(session.store, "en", DEMO_USERNAME)
    qtbot.addWidget(app.window)
    states = []
    app.bridge.state.connect(lambda state, code: states.append((state, code)))
    attach_session(app, session)
    try:
        qtbot.waitUntil(lambda: ("error", "ForeignLink") in states, timeout=20_000)
    finally:
        app.sync.stop()
        app.stop()
    status = app.window.status
    assert status.connection.text() == "Sync problem"
    assert status.connection.toolTip() == message("ForeignLink", "en")
    assert listener.connections == 0


def test_a_lockout_the_sync_met_is_said_without_a_placeholder(qtbot, demo_store):
    from desktop.models.status_model import StatusModel
    from desktop.views.status_area import StatusArea
    from tests.desktop.tabs import workspace

    status = StatusArea(StatusModel(workspace(demo_store)), DEMO_USERNAME, "en")
    qtbot.addWidget(status)
    status.set_state("error", "TooManyAttempts")
    assert status.connection.toolTip().startswith("Too many failed attempts")
    assert "{" not in status.connection.toolTip()


def test_the_waiting_edits_button_leaves_room_for_its_arrow(qtbot, demo_store):
    """Issue 16: "0 modification en attente" had the menu's arrow drawn over its last letter."""
    from PySide6.QtWidgets import QStyle

    from desktop.models.status_model import StatusModel
    from desktop.views.status_area import StatusArea
    from tests.desktop.tabs import workspace

    status = StatusArea(StatusModel(workspace(demo_store)), DEMO_USERNAME, "fr")
    qtbot.addWidget(status)
    status.show()
    button = status.pending
    button.setText("0 modification en attente")
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= text + arrow + 6
