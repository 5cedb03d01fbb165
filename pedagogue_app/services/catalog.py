"""Fixed lists of the domain (codes stored in the register, English labels translated by the UI)."""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

SEX = {
    "M": QT_TRANSLATE_NOOP("Catalog", "male"),
    "F": QT_TRANSLATE_NOOP("Catalog", "female"),
}
LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("Catalog", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Catalog", "Russian"),
    "en": QT_TRANSLATE_NOOP("Catalog", "English"),
}
FAMILY_CATEGORIES = {
    "incomplete": QT_TRANSLATE_NOOP("Catalog", "incomplete family"),
    "large": QT_TRANSLATE_NOOP("Catalog", "large family (4+ children)"),
    "low_income": QT_TRANSLATE_NOOP("Catalog", "low-income / АСП"),
    "guardianship": QT_TRANSLATE_NOOP("Catalog", "guardianship / foster"),
    "orphan": QT_TRANSLATE_NOOP("Catalog", "orphan"),
    "disability": QT_TRANSLATE_NOOP("Catalog", "disability (child or parent)"),
    "emergency": QT_TRANSLATE_NOOP("Catalog", "emergency"),
    "difficult": QT_TRANSLATE_NOOP("Catalog", "difficult life situation"),
    "dysfunctional": QT_TRANSLATE_NOOP("Catalog", "dysfunctional family"),
    "migrant": QT_TRANSLATE_NOOP("Catalog", "migrants / кандасы"),
}
REGISTER_KINDS = {
    "school": QT_TRANSLATE_NOOP("Catalog", "school register"),
    "police": QT_TRANSLATE_NOOP("Catalog", "police (ОЮП)"),
    "commission": QT_TRANSLATE_NOOP("Catalog", "commission (КДНиЗП)"),
}
REGISTER_GROUNDS = {
    "learning": QT_TRANSLATE_NOOP("Catalog", "learning difficulties"),
    "absence": QT_TRANSLATE_NOOP("Catalog", "systematic unexcused absence"),
    "antisocial": QT_TRANSLATE_NOOP("Catalog", "antisocial behaviour"),
    "offence": QT_TRANSLATE_NOOP("Catalog", "offence committed"),
    "violence_victim": QT_TRANSLATE_NOOP("Catalog", "victim of violence"),
    "suicidal_risk": QT_TRANSLATE_NOOP("Catalog", "suicidal risk"),
    "difficult": QT_TRANSLATE_NOOP("Catalog", "difficult life situation"),
}
RESTRICTED_GROUNDS = frozenset({"violence_victim", "suicidal_risk"})
RELATIONS = {
    "mother": QT_TRANSLATE_NOOP("Catalog", "mother"),
    "father": QT_TRANSLATE_NOOP("Catalog", "father"),
    "stepmother": QT_TRANSLATE_NOOP("Catalog", "stepmother"),
    "stepfather": QT_TRANSLATE_NOOP("Catalog", "stepfather"),
    "grandmother": QT_TRANSLATE_NOOP("Catalog", "grandmother"),
    "grandfather": QT_TRANSLATE_NOOP("Catalog", "grandfather"),
    "guardian": QT_TRANSLATE_NOOP("Catalog", "guardian"),
    "sibling": QT_TRANSLATE_NOOP("Catalog", "brother or sister"),
    "other": QT_TRANSLATE_NOOP("Catalog", "other relative"),
}
MEALS_CATEGORIES = {
    1: QT_TRANSLATE_NOOP("Catalog", "1: receives targeted social assistance (АСП)"),
    2: QT_TRANSLATE_NOOP("Catalog", "2: income below the subsistence minimum"),
    3: QT_TRANSLATE_NOOP("Catalog", "3: orphan or without parental care"),
    4: QT_TRANSLATE_NOOP("Catalog", "4: family in an emergency"),
    5: QT_TRANSLATE_NOOP("Catalog", "5: other, by collegial decision"),
}
# Filters of the student register: register kinds, special needs, and family categories.
STUDENT_FILTERS = {
    "reg_school": REGISTER_KINDS["school"],
    "reg_police": REGISTER_KINDS["police"],
    "reg_commission": REGISTER_KINDS["commission"],
    "sen": QT_TRANSLATE_NOOP("Catalog", "special educational needs"),
    **{f"fam_{code}": label for code, label in FAMILY_CATEGORIES.items()},
}
CLASS_LETTERS = "АӘБВГҒДЕЖЗИКҚЛМНОӨПРСТУҰҮ"
