"""The recovery key sheet: one A4 page in Kazakh or Russian with the key, its QR code and how to
keep it; read back with pypdf, the QR code with zbarimg on the page drawn by pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pedagogue_app.db.keyslots import new_recovery_key, parse_recovery_key
from pedagogue_app.documents.recovery_key import RecoveryKeySheet, build, file_name, key_groups

SCHOOL = "«Шымкент қаласының №45 жалпы білім беретін мектебі» КММ"
MADE_ON = date(2026, 3, 2)
WORDS = {
    "kk": ["Қалпына келтіру кілті", "Кілт жасалған күн", "2026 жылғы 2 наурыз", "сейфінде",
           "Құпия сөзді ұмыттыңыз ба?", "Кілтті сақтауға қабылдадым", "Қолы",
           "Құпия. Тек қызметтік пайдалану үшін"],
    "ru": ["Ключ восстановления", "Дата создания ключа", "2 марта 2026 г.", "в сейфе школы",
           "Забыли пароль?", "Ключ на хранение принял(а)", "Подпись",
           "Конфиденциально. Для служебного пользования"],
}


def read(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_sheet_holds_the_key_and_what_to_do_with_it(lang: str) -> None:
    key = new_recovery_key()
    pages, text = read(build(RecoveryKeySheet(key, SCHOOL, MADE_ON), lang))
    assert pages == 1
    for group in key.split("-"):
        assert group in text
    assert SCHOOL in text
    for word in WORDS[lang]:
        assert word in text, word
    other = "ru" if lang == "kk" else "kk"
    assert WORDS[other][0] in text  # the title in both languages


def test_key_groups_however_typed() -> None:
    key = new_recovery_key()
    assert key_groups(key.replace("-", " ").lower()) == key.split("-")
    assert "-".join(key_groups(key)) == key


def test_file_name_and_language() -> None:
    assert file_name("kk") == "қалпына-келтіру-кілті.pdf"
    assert file_name("ru") == "ключ-восстановления.pdf"
    with pytest.raises(ValueError):
        build(RecoveryKeySheet(new_recovery_key(), SCHOOL, MADE_ON), "en")


def test_the_qr_code_reads_back_as_the_key(tmp_path: Path) -> None:
    for tool in ("pdftoppm", "zbarimg"):
        assert shutil.which(tool), f"{tool} is installed by installer/linux-deps.sh (make test)"
    key = new_recovery_key()
    pdf = tmp_path / "key.pdf"
    pdf.write_bytes(build(RecoveryKeySheet(key, SCHOOL, MADE_ON), "kk"))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == key
    assert parse_recovery_key(out.stdout.strip()) == key.replace("-", "")[:30]
