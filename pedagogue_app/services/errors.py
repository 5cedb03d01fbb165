"""The one error type for bad input: it names the field and carries a message key."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .messages import MESSAGES


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """English text (the UI translates ``code`` itself)."""
        return MESSAGES.get(self.code, self.code).format(**self.params)


class ValidationError(Exception):
    """Raised by services before anything is written; holds every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors

    @classmethod
    def single(cls, field_name: str, code: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_name, code, params)])

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFound(Exception):
    """The record asked for does not exist (or was deleted)."""


class SimilarRecordsFound(Exception):
    """Not an error: a record with the same folded name and birth date exists; confirm to save."""

    def __init__(self, similar: list[str]) -> None:
        super().__init__(", ".join(similar))
        self.similar = similar


class Collector:
    """Gathers field errors during validation, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, code: str, **params: Any) -> None:
        if not any(e.field == field_name for e in self.errors):
            self.errors.append(FieldError(field_name, code, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
