"""The command line on an encrypted register: backup, restore (also onto a new computer from a
USB stick) and audit verify ask for a login; wrong passwords are refused and counted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pedagogue_app import cli
from pedagogue_app.db.cipher import is_encrypted
from pedagogue_app.services.accounts import logins_path
from pedagogue_app.services.session import keys_path, log_in
from tests.sessions import ACCOUNTS, make_encrypted


def run(monkeypatch: pytest.MonkeyPatch, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return cli.main([*args, "--password-stdin"])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    session, _ = make_encrypted(folder)
    session.close()
    return folder


def test_backup_to_usb_and_restore_on_a_new_computer(data: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(monkeypatch, ACCOUNTS["pedagog"][0], "backup", "--to", str(usb),
               "--data-dir", str(data), "--user", "pedagog") == 0
    copy = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert copy.parent == usb and is_encrypted(copy)
    assert copy.with_suffix(".keys").read_bytes() == keys_path(data / "register.db").read_bytes()
    new = tmp_path / "new-computer"
    new.mkdir()
    assert run(monkeypatch, ACCOUNTS["admin"][0], "restore", str(copy), "--data-dir", str(new),
               "--user", "admin") == 0
    session = log_in(new / "register.db", "direktor", ACCOUNTS["direktor"][0])
    assert session.actor.role == "director"
    session.close()


def test_wrong_password_is_refused_and_counted(data: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = (data / "register.db").read_bytes()
    assert run(monkeypatch, "not-the-password", "backup", "--data-dir", str(data),
               "--user", "admin") == 1
    assert "wrong login name or password" in capsys.readouterr().err
    assert '"failures": 1' in logins_path(keys_path(data / "register.db")).read_text()
    assert not (data / "backups").exists()
    assert (data / "register.db").read_bytes() == before


def test_audit_verify_is_for_the_administrator(data: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, ACCOUNTS["admin"][0], "audit", "verify", "--data-dir", str(data),
               "--user", "admin") == 0
    assert "audit chain intact" in capsys.readouterr().out
    assert run(monkeypatch, ACCOUNTS["pedagog"][0], "audit", "verify", "--data-dir", str(data),
               "--user", "pedagog") == 1
    assert "only an administrator" in capsys.readouterr().err
