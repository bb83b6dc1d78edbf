"""Self-update end to end (issue 20), on Linux: versions N and N+1 built by packaging/build with
one update repository (packaging/release keys), both published (packaging/release publish) and
served on loopback; N installed in a temporary folder updates itself to N+1 on restart; a
tampered archive, tampered metadata, metadata rolled back and older versions are refused while
the running version goes on."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
N, NEXT = "1.4.0", "1.5.0"  # not pyproject's: the stamp is what counts
pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="built and served here on Linux only"),
              pytest.mark.server,  # the repository, served on loopback
              pytest.mark.expect_log]  # a frozen Carnet's refusals are logged, as they should


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *_args) -> None:  # the requests are not the test's
        return


@dataclass
class Published:
    repo: Path
    builds: dict[str, Path]
    old_metadata: Path  # the repository's metadata when only N was published
    folder: Path

    def install(self, version: str, name: str) -> Path:
        """A copy of that build, installed in its own folder: its executable."""
        target = self.folder / name / "Carnet"
        shutil.copytree(self.builds[version], target, symlinks=True)
        return target / "carnet"


def run(*argv: str, timeout: int = 600, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True,
                          timeout=timeout, **kwargs)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Iterator[Published]:
    folder = tmp_path_factory.mktemp("update")
    keys, repo = folder / "keys", folder / "repo"
    run(sys.executable, ROOT / "packaging" / "release", "keys", "--keys", keys, "--repo", repo)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=repo))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    builds = {}
    for version in (N, NEXT):
        dist = folder / f"dist-{version}"
        run(sys.executable, ROOT / "packaging" / "build", "--version", version, "--dist", dist,
            "--update-url", url, "--update-root", repo / "metadata" / "root.json")
        builds[version] = dist / "Carnet"
        run(sys.executable, ROOT / "packaging" / "release", "publish", "--keys", keys, "--repo",
            repo, "--bundle", builds[version], "--version", version)
        if version == N:
            shutil.copytree(repo / "metadata", folder / "metadata-N")
    try:
        yield Published(repo, builds, folder / "metadata-N", folder)
    finally:
        server.shutdown()
        server.server_close()


def environment(folder: Path) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(folder / "data"),
            "CARNET_LOG_DIR": str(folder / "logs"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def version_of(carnet: Path, env: dict) -> str:
    return run(carnet, "--version", env=env, timeout=120).stdout.splitlines()[0]


@contextlib.contextmanager
def replaced(path: Path, change) -> Iterator[None]:
    """The file changed as `change(bytes) -> bytes` says, put back afterwards."""
    kept = path.read_bytes()
    path.write_bytes(change(kept))
    try:
        yield
    finally:
        path.write_bytes(kept)


def test_n_updates_itself_to_the_next_version_on_restart(published):
    carnet = published.install(N, "main")
    env = environment(carnet.parent.parent)
    assert version_of(carnet, env) == f"Carnet {N}"
    # The window (the demo checks only when asked) finds N+1, downloads it, verifies it and
    # stages it beside itself; it stays N until it starts again.
    window = subprocess.Popen([carnet, "--lang", "en", "demo", "--check-updates"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    mark = carnet.parent.with_name("Carnet.update") / ".carnet-update"
    try:
        deadline = time.monotonic() + 240
        while not mark.is_file() and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert mark.is_file(), window.stderr.read() if window.poll() is not None else "late"
    finally:
        window.send_signal(signal.SIGTERM)
        window.wait(30)
        window.stderr.close()
    assert mark.read_text() == NEXT
    assert version_of(carnet, env) == f"Carnet {NEXT}"  # this start swapped the folders
    assert (carnet.parent.with_name("Carnet.previous") / "_internal" / "desktop" / "VERSION"
            ).read_text() == N  # kept for a roll-back
    assert not carnet.parent.with_name("Carnet.update").exists()
    log = (carnet.parent.parent / "logs" / "carnet.log").read_text()
    assert f"updating from {N} to {NEXT}" in log
    shot = carnet.parent.parent / "next.png"
    run(carnet, "demo", "--screenshot", shot, env=env, timeout=300)
    assert shot.stat().st_size > 10_000
    assert "up to date" in run(carnet, "--lang", "en", "update", env=env).stdout
    # The way back: N again, N+1 kept aside and not offered again (a later version would be).
    run(carnet, "update", "--rollback", env=env)
    assert version_of(carnet, env) == f"Carnet {N}"
    assert "up to date" in run(carnet, "--lang", "en", "update", env=env).stdout


def refused(carnet: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run([carnet, "--lang", "en", "update"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "refused" in done.stderr and "Traceback" not in done.stderr
    assert not carnet.parent.with_name("Carnet.update").exists()
    assert not carnet.parent.with_name("Carnet.update-partial").exists()
    assert version_of(carnet, env) == f"Carnet {N}"  # N keeps running
    return done


def flipped(data: bytes) -> bytes:
    """The same length, bytes in the middle changed: only a hash can tell."""
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64]) + \
        data[middle + 64:]


def test_a_tampered_archive_is_refused(published):
    carnet = published.install(N, "archive")
    env = environment(carnet.parent.parent)
    with replaced(published.repo / "targets" / f"carnet-{NEXT}.tar.gz", flipped):
        refused(carnet, env)
    log = (carnet.parent.parent / "logs" / "carnet.log").read_text()
    assert "LengthOrHashMismatchError" in log


@pytest.mark.parametrize("role", ["targets", "snapshot", "timestamp"])
def test_tampered_metadata_is_refused(published, role):
    """Signed metadata changed without its keys (what a mirror or a man in the middle could
    do: keep old metadata alive longer); its signatures no longer match."""
    carnet = published.install(N, f"metadata-{role}")
    env = environment(carnet.parent.parent)

    def change(data: bytes) -> bytes:
        metadata = json.loads(data)
        metadata["signed"]["expires"] = "2099-12-31T00:00:00Z"
        return json.dumps(metadata).encode()

    with replaced(published.repo / "metadata" / f"{role}.json", change):
        refused(carnet, env)
    log = (carnet.parent.parent / "logs" / "carnet.log").read_text()
    assert "UnsignedMetadataError" in log


def test_a_downgrade_is_refused(published):
    # Metadata older than what the client has trusted (a rollback attack): refused.
    carnet = published.install(N, "rollback")
    env = environment(carnet.parent.parent)
    run(carnet, "update", env=env)  # trusts today's metadata, stages N+1
    shutil.rmtree(carnet.parent.with_name("Carnet.update"))
    live = published.repo / "metadata"
    aside = published.folder / "metadata-live"
    live.rename(aside)
    shutil.copytree(published.old_metadata, live)
    try:
        done = refused(carnet, env)
    finally:
        shutil.rmtree(live)
        aside.rename(live)
    assert "BadVersionNumberError" in (carnet.parent.parent / "logs" / "carnet.log").read_text()
    assert done.stdout == ""
    # The newest version offers nothing older: N+1 stays N+1.
    newest = published.install(NEXT, "newest")
    env = environment(newest.parent.parent)
    assert "up to date" in run(newest, "--lang", "en", "update", env=env).stdout
    # An older version staged beside it (by hand, or left over) is refused at start.
    staged = newest.parent.with_name("Carnet.update")
    shutil.copytree(published.builds[N], staged, symlinks=True)
    (staged / ".carnet-update").write_text(N)
    assert version_of(newest, env) == f"Carnet {NEXT}"
    assert not staged.exists()
