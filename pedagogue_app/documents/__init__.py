"""Printed documents: ReportLab platypus, no Qt. Each module offers ``build(data, lang) -> bytes``.

``lang`` is ``"kk"`` or ``"ru"``, chosen per document and independent of the UI language. The data
objects are plain dataclasses filled by ``services``; nothing here reads the database.
"""

LANGS = ("kk", "ru")
