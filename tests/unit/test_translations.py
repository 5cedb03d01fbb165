"""The translations: complete, faithful to placeholders and accelerators, up to date, loadable.

The .ts files are read as XML (no widgets). Whether they are up to date is checked by running
lupdate exactly as ``make translations`` does, on copies in ``tmp_path``: a string added to the
code without a translation shows up there as unfinished.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("kk", "ru", "en")
LUPDATE_SOURCES = ["pedagogue_app", "ui"]  # as in the Makefile's `translations` target

PLACEHOLDER = re.compile(r"%[1-9n]|\{[A-Za-z_]\w*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or each <numerusform>

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, f"{path.name}: no <translation> for {msg.findtext('source')!r}"
            numerus = msg.get("numerus") == "yes"
            forms = tuple(nf.text or "" for nf in tr.findall("numerusform")) if numerus \
                else (tr.text or "",)
            messages.append(Message(context, msg.findtext("source") or "", numerus,
                                    tr.get("type") == "unfinished", forms))
    return messages


def ts_path(lang: str) -> Path:
    return TS_DIR / f"pedagogue_{lang}.ts"


def accelerators(text: str) -> int:
    """How many keyboard accelerators (`&x`) a text has; `&&` is a literal ampersand."""
    return text.replace("&&", "").count("&")


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool: next to this Python first (the venv), else on PATH."""
    for candidate in (Path(sys.executable).parent / name,
                      Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install the dev dependencies (make test does)")
    return found


def run_tool(args: list[str]) -> str:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def build_qm(lang: str, folder: Path) -> Path:
    qm = folder / f"pedagogue_{lang}.qm"
    run_tool([qt_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm)])
    assert qm.is_file()
    return qm


def problems_text(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


# --- the .ts files themselves ---------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    messages = read_ts(ts_path(lang))
    assert messages, f"pedagogue_{lang}.ts has no messages"
    problems = [f"{m}: unfinished" for m in messages if m.unfinished]
    problems += [f"{m}: empty translation" for m in messages
                 if not m.forms or any(not form.strip() for form in m.forms)]
    assert not problems, problems_text(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms(lang: str) -> None:
    plurals = [m for m in read_ts(ts_path(lang)) if m.numerus]
    assert plurals, "the numerus messages (%n students shown) are missing"
    wanted = {"ru": range(3, 4), "kk": range(2, 10), "en": range(2, 3)}[lang]
    problems = [f"{m}: {len(m.forms)} numerus forms" for m in plurals
                if len(m.forms) not in wanted]
    assert not problems, problems_text(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    problems = []
    for m in read_ts(ts_path(lang)):
        needed = sorted(set(PLACEHOLDER.findall(m.source)))
        for i, form in enumerate(m.forms):
            missing = [p for p in needed if p not in form]
            if missing:
                problems.append(f"{m}: form {i} lacks {', '.join(missing)}: {form!r}")
    assert not problems, problems_text(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_accelerators_are_kept(lang: str) -> None:
    problems = [f"{m}: {accelerators(m.source)} '&' in the source, {accelerators(form)} in {form!r}"
                for m in read_ts(ts_path(lang)) for form in m.forms
                if accelerators(form) != accelerators(m.source)]
    assert not problems, problems_text(problems)


def test_every_language_has_the_same_messages() -> None:
    keys = {lang: {(m.context, m.source) for m in read_ts(ts_path(lang))} for lang in LANGS}
    for lang in LANGS[1:]:
        assert keys[lang] == keys[LANGS[0]], (
            f"pedagogue_{lang}.ts and pedagogue_{LANGS[0]}.ts differ: "
            f"only in {lang}: {sorted(keys[lang] - keys[LANGS[0]])}, "
            f"only in {LANGS[0]}: {sorted(keys[LANGS[0]] - keys[lang])}")


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """A string added to the code or a .ui but not translated fails here (run `make translations`)."""
    copies = []
    for lang in LANGS:
        copy = tmp_path / ts_path(lang).name
        shutil.copyfile(ts_path(lang), copy)
        copies.append(copy)
    run_tool([qt_tool("pyside6-lupdate"), "-extensions", "py,ui", "-no-obsolete",
              *LUPDATE_SOURCES, "-ts", *map(str, copies)])
    problems = [f"{copy.name}: {m}" for copy in copies for m in read_ts(copy)
                if m.unfinished or any(not form.strip() for form in m.forms)]
    assert not problems, (
        "strings in the code are not translated; run `make translations` and translate them:\n"
        + problems_text(problems))


# --- the compiled .qm and Qt's own translations ----------------------------------------------
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_built_qm_translates_a_validation_message(lang: str, tmp_path: Path) -> None:
    source = "This field is required."
    expected = next(m.forms[0] for m in read_ts(ts_path(lang))
                    if (m.context, m.source) == ("Validation", source))
    translator = QTranslator()
    assert translator.load(str(build_qm(lang, tmp_path)))
    assert not translator.isEmpty()
    text = translator.translate("Validation", source)
    assert text == expected
    assert text != source
    assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", text)


def test_built_qm_picks_the_russian_plural_form(tmp_path: Path, qapp: QCoreApplication) -> None:
    source = "%n student(s) shown"
    forms = next(m.forms for m in read_ts(ts_path("ru")) if m.source == source)
    translator = QTranslator()
    assert translator.load(str(build_qm("ru", tmp_path)))
    QCoreApplication.installTranslator(translator)
    try:
        for n in (1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111):
            if n % 10 == 1 and n % 100 != 11:
                form = forms[0]
            elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
                form = forms[1]
            else:
                form = forms[2]
            got = QCoreApplication.translate("StudentListPage", source, None, n)
            assert got == form.replace("%n", str(n)), n
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_qt_own_translations_load(lang: str) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    assert translator.load(f"qtbase_{lang}", folder), f"qtbase_{lang}.qm not found in {folder}"
    assert not translator.isEmpty()


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_context(lang: str) -> None:
    """A tr() alias (``tr = ...``) hides the context from lupdate: its strings land in an empty
    context and are never found at run time."""
    assert [str(m) for m in read_ts(ts_path(lang)) if not m.context] == []
