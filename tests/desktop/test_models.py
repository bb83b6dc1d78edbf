"""Every model of the Home tab passes qtmodeltester, filled with the demo family."""

from __future__ import annotations

from desktop.models.postdated_proxy import PostdatedProxy


def test_entry_list_model(carnet, qtmodeltester):
    assert carnet.upcoming.rowCount() == 5
    qtmodeltester.check(carnet.upcoming, force_py=True)
    carnet.state.set_mode("agenda")  # the agenda's list is filled when it shows
    carnet.state.wait()
    agenda = carnet.window.home.calendar.agenda_model
    assert agenda.rowCount() > 20
    qtmodeltester.check(agenda, force_py=True)


def test_quick_access_model(carnet, qtmodeltester):
    assert carnet.quick.rowCount() == 4
    qtmodeltester.check(carnet.quick, force_py=True)


def test_postdated_model_and_proxy(carnet, qtmodeltester):
    assert carnet.postdated.rowCount() == 5
    qtmodeltester.check(carnet.postdated, force_py=True)
    proxy = PostdatedProxy()
    proxy.setSourceModel(carnet.postdated)
    proxy.set_statuses({"Scheduled"})
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_statuses(None)
    proxy.sort(2)
    amounts = [proxy.data(proxy.index(r, 2)) for r in range(proxy.rowCount())]
    assert amounts[0] == "$70.00" and amounts[-1] == "$217.80"
