"""No token, password or card number in the store, logs or exports; SIN and medical data only
in an export the user asked for."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop import logs
from services.domain.demo import ALLERGY_FELIX, DEMO_PASSWORD, SIN_ETIENNE
from services.security.redact import redact
from services.store import dataset_io


def every_byte(*folders: Path) -> bytes:
    return b"".join(p.read_bytes() for folder in folders for p in folder.rglob("*")
                    if p.is_file())


def test_secrets_stay_out_of_files(carnet, tmp_path, isolated_paths, caplog):
    log_file = logs.setup(logging.DEBUG)
    logging.getLogger("carnet.test").info("signing in with Bearer %s",
                                          carnet.client.credentials.token)
    logging.getLogger("carnet.test").info("card 4242 4242 4242 4242, SIN %s", SIN_ETIENNE)
    carnet.engine.sync()
    carnet.edits.update_person(202, sin="046 454 286")
    carnet.engine.sync()
    export = tmp_path / "export.json"
    export.write_text(dataset_io.export(carnet.store).to_json(), encoding="utf-8")
    for handler in logging.getLogger().handlers:
        handler.flush()

    token = carnet.client.credentials.token.encode()
    kept = every_byte(Path(carnet.store.path).parent, log_file.parent)
    assert log_file.stat().st_size > 0
    for secret in (token, DEMO_PASSWORD.encode(), b"4242 4242 4242 4242", b"4242424242424242",
                   SIN_ETIENNE.encode(), b"046454286", ALLERGY_FELIX.encode()):
        assert secret not in kept, secret
    exported = export.read_bytes()
    assert token not in exported and DEMO_PASSWORD.encode() not in exported
    assert SIN_ETIENNE.encode() in exported and ALLERGY_FELIX.encode() in exported
    assert b'"Password": null' in exported.replace(b"\n", b"").replace(b"  ", b" ") or \
        b'"Password":null' in exported


def test_redaction_patterns():
    line = ('Authorization: Bearer abc.DEF-123 "Password": "hunter22" card 4000 0000 0000 0002 '
            "SIN 046-454-286 zoe@example.ca")
    clean = redact(line)
    for secret in ("abc.DEF-123", "hunter22", "4000 0000 0000 0002", "046-454-286",
                   "zoe@example.ca"):
        assert secret not in clean
    assert os.path.basename(logs.LOG_FILE) == "carnet.log"
