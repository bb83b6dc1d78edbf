"""`carnet update` in a bundle that updates itself (issue 20): a version an earlier check
downloaded is named as waiting for the next start, without asking the repository again."""

from __future__ import annotations

import pytest

from desktop import update


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> update.Install:
    """This process as a bundle with an update repository, in a folder of its own."""
    folder = tmp_path / "Carnet"
    folder.mkdir()
    where = update.Install(folder, folder / "carnet")
    monkeypatch.setattr(update, "installed", lambda: where)
    monkeypatch.setattr(update, "source", lambda: update.Source("https://updates.invalid/",
                                                               tmp_path / "root.json"))
    return where


def stage(where: update.Install, version: str) -> None:
    where.staged.mkdir()
    (where.staged / update.MARK).write_text(version, encoding="utf-8")


def test_a_version_already_downloaded_is_named(cli, bundle, tmp_path, monkeypatch):
    stage(bundle, "99.0.0")
    monkeypatch.setattr(update, "check", lambda *a, **k: pytest.fail("asked the repository"))
    code, out, _ = cli(tmp_path / "data", "update")
    assert code == 0 and "Carnet 99.0.0 is downloaded and verified" in out
    assert "up to date" not in out


def test_an_older_staged_version_is_not_offered(cli, bundle, tmp_path, monkeypatch):
    stage(bundle, "0.0.1")
    asked = []
    monkeypatch.setattr(update, "check", lambda *a, **k: asked.append(a) or None)
    code, out, _ = cli(tmp_path / "data", "update")
    assert code == 0 and asked and "is up to date" in out
    assert update.waiting(bundle) is None
