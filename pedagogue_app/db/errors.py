"""Errors raised when a file cannot be used as the register. Each carries a user-facing message."""

from __future__ import annotations

from pathlib import Path


class RegisterError(Exception):
    """The register file cannot be opened; ``code`` tells the UI which message to show."""

    code = "register_error"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{self.code}: {path}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.detail = detail


class RegisterNotFound(RegisterError):
    code = "not_found"


class NotARegister(RegisterError):
    code = "not_a_register"


class RegisterDamaged(RegisterError):
    code = "damaged"


class RegisterTooNew(RegisterError):
    """Written by a newer program version; it is left untouched."""

    code = "too_new"

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"schema {found} > {supported}")
        self.found = found
        self.supported = supported
