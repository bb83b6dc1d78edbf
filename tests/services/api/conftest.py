from tests.services.sync.conftest import platform  # noqa: F401  (the real server fixture)
