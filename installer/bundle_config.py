"""What goes into the PyInstaller bundle, and what stays out.

``packstation.spec`` imports this module; the tests in ``tests/installer`` import it too (it needs
neither Qt nor PyInstaller at import time). Every optional package is looked up with
:func:`importlib.util.find_spec`, so the spec works whether or not the ``postgres``, ``hid`` and
``preview`` extras (or modules other parts of the project add later) are installed.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath

INSTALLER_DIR = Path(__file__).resolve().parent
ROOT = INSTALLER_DIR.parent
RESOURCES_DIR = ROOT / "resources"
LAUNCHER = INSTALLER_DIR / "launcher.py"
BUILD_DIR = INSTALLER_DIR / "build"
DIST_DIR = INSTALLER_DIR / "dist"
APP_NAME = "packstation"
GUI_EXE_NAME = "packstation-gui"  # windowed twin of the console exe (Windows only)
ICON_ICO = RESOURCES_DIR / "icons" / "app.ico"
# Written by build_bundle.py and read by windows/packstation.iss (``#include``).
ISS_VERSION_FILE = BUILD_DIR / "windows" / "version.iss"

# Packages whose modules are imported by name at run time, so PyInstaller cannot see them.
DYNAMIC_PACKAGES = ("packstation", "printers", "uvicorn")
# Single modules imported dynamically (SQLAlchemy dialects by URL, keyring backends by entry point).
DYNAMIC_MODULES = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "hid",
    "zplkit",
    "serial.tools.list_ports",
    "serial.urlhandler.protocol_socket",
    "serial.urlhandler.protocol_loop",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)
# Packages that read data files next to their code (JSON tables, fonts, capability files).
DATA_PACKAGES = ("escpos", "biip", "barcode", "reportlab", "certifi")
# Optional extras: bundled when installed, and then checked inside the bundle by build_bundle.py.
OPTIONAL_EXTRAS = ("psycopg", "hid", "zplkit")

# PySide6 modules the application uses, and the Qt modules it must never drag in.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPdf", "QtPdfWidgets")
QT_EXCLUDED_MODULES = (
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DExtras",
    "Qt3DAnimation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSpatialAudio",
    "QtSql",
    "QtTest",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtLabsStyleKit",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtLocation",
    "QtPositioning",
    "QtBluetooth",
    "QtNfc",
    "QtSensors",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtTextToSpeech",
    "QtHttpServer",
    "QtNetworkAuth",
    "QtSerialBus",
    "QtSerialPort",
    "QtAxContainer",
    "QtConcurrent",
    "QtXml",
    "QtOpenGLWidgets",
)
# Python packages that are development tools or unused GUI toolkits.
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "coverage",
    "jsonschema",
    "zxingcpp",
    "IPython",
    "matplotlib",
    "PyInstaller",
    "pip",
)

# Qt plugins: for each plugin folder the stems kept (None: keep the whole folder); folders listed
# in QT_PLUGIN_DIRS_DROPPED are left out. Folders in neither set are kept as the hooks give them.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # offscreen: selftest and headless runs; xcb: X11; wayland: Wayland desktops;
    # windows/direct2d: Windows; cocoa: macOS; minimal: a last-resort fallback.
    "platforms": frozenset({"offscreen", "xcb", "wayland", "minimal", "windows", "cocoa"}),
    # Qt reads PNG built in; SVG icons and the Windows .ico need plugins.
    "imageformats": frozenset({"svg", "ico"}),
    "iconengines": frozenset({"svgicon"}),
    # Desktop file dialogs through the XDG portal; the GTK theme would pull GTK into the bundle.
    "platformthemes": frozenset({"xdgdesktopportal"}),
    # Dead keys / compose and IBus input on Linux; not the QML virtual keyboard.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": None,
    # xdg-shell is what every current compositor speaks; wl-shell needs a library we drop.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "styles": None,
    "printsupport": None,
}
QT_PLUGIN_DIRS_DROPPED = frozenset(
    {
        "qmltooling",
        "qmllint",
        "designer",
        "sqldrivers",
        "egldeviceintegrations",  # eglfs: kiosk boards without a window system
        "generic",  # evdev input for eglfs/linuxfb
        "networkinformation",
        "tls",  # httpx uses Python's ssl module, not Qt's TLS backends
        "vectorimageformats",
        "wayland-graphics-integration-server",
        "multimedia",
        "position",
        "sensors",
        "sceneparsers",
        "renderers",
        "geometryloaders",
        "texttospeech",
        "webview",
        "virtualkeyboard",
    }
)
# Qt shared libraries never needed (dragged in by a plugin or module hook we filter out).
_QT_LIB_DROPPED = re.compile(
    r"(^|[\\/])(lib)?Qt6("
    r"Qml|Quick|WebEngine|WebChannel|WebSockets|3D|Multimedia|SpatialAudio|Sql|Test|Designer|"
    r"Help|UiTools|Labs|Lottie|Charts|DataVisualization|Graphs|Location|Positioning|Bluetooth|"
    r"Nfc|Sensors|RemoteObjects|Scxml|StateMachine|TextToSpeech|HttpServer|NetworkAuth|"
    r"WaylandCompositor|WaylandEglCompositor|WlShellIntegration|VirtualKeyboard|ShaderTools|"
    r"EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|Concurrent|Xml|OpenGLWidgets"
    r")[^\\/]*$",
    re.IGNORECASE,
)
# A Qt plugin path inside the bundle: .../PySide6/Qt/plugins/<type>/<file> (or Qt6/plugins).
_PLUGIN_PATH = re.compile(r"(?:^|[\\/])plugins[\\/](?P<type>[^\\/]+)[\\/](?P<file>[^\\/]+)$")
# Qt translation files: only Qt's own base strings (dialog buttons) in the languages we support.
_QT_TRANSLATION = re.compile(r"(?:^|[\\/])translations[\\/](?P<file>[^\\/]+\.qm)$")
QT_TRANSLATIONS_KEPT = re.compile(r"^qtbase_(en|ar|hi|tr|de|fr|es|it|pl|ja|zh_CN)\.qm$")


def present(module: str) -> bool:
    """Whether ``module`` can be imported here (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def plugin_stem(filename: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqsvgicon.dylib`` -> ``xcb`` / ``xcb`` / ``svgicon``."""
    stem = filename.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    # Qt's own plugins start with "q" (qxcb, qsvg, qico); the input-context ones do not.
    if stem.startswith("q") and not stem.startswith("qt"):
        stem = stem[1:]
    return stem


def keep_file(dest: str) -> bool:
    """Whether a file at ``dest`` (its path inside the bundle) belongs in the bundle."""
    path = PurePath(dest).as_posix()
    match = _PLUGIN_PATH.search(path)
    if match and ("PySide6" in path or "Qt" in path):
        kind = match["type"]
        if kind in QT_PLUGIN_DIRS_DROPPED:
            return False
        kept = QT_PLUGINS_KEPT.get(kind)
        return not (kept is not None and plugin_stem(match["file"]) not in kept)
    translation = _QT_TRANSLATION.search(path)
    if translation and "PySide6" in path:
        return bool(QT_TRANSLATIONS_KEPT.match(translation["file"]))
    return not _QT_LIB_DROPPED.search(path)


def keep_plugin(source: str, dest_dir: str) -> bool:
    """Whether a Qt plugin file (as PyInstaller's Qt hooks list it) belongs in the bundle."""
    return keep_file(str(PurePath(dest_dir) / PurePath(source).name))


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unwanted entries from a PyInstaller TOC of ``(dest, source, typecode)`` tuples."""
    return [entry for entry in toc if keep_file(entry[0])]


def excludes() -> list[str]:
    return [*EXCLUDED_PACKAGES, *(f"PySide6.{m}" for m in QT_EXCLUDED_MODULES)]


def hidden_imports() -> list[str]:
    """Modules PyInstaller's import analysis cannot find on its own (those present here)."""
    from PyInstaller.utils.hooks import collect_submodules

    found: list[str] = []
    for package in DYNAMIC_PACKAGES:
        if present(package):
            found += collect_submodules(package, on_error="warn once")
    found += [m for m in DYNAMIC_MODULES if present(m)]
    found += [f"PySide6.{m}" for m in QT_MODULES if present(f"PySide6.{m}")]
    return sorted(set(found))


def data_files() -> list[tuple[str, str]]:
    """``(source, dest_dir)`` pairs: the resources folder, package data, migrations."""
    from PyInstaller.utils.hooks import collect_data_files

    datas: list[tuple[str, str]] = [(str(RESOURCES_DIR), "packstation/resources")]
    # Non-Python data inside packstation (templates, SQL) and the migration scripts, which
    # alembic loads from files on disk.
    datas += collect_data_files("packstation", excludes=["**/__pycache__", "resources/**"])
    # (``**/`` does not match zero folders in PyInstaller's globs, hence both patterns.)
    datas += collect_data_files(
        "packstation",
        include_py_files=True,
        includes=["**/migrations/*.py", "**/migrations/**/*.py", "**/alembic.ini"],
    )
    for package in ("printers", *DATA_PACKAGES):
        if present(package):
            datas += collect_data_files(package, excludes=["**/__pycache__"])
    return datas


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` / ``1.2.3rc1`` -> ``(0, 1, 0, 0)`` / ``(1, 2, 3, 0)`` for version resources."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def app_version() -> str:
    """``packstation.__version__`` read from the source (without importing the package)."""
    text = (ROOT / "packstation" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise RuntimeError("packstation/__init__.py has no __version__")
    return match[1]


def write_iss_version(path: Path = ISS_VERSION_FILE, version: str | None = None) -> Path:
    """Write the Inno Setup ``#define`` lines the Windows installer script includes."""
    version = version or app_version()
    numeric = ".".join(str(n) for n in windows_version_tuple(version))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "; Generated by installer/build_bundle.py from packstation.__version__; do not edit.\n"
        f'#define AppVersion "{version}"\n'
        f'#define AppVersionNumeric "{numeric}"\n',
        encoding="utf-8",
    )
    return path


def is_windows() -> bool:
    return sys.platform == "win32"
