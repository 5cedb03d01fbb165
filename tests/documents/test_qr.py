"""The QR code on a document is readable by an ordinary reader (zbarimg on the rendered page)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pedagogue_app.documents.base import para, qr_code, render


@pytest.mark.parametrize("text", ["Исх. № 15 от 20.11.2026, БИН 040540001234",
                                  "Шығ. № 7, 01.09.2026, БСН 040540001234"])
def test_qr_code_reads_back(tmp_path: Path, text: str) -> None:
    for tool in ("pdftoppm", "zbarimg"):
        assert shutil.which(tool), f"{tool} is installed by installer/linux-deps.sh (make test)"
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(render([para("Хат"), qr_code(text)], lang="ru", title="qr"))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    page = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == text
