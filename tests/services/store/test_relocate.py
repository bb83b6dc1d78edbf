"""SET-2: the data folder moved — the store with its sealed values, its key, the window's
settings — and used from the next start; a move that cannot finish leaves the old folder whole
and still in use."""

from __future__ import annotations

import shutil

import pytest

from services.domain import entities as e
from services.domain.demo import ALLERGY_FELIX, FELIX
from services.security import keys
from services.store import paths, relocate
from services.store.store import Store


@pytest.fixture
def folder(demo_store: Store) -> Store:
    """The demo family's store, closed, with a window.ini beside it, at the default place."""
    (demo_store.path.parent / "window.ini").write_text("[ui]\nlang=fr\n")
    demo_store.close()
    return demo_store.path.parent


def allergies(data: object) -> str:
    store = Store.open(data)
    try:
        with store.read() as conn:
            return store.get(conn, e.Person, FELIX).medical_information.allergies
    finally:
        store.close()


def test_a_moved_folder_opens_with_its_sealed_values_and_is_used_next(folder, tmp_path,
                                                                       monkeypatch,
                                                                       memory_keyring):
    before = allergies(folder)
    assert keys.load(folder).location is keys.KeyLocation.KEYCHAIN
    monkeypatch.delenv("CARNET_DATA_DIR")
    new = relocate.move(folder, tmp_path / "elsewhere" / "Carnet")
    assert paths.data_dir() == new  # the next start
    assert not folder.exists()
    assert (new / "window.ini").read_text() == "[ui]\nlang=fr\n"
    assert allergies(new) == before == ALLERGY_FELIX  # the key came along: sealed values read
    assert keys.load(folder) is None  # the old folder's keychain entry is gone
    assert oct(new.stat().st_mode & 0o777) == "0o700"


def test_a_key_kept_in_a_file_moves_with_the_folder(folder, tmp_path, memory_keyring):
    before = allergies(folder)
    key = keys.load(folder)
    memory_keyring.secrets.clear()  # as on a machine without a keychain: the key in a file
    (folder / keys.KEY_FILE).write_bytes(key.key)
    new = relocate.move(folder, tmp_path / "moved")
    assert keys.load(new).location is keys.KeyLocation.FILE
    assert allergies(new) == before == ALLERGY_FELIX


@pytest.mark.parametrize("where, code", [
    ("same", "DataFolderSame"), ("inside", "DataFolderInside"),
    ("full", "DataFolderNotEmpty"), ("file", "DataFolderNotEmpty"),
])
def test_a_folder_that_cannot_take_the_data_is_refused_and_nothing_moves(folder, tmp_path,
                                                                         where, code):
    targets = {"same": folder, "inside": folder / "sub", "full": tmp_path / "full",
               "file": tmp_path / "a-file"}
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "photo.jpg").write_bytes(b"not ours")
    (tmp_path / "a-file").write_bytes(b"")
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(relocate.MoveRefused) as refused:
        relocate.move(folder, targets[where])
    assert refused.value.code == code
    assert sorted(p.name for p in folder.iterdir()) == before
    assert paths.chosen_data_dir() is None
    assert (tmp_path / "full" / "photo.jpg").read_bytes() == b"not ours"


def test_a_move_cut_short_leaves_the_old_folder_whole_and_in_use(folder, tmp_path,
                                                                 monkeypatch):
    real = shutil.copy2
    copies = []

    def failing(source, target, **kw):
        copies.append(source)
        if len(copies) == 2:
            raise OSError(28, "No space left on device")
        return real(source, target, **kw)

    before = allergies(folder)
    monkeypatch.setattr(shutil, "copy2", failing)
    with pytest.raises(OSError):
        relocate.move(folder, tmp_path / "new")
    monkeypatch.setattr(shutil, "copy2", real)
    assert not (tmp_path / "new").exists()
    assert paths.chosen_data_dir() is None
    assert allergies(folder) == before == ALLERGY_FELIX
