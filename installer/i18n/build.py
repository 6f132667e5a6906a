"""Extract the GUI's texts into .ts files, fill in the known translations, compile the .qm files.

Run by ``make translations`` (Qt's own tools from the PySide6 wheel: pyside6-lupdate and
pyside6-lrelease). The .ts files are the translators' sources (open them in Qt Linguist); the
.qm files ship in resources/translations and are loaded by the app for its language.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "translations"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from de import DE  # noqa: E402

LANGUAGES = {"de": DE}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(
            f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)"
        )
    return found


def fill(ts: Path, table: dict[str, str]) -> int:
    """Put the table's translations into ``ts``; returns how many messages it translated."""
    text = ts.read_text(encoding="utf-8")
    done = 0

    def one(match: re.Match[str]) -> str:
        nonlocal done
        source = match.group(2)
        wanted = table.get(source) or table.get(html.unescape(source))
        if wanted is None:
            return match.group(0)
        done += 1
        return f"{match.group(1)}<translation>{wanted}</translation>"

    text = re.sub(
        r"(<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)"
        r"<translation(?: type=\"unfinished\")?>[^<]*</translation>",
        one,
        text,
        flags=re.S,
    )
    ts.write_text(text, encoding="utf-8")
    return done


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "packstation" / "gui").rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, table in LANGUAGES.items():
        ts = OUT / f"packstation_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        done = fill(ts, table)
        total = ts.read_text(encoding="utf-8").count("<message")
        print(f"{ts.name}: {done} of {total} texts translated")
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
