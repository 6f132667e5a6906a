"""Extract the GUI's texts into .ts files, fill in the known translations, compile the .qm files.

Run by ``make translations`` (Qt's own tools from the PySide6 wheel: pyside6-lupdate and
pyside6-lrelease). The .ts files are the translators' sources (open them in Qt Linguist); the
.qm files ship in resources/translations and are loaded by the app for its language.

Each language has a table module beside this file (``de.py``, ``hi.py``, ``ar.py``, ``tr.py``):
``TABLE`` maps an English source text (as written in the code, ``&`` not ``&amp;``) to its
translation, or, for a text with ``%n``, to the list of its plural forms in Qt's order for that
language; ``BY_CONTEXT`` (optional) maps ``(context, source)`` to a translation where one English
text needs two translations.
"""

from __future__ import annotations

import html
import importlib
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "translations"
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The languages we ship, and Qt's locale name written into each .ts file.
LANGUAGES = {"de": "de_DE", "hi": "hi_IN", "ar": "ar", "tr": "tr_TR"}

Translation = str | list[str]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(
            f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)"
        )
    return found


def tables(lang: str) -> tuple[dict[str, Translation], dict[tuple[str, str], Translation]]:
    """The ``TABLE`` and ``BY_CONTEXT`` of a language's module, texts unescaped."""
    module = importlib.import_module(lang)
    table = getattr(module, "TABLE", None) or getattr(module, lang.upper(), {})

    def norm(value: Translation) -> Translation:
        return (
            [html.unescape(v) for v in value] if isinstance(value, list) else html.unescape(value)
        )

    by_context = getattr(module, "BY_CONTEXT", {})
    return (
        {html.unescape(k): norm(v) for k, v in table.items()},
        {(c, html.unescape(s)): norm(v) for (c, s), v in by_context.items()},
    )


def messages(ts: Path) -> list[dict[str, Any]]:
    """Every message of ``ts``: context, source, comment, numerus, translated."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append(
                {
                    "context": name,
                    "source": message.findtext("source", ""),
                    "comment": message.findtext("comment"),
                    "numerus": message.get("numerus") == "yes",
                    "finished": translation is not None and translation.get("type") is None,
                }
            )
    return out


def fill(ts: Path, table: dict[str, Translation], by_context: dict[Any, Translation]) -> int:
    """Put the tables' translations into ``ts``; returns how many messages it translated."""
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            wanted = by_context.get((name, source), table.get(source))
            translation = message.find("translation")
            if wanted is None or translation is None:
                continue
            numerus = message.get("numerus") == "yes"
            forms = translation.findall("numerusform")
            if numerus != isinstance(wanted, list):
                print(f"{ts.name}: {source!r} wants {'plural forms' if numerus else 'one text'}")
                continue
            if isinstance(wanted, list):
                if len(wanted) != len(forms):
                    print(f"{ts.name}: {source!r} needs {len(forms)} plural forms")
                    continue
                for form, text in zip(forms, wanted, strict=True):
                    form.text = text
            else:
                translation.text = wanted
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def compile_all() -> int:
    """Only compile each shipped .ts into its .qm (what `make test` and `make run` do)."""
    for lang in LANGUAGES:
        ts = OUT / f"packstation_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return 0


def main() -> int:
    if "--compile" in sys.argv:
        return compile_all()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "packstation" / "gui").rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    dump = "--dump" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    for lang, locale in LANGUAGES.items():
        if only and lang != only:
            continue
        ts = OUT / f"packstation_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-target-language",
                locale,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        done = fill(ts, *tables(lang))
        found = messages(ts)
        print(f"{ts.name}: {done} of {len(found)} texts translated")
        if dump:
            (OUT.parent.parent / "build").mkdir(exist_ok=True)
            path = ROOT / "build" / f"i18n_{lang}_untranslated.json"
            path.write_text(
                json.dumps([m for m in found if not m["finished"]], ensure_ascii=False, indent=1),
                encoding="utf-8",
            )
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
