"""The Windows installer (Inno Setup, built on Windows only) stays in step with the
PyInstaller spec that CI builds: the folder it packs, the programs its shortcuts start, its
icon and its version are the ones the spec and the package define."""

from __future__ import annotations

import re
from pathlib import Path

import counter_app

ROOT = Path(__file__).resolve().parent.parent
ISS = (ROOT / "installer" / "windows-installer.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "installer" / "counter-app.spec").read_text(encoding="utf-8")


def spec_names() -> tuple[set[str], str]:
    """The executables' names and the COLLECT folder's name in the spec."""
    exes = set(re.findall(r'EXE\([^)]*?name="([^"]+)"', SPEC, re.S))
    folder = re.search(r'COLLECT\(.*?name="([^"]+)"', SPEC, re.S)
    assert exes and folder, "the spec no longer names its executables and folder"
    return exes, folder.group(1)


def test_the_installer_packs_the_folder_the_spec_builds():
    _, folder = spec_names()
    assert f'Source: "..\\dist\\{folder}\\*"' in ISS


def test_every_program_the_installer_starts_is_built_by_the_spec():
    exes, _ = spec_names()
    started = set(re.findall(r"\{app\}\\([\w-]+)\.exe", ISS))
    assert started and started <= exes, (started, exes)
    assert "service-counter" in started  # the shortcuts open the window without a console


def test_the_installer_icon_exists_and_is_the_spec_icon():
    icon = re.search(r"SetupIconFile=\.\.\\(.+)", ISS)
    assert icon is not None
    path = ROOT / icon.group(1).strip().replace("\\", "/")
    assert path.is_file() and path.stat().st_size > 0
    assert path.name in SPEC


def test_the_installer_version_is_the_programs():
    version = re.search(r'#define AppVersion "([^"]+)"', ISS)
    assert version is not None and version.group(1) == counter_app.__version__
