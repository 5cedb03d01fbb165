"""Opening the register, migrations and search-key helpers."""

from .connection import Register, open_register, verify_register
from .errors import NotARegister, RegisterDamaged, RegisterError, RegisterNotFound, RegisterTooNew

__all__ = [
    "NotARegister", "Register", "RegisterDamaged", "RegisterError", "RegisterNotFound",
    "RegisterTooNew", "open_register", "verify_register",
]
