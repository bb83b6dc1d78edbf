"""Issue 15: changes reach the models on one hub, and each model reads again only what it
shows, once per change — counted at the one place every model's read goes through."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.changes import Changes
from desktop.models.account_model import AccountModel
from desktop.models.billing_model import BillingModel
from desktop.models.calendar_state import CalendarState, FilterChoices
from desktop.models.clashes_model import ClashesModel
from desktop.models.communications_model import CommunicationsModel
from desktop.models.people_model import PeopleModel
from desktop.models.postdated_model import PostdatedModel
from desktop.models.quick_access_model import QuickAccessModel
from desktop.models.upcoming_model import UpcomingModel
from desktop.models.wallet_model import WalletModel
from desktop.tasks import Background
from desktop.views.people_tab import PeopleTab
from services.domain import clock
from services.domain.demo import ZOE
from services.store.tables import ResourceType
from tests.desktop.tabs import shown, workspace


class Reads(Counter):
    """Each read asked on `tasks` (one workspace's: another test's windows may linger), by
    the class of the model that asked it."""

    tasks = None


@pytest.fixture
def reads(monkeypatch) -> Reads:
    counted = Reads()
    real = Background.run

    def run(self, key, work, what=""):
        if self.tasks is counted.tasks:
            counted[type(self.parent()).__name__] += 1
        return real(self, key, work, what)

    monkeypatch.setattr(Background, "run", run)
    return counted


def every_model(ws) -> dict[str, object]:
    today = clock.today()
    made = [CalendarState(ws, today), FilterChoices(ws), UpcomingModel(ws),
            QuickAccessModel(ws, today), PostdatedModel(ws), PeopleModel(ws),
            BillingModel(ws), WalletModel(ws), CommunicationsModel(ws), AccountModel(ws),
            ClashesModel(ws)]
    for model in made:
        model.refresh()
    return {type(model).__name__: model for model in made}


def test_a_sync_batch_rereads_only_the_models_that_show_its_types(qtbot, demo_store, reads):
    ws = workspace(demo_store)
    reads.tasks = ws.tasks
    models = every_model(ws)
    ws.wait()
    assert set(reads) == set(models)  # each read once to start with
    calendar = models["CalendarState"]
    calendar.settle()  # its reads ahead, on a timer, must not land in a later count
    for kind in ResourceType:
        reads.clear()
        for ident in (1, 2, 3):  # a sync's pages, a few tenths of a second apart
            ws.hub.gather({kind.value: {ident}})
        ws.hub.flush()
        ws.wait()
        showing = {name for name, model in models.items() if kind in model.SHOWN}
        assert dict(reads) == dict.fromkeys(showing, 1), kind
        calendar.settle()
    assert reads  # some types are shown somewhere: the loop above did count reads
    ws.stop()


def test_one_person_saved_rereads_the_people_model_once(qtbot, demo_store, reads):
    ws = workspace(demo_store)
    reads.tasks = ws.tasks
    tab = shown(qtbot, PeopleTab(PeopleModel(ws), ws.ops))
    ws.wait()
    tab.select_person(ZOE)
    identity = tab.editor.sections[1]
    target = identity.fields["FirstName"]
    target = target.focusProxy() or target
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, "Zoey-Rose")
    reads.clear()
    qtbot.mouseClick(identity.save_button, Qt.MouseButton.LeftButton)
    ws.wait()
    assert identity.general_error.text() == ""
    assert reads["PeopleModel"] == 1
    assert tab.model.people_data.person(ZOE)[0].first_name == "Zoey-Rose"
    ws.stop()


def test_changes_name_only_the_store_s_resource_types(qtbot):
    with pytest.raises(ValueError):
        Changes.of({"Persons": {1}})  # a misspelt type is an error, not a silent no-op
    assert Changes.of({"Person": {1}}).touches({ResourceType.PERSON})
