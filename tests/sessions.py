"""Encrypted registers with one account per role, for tests of logins, locks and accounts.

``make_encrypted(folder)`` writes ``folder/register.db`` (encrypted) and ``register.keys`` with a
cheap key derivation (tests only), an administrator and one account per other role, and returns
the open :class:`~pedagogue_app.services.session.Session` of the administrator plus the recovery
key. The passwords pass the password rule; all names are fictional.
"""

from __future__ import annotations

from pathlib import Path

from pedagogue_app.db.keyslots import KdfParams
from pedagogue_app.services.school import SchoolData
from pedagogue_app.services.session import Session, create_register

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)

ACCOUNTS = {  # username: (password, role, full name)
    "admin": ("Terek-Alma-2026", "admin", "Жақсыбеков Нұрлан Ержанұлы"),
    "pedagog": ("Kayin-Orman-2026", "social_pedagogue", "Әбенова Сәуле Қайратқызы"),
    "psiholog": ("Shyrsha-Tau-2026", "psychologist", "Ковалева Ирина Павловна"),
    "direktor": ("Emen-Dala-2026", "director", "Бекова Гүлнар Асқарқызы"),
}


def school_data() -> SchoolData:
    return SchoolData(name_kk="№5 жалпы білім беретін мектеп", name_ru="Общеобразовательная школа №5",
                      bin="123456789012", district="Алтынсай ауданы",
                      address="Алтынсай қ., Абай к-сі, 5", director_name="Бекова Гүлнар")


def make_encrypted(folder: Path, *, roles: bool = True) -> tuple[Session, str]:
    """An encrypted register in ``folder`` with the accounts of :data:`ACCOUNTS`."""
    password, _role, full = ACCOUNTS["admin"]
    session, recovery = create_register(folder / "register.db", school_data(), "admin", full,
                                        password, kdf=CHEAP_KDF)
    if roles:
        for name, (pw, role, full_name) in ACCOUNTS.items():
            if role != "admin":
                session.accounts.add_account(session.actor, session.db_key, name, full_name,
                                             role, pw)
    return session, recovery
