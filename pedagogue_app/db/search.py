"""Search-key helpers: folding Kazakh and Russian names so either spelling finds a child.

SQLite folds ASCII case only, so names are folded here: casefold, ё -> е, and Kazakh letters to
their Russian look-alikes (ә -> а, ғ -> г, қ -> к, ң -> н, ө -> о, ұ/ү -> у, һ -> х, і -> и).
A separate *sort key* keeps the Kazakh alphabet order (А Ә Б В Г Ғ ...), so the register is
listed in the order a Kazakh or Russian reader expects straight from an index.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({
    "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
    "һ": "х", "і": "и", "i": "и",
})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Kazakh alphabet; Russian is a subset of it in the same order.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# Map each letter to a private-use code point that keeps the alphabet order; digits and Latin
# letters sort before Cyrillic, as ICU does.
_SORT = str.maketrans({ch: chr(0xE100 + i) for i, ch in enumerate(_ALPHABET)})


def fold(text: str) -> str:
    """Fold case, ё and Kazakh letters; collapse spaces."""
    return " ".join(text.casefold().translate(_FOLD).split())


def tokens(text: str) -> list[str]:
    """Folded words of a name (hyphenated surnames give each part)."""
    return _WORD.findall(fold(text))


def sort_key(*parts: str) -> str:
    """An order key for names in Kazakh alphabet order, ignoring case."""
    return "\x01".join(p.casefold().translate(_SORT) for p in parts)


def prefix_upper_bound(prefix: str) -> str:
    """The exclusive upper bound of all strings starting with ``prefix`` (for an index range)."""
    return prefix + "\U0010ffff"
