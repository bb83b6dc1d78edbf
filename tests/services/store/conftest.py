"""The reference server, for the store tests that sync (tests/services/sync/conftest.py)."""

from tests.services.sync.conftest import admin, platform, web  # noqa: F401  (fixtures)
