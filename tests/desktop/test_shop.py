"""HOME-1: a quick-access card's Shop opens that organization's online store in the browser
(issue 16, item 2: its signal was connected nowhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from services.store import reads


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def store_urls(carnet) -> dict[int, str]:
    with carnet.store.reader() as conn:
        return {ident: org.store_url for ident, org in reads.organizations(conn).items()}


def shop_button(card) -> QPushButton:
    return next(b for b in card.findChildren(QPushButton)
                if b.property("action") == "shop" or b.text() == "Shop")


def test_every_cards_shop_opens_its_organizations_store(carnet, qtbot, opened):
    cards = carnet.window.home.quick.cards
    urls = store_urls(carnet)
    assert len(cards) >= 2
    for card in cards:
        qtbot.mouseClick(shop_button(card), Qt.MouseButton.LeftButton)
    assert opened == [urls[card.card.organization.id] for card in cards]
    assert all(url.startswith("https://") for url in opened)


def test_shop_works_from_the_keyboard(carnet, qtbot, opened):
    card = carnet.window.home.quick.cards[-1]
    button = shop_button(card)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened == [store_urls(carnet)[card.card.organization.id]]


def test_a_store_the_platform_gives_no_usable_address_for_opens_nothing(carnet, qtbot,
                                                                        opened):
    """No address, or one that is not a web page (javascript:, file:): the button says so and
    is off; nothing is handed to the system."""
    from services.domain import entities as e

    cards = carnet.window.home.quick.cards
    first, second = cards[0].card.organization.id, cards[1].card.organization.id
    with carnet.store.write() as conn:
        for ident, url in ((first, ""), (second, "file:///etc/passwd")):
            org = carnet.store.get(conn, e.Organization, ident)
            carnet.store.upsert(conn, [org.model_copy(update={"store_url": url})])
    from desktop.changes import Changes

    carnet.workspace.hub.publish(Changes.of({"Organization": {first, second}}))
    carnet.wait()
    cards = carnet.window.home.quick.cards
    for card in cards:
        if card.card.organization.id in (first, second):
            button = shop_button(card)
            assert not button.isEnabled() and button.toolTip()
            carnet.window.home.quick.shopRequested.emit(card.card.organization.id)
    assert opened == []
