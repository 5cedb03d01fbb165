"""Compile ui/*.ui into pedagogue_app/views/forms/ui_*.py (make forms), or check them (--check).

The check regenerates into memory and fails when a committed form differs, ignoring the line
that names the uic version.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "pedagogue_app" / "views" / "forms"
HEADER = "# Generated from ui/{name} by `make forms`. Do not edit: change the .ui file instead.\n"
UIC = Path(sys.executable).with_name("pyside6-uic")


def compile_form(ui: Path) -> str:
    out = subprocess.run([str(UIC), str(ui)],
                         check=True, capture_output=True, text=True).stdout
    return HEADER.format(name=ui.name) + out


def _comparable(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if "Qt User Interface Compiler version" not in ln]


def main(check: bool) -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "__init__.py").touch()
    stale = []
    expected = set()
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = OUT_DIR / f"ui_{ui.stem}.py"
        expected.add(target.name)
        text = compile_form(ui)
        if check:
            if not target.exists() or _comparable(target.read_text("utf-8")) != _comparable(text):
                stale.append(target.name)
        else:
            target.write_text(text, "utf-8")
    extra = {p.name for p in OUT_DIR.glob("ui_*.py")} - expected
    if check and (stale or extra):
        print("Forms out of date (run `make forms` and commit):", *sorted(stale), *sorted(extra))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
