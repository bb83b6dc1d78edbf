"""The suite's own rules (tests/plugins), shown on small test files run by pytester: a logged
warning fails its test unless the test declares it; tests that start servers or processes are
marked, and one that starts either without its marker fails."""

from __future__ import annotations

import pytest

from tests.plugins.kinds import FAST

LOGGING = """
import logging
import threading

import pytest


def test_a_warning_fails():
    logging.getLogger("carnet.sync").warning("sync stopped: Offline")


@pytest.mark.expect_log("sync stopped", logger="carnet")
def test_a_declared_warning_passes():
    logging.getLogger("carnet.sync").warning("sync stopped: Offline")


@pytest.mark.expect_log("sync stopped", logger="carnet.sync")
def test_the_declaration_names_the_logger():
    logging.getLogger("carnet.store").warning("sync stopped: Offline")


def test_an_error_in_another_thread_fails_too():
    thread = threading.Thread(target=lambda: logging.getLogger("x").error("in a thread"))
    thread.start()
    thread.join()


def test_info_is_not_a_warning():
    logging.getLogger("carnet.sync").info("synced")
"""


# This run's collector sees the inner run's records too: declared here, they are what it shows.
@pytest.mark.expect_log("sync stopped: Offline")
@pytest.mark.expect_log("in a thread", logger="x")
def test_a_logged_warning_fails_its_test_unless_declared(pytester):
    pytester.makepyfile(LOGGING)
    result = pytester.runpytest("-p", "tests.plugins.logfail", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=3)
    result.stdout.fnmatch_lines([
        "*test_a_warning_fails*", "*WARNING carnet.sync ?MainThread?: sync stopped: Offline",
        "*test_the_declaration_names_the_logger*", "*WARNING carnet.store*",
        "*test_an_error_in_another_thread_fails_too*", "*ERROR x ?Thread-*: in a thread"])


KINDS = """
import subprocess
import sys

import pytest


@pytest.fixture
def platform():
    return "the reference server's stand-in"


def test_on_the_platform(platform, request):
    assert request.node.get_closest_marker("server")


def test_a_process_without_its_marker_fails():
    subprocess.run([sys.executable, "-c", "pass"], check=True)


@pytest.mark.process
def test_a_process_with_its_marker_passes():
    subprocess.run([sys.executable, "-c", "pass"], check=True)


def test_nothing_started():
    pass
"""


@pytest.mark.process  # the inner tests' processes start in this one
def test_server_and_process_tests_are_marked_and_fast_leaves_them_out(pytester):
    pytester.makepyfile(KINDS)
    plugins = ["-p", "tests.plugins.kinds", "-p", "no:cacheprovider"]
    result = pytester.runpytest(*plugins)
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*test_a_process_without_its_marker_fails*",
                                 "*started a process (subprocess.Popen)*@pytest.mark.process*"])
    fast = pytester.runpytest(*plugins, "-m", FAST)
    fast.assert_outcomes(passed=1, failed=1, deselected=2)
