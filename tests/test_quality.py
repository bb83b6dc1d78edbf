"""ruff and the import-linter contracts run with the tests, so CI enforces them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / tool), *args], cwd=ROOT, capture_output=True, text=True)


@pytest.mark.process
def test_ruff_clean():
    done = run("ruff", "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.process
def test_import_contracts():
    done = run("lint-imports")
    assert done.returncode == 0, done.stdout + done.stderr


def test_server_contract_names_every_part_of_services_but_domain():
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"]
    server = next(c for c in contracts if c["source_modules"] == ["server"])
    parts = {f"services.{p.stem if p.is_file() else p.name}"
             for p in (ROOT / "services").iterdir()
             if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()}
    assert parts - {"services.domain"} <= set(server["forbidden_modules"])
