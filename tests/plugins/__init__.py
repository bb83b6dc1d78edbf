"""The suite's pytest plugins (tests/conftest.py registers them): the shared fixtures, a logged
warning failing its test, and the marking of tests that start servers or processes."""
