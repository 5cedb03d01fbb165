"""English source texts of validation messages, keyed by code; the UI shows them translated.

``QT_TRANSLATE_NOOP`` here is a plain marker read by lupdate; services never import Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


CONTEXT = "Validation"
MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Validation", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "Too long: at most {max} characters."),
    "bad_chars": QT_TRANSLATE_NOOP("Validation", "Use letters, spaces, hyphens and apostrophes only."),
    "iin_format": QT_TRANSLATE_NOOP("Validation", "The ИИН must be exactly 12 digits."),
    "iin_century": QT_TRANSLATE_NOOP("Validation", "The 7th digit of the ИИН must be 1 to 6."),
    "iin_date": QT_TRANSLATE_NOOP("Validation", "The first six digits of the ИИН are not a real date."),
    "iin_checksum": QT_TRANSLATE_NOOP("Validation", "The ИИН check digit is wrong: check for a typo."),
    "iin_duplicate": QT_TRANSLATE_NOOP("Validation", "This ИИН already belongs to {name}."),
    "iin_birth_mismatch": QT_TRANSLATE_NOOP(
        "Validation", "The birth date does not match the ИИН ({expected})."),
    "iin_sex_mismatch": QT_TRANSLATE_NOOP("Validation", "The sex does not match the ИИН."),
    "date_format": QT_TRANSLATE_NOOP("Validation", "Enter the date as DD.MM.YYYY."),
    "date_future": QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."),
    "date_too_old": QT_TRANSLATE_NOOP("Validation", "The date is too far in the past."),
    "student_age": QT_TRANSLATE_NOOP(
        "Validation", "A student's birth date must be within the last 25 years."),
    "grade_range": QT_TRANSLATE_NOOP("Validation", "The grade must be from 0 to 11."),
    "class_letter": QT_TRANSLATE_NOOP("Validation", "The class letter must be one letter, e.g. А or Ә."),
    "bad_choice": QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."),
    "bin_format": QT_TRANSLATE_NOOP("Validation", "The BIN must be exactly 12 digits."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Validation", "Phone: digits with an optional +, spaces, brackets and hyphens."),
    "meals_category": QT_TRANSLATE_NOOP("Validation", "The free-meals category must be 1 to 5."),
    "evidence_needed": QT_TRANSLATE_NOOP(
        "Validation", "Give the evidence document and its expiry date."),
    "member_invalid": QT_TRANSLATE_NOOP("Validation", "Family member {row}: {problem}"),
    "duplicate_category": QT_TRANSLATE_NOOP("Validation", "The category is listed twice."),
    "date_order": QT_TRANSLATE_NOOP("Validation", "This date cannot be before {other}."),
    "date_too_far": QT_TRANSLATE_NOOP("Validation", "The date is too far in the future."),
    "number_range": QT_TRANSLATE_NOOP("Validation", "Enter a number from {min} to {max}."),
    "choose_student": QT_TRANSLATE_NOOP("Validation", "Choose a student."),
    "choose_one": QT_TRANSLATE_NOOP("Validation", "Choose at least one."),
    "row_invalid": QT_TRANSLATE_NOOP("Validation", "Row {row}: {problem}"),
}


def register_messages(messages: dict[str, str]) -> None:
    """Add an area's own messages (marked with QT_TRANSLATE_NOOP("Validation", ...))."""
    clash = {k for k in messages if k in MESSAGES and MESSAGES[k] != messages[k]}
    if clash:
        raise ValueError(f"message codes already used: {sorted(clash)}")
    MESSAGES.update(messages)
