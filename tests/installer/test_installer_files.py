"""Fast, Qt-free checks of the installer files: nothing is built here."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import packstation

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


cfg = _load("bundle_config", INSTALLER / "bundle_config.py")
launcher = _load("packstation_launcher", INSTALLER / "launcher.py")
appdir_builder = _load("packstation_build_appdir", INSTALLER / "linux" / "build_appdir.py")


# ---------------------------------------------------------------- spec and bundle contents
def test_spec_is_python_and_uses_the_config() -> None:
    source = (INSTALLER / "packstation.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= called
    for name in ("data_files", "hidden_imports", "excludes", "filter_toc", "keep_plugin"):
        assert f"cfg.{name}" in source


def test_spec_references_existing_files() -> None:
    assert cfg.LAUNCHER.is_file()
    assert (cfg.RESOURCES_DIR / "MANIFEST.txt").is_file()
    assert cfg.ICON_ICO.is_file()
    assert cfg.ROOT == ROOT


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # QtPdf links it
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt6Sql.dll", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("packstation/resources/icons/app.svg", True),
        ("packstation/store/migrations/env.py", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_bundle_filter(dest: str, kept: bool) -> None:
    assert cfg.keep_file(dest) is kept
    assert cfg.filter_toc([(dest, "/src", "BINARY")]) == (
        [(dest, "/src", "BINARY")] if kept else []
    )


def test_plugin_filter_as_hooks_list_them() -> None:
    plugins = "/venv/PySide6/Qt/plugins"
    assert cfg.keep_plugin(f"{plugins}/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms")
    assert not cfg.keep_plugin(
        f"{plugins}/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"
    )


def test_excludes_name_the_unused_qt_modules_and_dev_tools() -> None:
    excluded = set(cfg.excludes())
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtSql"):
        assert f"PySide6.{module}" in excluded
    assert {"tkinter", "pytest", "PyInstaller"} <= excluded
    for module in cfg.QT_MODULES:  # what the app uses is never excluded
        assert f"PySide6.{module}" not in excluded


def test_data_files_put_resources_where_the_app_looks() -> None:
    pytest.importorskip("PyInstaller")
    datas = cfg.data_files()
    assert (str(ROOT / "resources"), "packstation/resources") in datas
    migrations = ROOT / "packstation" / "store" / "migrations"
    for script in migrations.rglob("*.py") if migrations.is_dir() else []:
        if "__pycache__" not in script.parts:
            dest = str(script.parent.relative_to(ROOT))
            assert (str(script), dest) in datas


def test_version_tuple() -> None:
    assert cfg.windows_version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.windows_version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert cfg.windows_version_tuple("2.0") == (2, 0, 0, 0)
    assert cfg.app_version() == packstation.__version__


# ---------------------------------------------------------------- launcher
def test_seed_copies_machine_settings_once(tmp_path: Path) -> None:
    site, user = tmp_path / "site", tmp_path / "user"
    site.mkdir()
    (site / "settings.toml").write_text('station_name = "bench-07"\n', encoding="utf-8")
    seeded = launcher.seed_user_settings(site, user)
    assert seeded == user / "settings.toml"
    assert "bench-07" in seeded.read_text(encoding="utf-8")
    # The user's own file is never overwritten.
    seeded.write_text('station_name = "mine"\n', encoding="utf-8")
    assert launcher.seed_user_settings(site, user) is None
    assert "mine" in seeded.read_text(encoding="utf-8")


def test_seed_without_machine_settings_does_nothing(tmp_path: Path) -> None:
    assert launcher.seed_user_settings(tmp_path / "none", tmp_path / "user") is None
    assert not (tmp_path / "user").exists()


def test_site_config_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(launcher.SITE_CONFIG_ENV, str(tmp_path))
    assert launcher.site_config_dir() == tmp_path


# ---------------------------------------------------------------- Windows installer script
ISS = INSTALLER / "windows" / "packstation.iss"


def _iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def test_iss_version_is_stamped_from_the_package(tmp_path: Path) -> None:
    stamped = cfg.write_iss_version(tmp_path / "version.iss")
    defines = _iss_defines(stamped.read_text(encoding="utf-8"))
    assert defines["AppVersion"] == packstation.__version__
    assert defines["AppVersionNumeric"] == ".".join(
        str(n) for n in cfg.windows_version_tuple(packstation.__version__)
    )
    text = ISS.read_text(encoding="utf-8")
    include = re.search(r'^#include\s+"([^"]+)"', text, re.MULTILINE)
    assert include, "the .iss must include the stamped version file"
    included = (ISS.parent / include[1].replace("\\", "/")).resolve()
    assert included == cfg.ISS_VERSION_FILE.resolve()
    assert "AppVersion={#AppVersion}" in text
    assert "VersionInfoVersion={#AppVersionNumeric}" in text


def test_iss_references_existing_files_and_the_bundle() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = _iss_defines(text)
    base = ISS.parent
    for key in ("SetupIconFile", "LicenseFile"):
        value = re.search(rf"^{key}=(.+)$", text, re.MULTILINE)
        assert value, key
        assert (base / value[1].strip().replace("\\", "/")).is_file(), key
    bundle = (base / defines["BundleDir"].replace("\\", "/")).resolve()
    assert bundle == (cfg.DIST_DIR / cfg.APP_NAME).resolve()
    assert defines["AppExe"] == f"{cfg.GUI_EXE_NAME}.exe"
    assert defines["CliExe"] == f"{cfg.APP_NAME}.exe"
    assert (base / "../dist").resolve() == cfg.DIST_DIR.resolve()  # OutputDir
    for section in ("[Setup]", "[Files]", "[Icons]", "[Run]", "[Code]"):
        assert section in text
    assert "{autoprograms}\\{#AppName}" in text  # Start-menu shortcut
    assert "{param:SETTINGS}" in text
    assert "HasSettingsParam" in text
    assert "/VERYSILENT" in text
    # The seed goes where the launcher looks for it on Windows (platformdirs' site config).
    assert defines["SiteConfigDir"] == "{commonappdata}\\Packstation\\packstation"
    assert (launcher.APP_AUTHOR, launcher.APP_NAME) == ("Packstation", "packstation")


def test_iss_appid_is_a_guid() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(
        r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$",
        text,
        re.MULTILINE,
    )


# ---------------------------------------------------------------- Linux desktop entry and AppDir
DESKTOP = INSTALLER / "linux" / "packstation.desktop"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Packstation"
    assert entry["Exec"].split()[0] == "packstation"
    assert entry["Icon"] == "packstation"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    # Qt's setDesktopFileName("packstation") ties the running window to this file's name.
    assert DESKTOP.stem == "packstation"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_entry_validates() -> None:
    out = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert not out.stdout.strip(), out.stdout


def test_appdir_from_a_fake_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "packstation"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "packstation").write_text('#!/bin/sh\necho bundled "$@"\n', encoding="utf-8")
    (bundle / "packstation").chmod(0o755)
    appdir = appdir_builder.build_appdir(bundle, tmp_path / "Packstation.AppDir")
    assert (appdir / "AppRun").stat().st_mode & 0o111
    assert (appdir / "usr/lib/packstation/packstation").is_file()
    assert (appdir / "packstation.png").is_file()
    assert (appdir / ".DirIcon").resolve() == (appdir / "packstation.png").resolve()
    assert (appdir / "usr/share/icons/hicolor/scalable/apps/packstation.svg").is_file()
    desktop = (appdir / "packstation.desktop").read_text(encoding="utf-8")
    assert "Icon=packstation" in desktop
    assert "TryExec" not in desktop
    if sys.platform.startswith("linux"):
        out = subprocess.run(
            [str(appdir / "AppRun"), "selftest"], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "bundled selftest"


def test_appdir_needs_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make bundle"):
        appdir_builder.build_appdir(tmp_path / "missing", tmp_path / "AppDir")
