"""Install translators (the app's and Qt's own qtbase), switch language at run time.

Source strings are English; Kazakh and Russian come from resources/translations/*.qm.
Translating codes of the domain lists and validation messages also lives here, so widgets
never format a message themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resources_dir

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []


def default_language() -> str:
    """The system language when it is Kazakh or Russian, else Russian for a Kazakh school PC."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "ru"


def install(code: str) -> bool:
    """Switch the whole application to ``code``; widgets retranslate on LanguageChange."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code if code != "en" else "en_GB"))
    if code == "en":
        return True
    ok = True
    sources = [(f"pedagogue_{code}", str(resources_dir() / "translations")),
               (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    return ok


def current() -> str:
    """The language code now in use."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def translated(context: str, text: str, n: int = -1) -> str:
    """Translate a text marked elsewhere (a catalog label, a message) at run time."""
    return QCoreApplication.translate(context, text, None, n)


def label(catalog: dict[Any, str], code: Any) -> str:
    """The translated label of a code from services.catalog (the code itself if unknown)."""
    text = catalog.get(code)
    return translated("Catalog", text) if text else str(code)


def labels(catalog: dict[Any, str], codes: str) -> str:
    """Comma-separated codes -> comma-separated translated labels."""
    return ", ".join(label(catalog, c) for c in codes.split(",") if c)


def _format(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def error_text(code: str, params: dict[str, Any]) -> str:
    """A validation message in the current language."""
    from .services.messages import MESSAGES

    values = dict(params)
    if "problem" in values:  # a family member's own error, itself a message code
        inner = translated("Validation", MESSAGES.get(values["problem"], values["problem"]))
        values["problem"] = _format(inner, values)
    return _format(translated("Validation", MESSAGES.get(code, code)), values)
