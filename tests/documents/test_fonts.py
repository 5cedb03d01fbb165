"""Every letter of the Kazakh and Russian alphabets, upper and lower case, is in each shipped font."""

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from pedagogue_app.documents.base import FONT_FILES
from pedagogue_app.paths import resources_dir

KAZAKH = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
EXTRA = "№«»—–"


def test_alphabets_are_complete_as_written_here():
    assert len(KAZAKH) == 42 and len(RUSSIAN) == 33


@pytest.mark.parametrize("file", sorted(set(FONT_FILES.values())))
def test_font_covers_kazakh_and_russian(file):
    font = TTFont("probe", str(resources_dir() / "fonts" / file))
    glyphs = font.face.charToGlyph
    text = KAZAKH + KAZAKH.lower() + RUSSIAN + RUSSIAN.lower() + EXTRA
    missing = sorted({c for c in text if ord(c) not in glyphs})
    assert missing == []


@pytest.mark.parametrize("licence", ["LICENSE-LiberationSerif.txt", "LICENSE-DejaVuSans.txt"])
def test_font_licences_ship_beside_the_fonts(licence):
    text = (resources_dir() / "fonts" / licence).read_text(encoding="utf-8")
    assert "License" in text or "LICENSE" in text
