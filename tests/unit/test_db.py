"""Opening the register: pragmas, schema vs models, foreign/damaged/newer files left untouched."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import struct
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee
import pytest

from pedagogue_app import __version__, models
from pedagogue_app.db import (
    NotARegister,
    Register,
    RegisterDamaged,
    RegisterError,
    RegisterNotFound,
    RegisterTooNew,
    migrations,
    open_register,
)
from pedagogue_app.services import local_actor
from pedagogue_app.services.families import FamilyService
from pedagogue_app.services.school import SchoolService
from pedagogue_app.services.students import StudentData, StudentService

PAGE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(reg: Register, name: str) -> Any:
    return reg.db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def header_ints(path: Path) -> tuple[int, int]:
    """(user_version, application_id) as written in the file header."""
    header = path.read_bytes()[:100]
    return struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]


def assert_left_untouched(path: Path, digest: str) -> None:
    assert sha256(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no backups


# --- a new register ---------------------------------------------------------------------------

def test_new_register_pragmas(register: Register) -> None:
    assert pragma(register, "journal_mode") == "wal"
    assert pragma(register, "foreign_keys") == 1
    assert pragma(register, "synchronous") == 2  # FULL
    assert pragma(register, "application_id") == migrations.APPLICATION_ID
    assert pragma(register, "user_version") == migrations.LATEST
    assert migrations.current_version(register.db) == migrations.LATEST
    assert migrations.pending(register.db) == []
    assert register.backup_before_migration is None
    # the header on disk already says "register, schema LATEST" (checkpointed after migrating)
    assert header_ints(register.path) == (migrations.LATEST, migrations.APPLICATION_ID)


def test_schema_migration_rows(register: Register) -> None:
    rows = register.db.execute_sql(
        "SELECT version, name, applied_at, app_version FROM schema_migration ORDER BY version"
    ).fetchall()
    assert [(v, n, a) for v, n, _, a in rows] == [
        (s.version, s.name, __version__) for s in migrations.STEPS]
    assert [s.version for s in migrations.STEPS] == list(range(1, migrations.LATEST + 1))
    for _, _, applied_at, _ in rows:
        assert datetime.fromisoformat(applied_at).utcoffset() is not None


def test_foreign_keys_are_enforced(register: Register) -> None:
    with pytest.raises(peewee.IntegrityError):
        models.FamilyMember.create(family=999, last_name="Жоқ", first_name="Адам",
                                   relation="mother")


def test_device_id_is_a_stable_uuid(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    reg = open_register(path, create=True)
    device = reg.device_id
    reg.close()
    assert str(uuid.UUID(device)) == device
    again = open_register(path)
    try:
        assert again.device_id == device
    finally:
        again.close()


def test_create_makes_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "register.db"
    reg = open_register(path, create=True)
    reg.close()
    assert header_ints(path) == (migrations.LATEST, migrations.APPLICATION_ID)


def test_empty_file_with_create_becomes_a_register(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    path.write_bytes(b"")
    reg = open_register(path, create=True)
    reg.close()
    assert header_ints(path) == (migrations.LATEST, migrations.APPLICATION_ID)


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "register.db"
    with pytest.raises(RegisterNotFound) as err:
        open_register(path)
    assert (err.value.code, err.value.path) == ("not_found", path)
    assert not path.parent.exists()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    reg = open_register(path, create=True)
    actor = local_actor(reg.device_id)
    sid = StudentService(reg).save(actor, StudentData(
        last_name="Сейітова", first_name="Мадина", iin="110617604178", grade=7,
        class_letter="Б"))
    reg.close()
    assert not Path(f"{path}-wal").exists()  # a clean close folds the WAL back into the file

    again = open_register(path)
    try:
        record = StudentService(again).get(actor, sid)
        assert (record.full_name, record.data.iin, record.data.birth_date) == (
            "Сейітова Мадина", "110617604178", date(2011, 6, 17))
        assert again.backup_before_migration is None
    finally:
        again.close()


# --- the schema the migrations build is the schema the models describe --------------------------

def _columns(db: peewee.Database, table: str) -> dict[str, tuple[str, int, int]]:
    rows = db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    return {name: (kind.upper(), notnull, pk) for _, name, kind, notnull, _, pk in rows}


def _foreign_keys(db: peewee.Database, table: str) -> set[tuple[str, str, str, str]]:
    rows = db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
    return {(r[2], r[3], r[4], r[6]) for r in rows}


def _indexes(db: peewee.Database, table: str) -> set[tuple[str, int, tuple[str, ...]]]:
    found = set()
    for _, name, unique, *_ in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
        cols = tuple(r[2] for r in db.execute_sql(f'PRAGMA index_info("{name}")').fetchall())
        found.add((name, unique, cols))
    return found


@pytest.fixture(scope="module")
def model_schema() -> peewee.SqliteDatabase:
    """The tables peewee would create from the models today."""
    db = peewee.SqliteDatabase(":memory:")
    with db.bind_ctx(models.ALL_MODELS):
        db.create_tables(models.ALL_MODELS)
    return db


@pytest.mark.parametrize("model", models.ALL_MODELS, ids=lambda m: m.__name__)
def test_model_matches_migrated_table(register: Register, model_schema: peewee.SqliteDatabase,
                                      model: type[peewee.Model]) -> None:
    table = model._meta.table_name
    assert _columns(register.db, table) == _columns(model_schema, table), (
        f"{model.__name__} and the migrated table '{table}' differ: add a migration step")
    assert _foreign_keys(register.db, table) == _foreign_keys(model_schema, table)
    assert _indexes(model_schema, table) <= _indexes(register.db, table)


def test_every_table_has_a_model(register: Register) -> None:
    tables = {r[0] for r in register.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")}
    assert tables == {m._meta.table_name for m in models.ALL_MODELS} | {"schema_migration"}


def test_registers_own_indexes(register: Register) -> None:
    student = _indexes(register.db, "student")
    assert ("student_iin_live", 1, ("iin",)) in student
    assert ("student_sort_key", 0, ("sort_key",)) in student
    assert ("search_token_lookup", 0, ("entity", "token", "rec_id")) in _indexes(
        register.db, "search_token")


# --- files that are not (usable) registers are refused and left exactly as they were -------------

def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(3 * PAGE))


def _text(path: Path) -> None:
    path.write_text("Фамилия;Имя\nТестов;Нұрлан\n" * 50, encoding="utf-8")


def _short(path: Path) -> None:
    path.write_bytes(b"SQLite for")


def _magic_then_zeros(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(PAGE - 16))


def _sqlite(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def _foreign_sqlite(path: Path) -> None:
    _sqlite(path, "CREATE TABLE x (a TEXT)", "INSERT INTO x VALUES ('чужие данные')")


def _other_application(path: Path) -> None:
    _sqlite(path, "PRAGMA application_id = 305419896", "PRAGMA user_version = 1",
            "CREATE TABLE student (id INTEGER PRIMARY KEY)")


def _our_schema_without_application_id(path: Path) -> None:
    _sqlite(path, "PRAGMA user_version = 1", "CREATE TABLE setting (key TEXT, value TEXT)")


@pytest.mark.parametrize("make", [
    _random_bytes, _text, _short, _magic_then_zeros, _foreign_sqlite, _other_application,
    _our_schema_without_application_id,
], ids=lambda f: f.__name__.strip("_"))
def test_foreign_file_is_not_a_register(tmp_path: Path, make: Callable[[Path], None]) -> None:
    path = tmp_path / "register.db"
    make(path)
    digest = sha256(path)
    for create in (False, True):
        with pytest.raises(NotARegister) as err:
            open_register(path, create=create)
        assert (err.value.code, err.value.path) == ("not_a_register", path)
    assert_left_untouched(path, digest)


def test_header_says_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    open_register(path, create=True).close()
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">I", migrations.LATEST + 1)
    path.write_bytes(bytes(data))
    digest = sha256(path)
    with pytest.raises(RegisterTooNew) as err:
        open_register(path)
    assert (err.value.code, err.value.found, err.value.supported) == (
        "too_new", migrations.LATEST + 1, migrations.LATEST)
    assert_left_untouched(path, digest)


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed register with many data pages (students with long notes)."""
    path = tmp_path_factory.mktemp("big") / "register.db"
    reg = open_register(path, create=True)
    service, actor = StudentService(reg), local_actor(reg.device_id)
    with reg.db.atomic():
        for i in range(80):
            service.save(actor, StudentData(
                last_name="Толтырылған", first_name="Оқушы",
                birth_date=date(2012, 1, 1 + i % 28), sex="F", grade=i % 12, class_letter="А",
                notes=f"{i:03d} " + "ұзын жазба " * 120), allow_similar=True)
    reg.close()
    assert path.stat().st_size // PAGE > 120
    return path


def _damage(path: Path, offset: int, length: int, seed: int = 1) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + length] = random.Random(seed).randbytes(length)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("where", "expected"), [
    ("second page", RegisterDamaged),
    ("middle page", RegisterDamaged),
    ("three middle pages", RegisterDamaged),
    ("last page", RegisterDamaged),
    ("file header", NotARegister),
])
def test_damaged_register_is_refused_and_untouched(
        tmp_path: Path, big_register: Path, where: str, expected: type[RegisterError]) -> None:
    path = tmp_path / "register.db"
    shutil.copy(big_register, path)
    pages = path.stat().st_size // PAGE
    offset, length = {
        "second page": (PAGE, PAGE),
        "middle page": (pages // 2 * PAGE, PAGE),
        "three middle pages": ((pages // 2 - 1) * PAGE, 3 * PAGE),
        "last page": ((pages - 1) * PAGE, PAGE),
        "file header": (0, 100),
    }[where]
    _damage(path, offset, length)
    digest = sha256(path)
    with pytest.raises(expected):
        open_register(path)
    assert_left_untouched(path, digest)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])  # e.g. a copy to a USB stick cut short


def test_truncated_register_is_damaged(tmp_path: Path, big_register: Path) -> None:
    path = tmp_path / "register.db"
    shutil.copy(big_register, path)
    _truncate(path)
    with pytest.raises(RegisterDamaged):
        open_register(path)


def test_truncated_register_is_left_untouched(tmp_path: Path, big_register: Path) -> None:
    path = tmp_path / "register.db"
    shutil.copy(big_register, path)
    _truncate(path)
    digest = sha256(path)
    with pytest.raises((RegisterError, peewee.DatabaseError)):
        open_register(path)
    assert_left_untouched(path, digest)


def test_big_register_itself_opens(tmp_path: Path, big_register: Path) -> None:
    path = tmp_path / "register.db"
    shutil.copy(big_register, path)
    reg = open_register(path)
    try:
        assert StudentService(reg).count(local_actor(reg.device_id)) == 80
    finally:
        reg.close()


# --- error objects ----------------------------------------------------------------------------

@pytest.mark.parametrize(("error", "code"), [
    (RegisterNotFound(Path("x.db")), "not_found"),
    (NotARegister(Path("x.db"), "no SQLite header"), "not_a_register"),
    (RegisterDamaged(Path("x.db"), "malformed"), "damaged"),
    (RegisterTooNew(Path("x.db"), 7, 1), "too_new"),
])
def test_register_errors(error: RegisterError, code: str) -> None:
    assert isinstance(error, RegisterError)
    assert error.code == code
    assert str(error).startswith(f"{code}: x.db")
    assert error.path == Path("x.db")


def test_too_new_names_both_versions() -> None:
    error = RegisterTooNew(Path("x.db"), 7, 1)
    assert (error.found, error.supported, error.detail) == (7, 1, "schema 7 > 1")
    assert str(error) == "too_new: x.db (schema 7 > 1)"
    assert str(RegisterNotFound(Path("x.db"))) == "not_found: x.db"


# --- the frozen register of schema 1 and the migration machinery --------------------------------

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"
FIXTURE_VERSION = 1


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    """A copy of the frozen schema-1 register (the fixture itself is never opened)."""
    assert header_ints(FIXTURE) == (FIXTURE_VERSION, migrations.APPLICATION_ID)
    assert not Path(f"{FIXTURE}-wal").exists()
    path = tmp_path / "register.db"
    shutil.copy(FIXTURE, path)
    return path


def _assert_v1_data(reg: Register) -> None:
    """What make_register_v1.py stored, read back through today's services."""
    actor = local_actor(reg.device_id)
    students = StudentService(reg)
    rows = students.search(actor)
    assert [(r.full_name, r.class_name, r.iin, r.birth_date) for r in rows] == [
        ("Ёлкина Мария Ивановна", "9В", "100203600013", "2010-02-03"),
        ("Тестов Нұрлан Ерланұлы", "5А", "130314500175", "2013-03-14"),
        ("Тестова Әсел Ерланқызы", "3Б", "160520600028", "2016-05-20"),
        ("Үлгіев Ілияс", "7Ә", "", "2011-11-11"),
    ]
    assert [r.full_name for r in students.search(actor, "Нурлан")] == ["Тестов Нұрлан Ерланұлы"]
    assert [r.full_name for r in students.search(actor, "Илияс")] == ["Үлгіев Ілияс"]
    assert students.count(actor) == 4
    archived = models.Student.get(models.Student.last_name == "Архивов")
    assert students.get(actor, archived.id).archived is True

    nurlan = rows[1]
    card = students.card(actor, nurlan.id)
    assert card.family_title == "Тестовтар"
    assert sorted(card.family_categories) == ["large", "low_income"]
    assert [(m[0], m[1], m[3]) for m in card.family_members] == [
        ("Тестова Гүлнар Маратқызы", "mother", True), ("Тестов Ерлан", "father", False)]
    assert [(r.kind, r.ground, r.start_date, r.protocol_no) for r in card.registrations] == [
        ("school", "absence", date(2024, 9, 16), "№ 2")]
    assert nurlan.register_kinds == "school"

    families = FamilyService(reg)
    assert [(f.title, sorted(f.categories.split(","))) for f in families.search(actor)] == [
        ("Тестовтар", ["large", "low_income"]), ("Үлгіевтер", ["guardianship"])]
    testovs = families.get(actor, card.family_id).data
    assert (testovs.free_meals_category, testovs.free_meals_evidence,
            testovs.free_meals_valid_until, testovs.risk_unemployment) == (
        1, "АСП № 001", date(2026, 12, 31), True)
    assert [(m.iin, m.birth_date) for m in testovs.members] == [
        ("870412400711", date(1987, 4, 12)), ("850720300107", date(1985, 7, 20))]

    school = SchoolService(reg).get(actor)
    assert school is not None
    assert (school.name_ru, school.bin) == ("Учебная школа № 0", "990140000000")
    # every stored record was written by this register's own device
    assert {s.updated_by for s in models.Student.select()} == {reg.device_id}


NEXT = migrations.LATEST + 1


def _add_nickname(db: peewee.Database) -> None:
    db.execute_sql("ALTER TABLE student ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
    db.execute_sql("UPDATE student SET nickname = 'лақап ' || id")


def _fail_midway(db: peewee.Database) -> None:
    _add_nickname(db)
    db.execute_sql("UPDATE student SET last_name = 'БҰЗЫЛҒАН'")
    db.execute_sql("DELETE FROM family_member")
    raise RuntimeError("step failed midway")


def _inspect(path: Path) -> dict[str, Any]:
    """Read a register with plain sqlite3 (no migrations, no pragmas of the program)."""
    con = sqlite3.connect(path)
    try:
        return {
            "user_version": con.execute("PRAGMA user_version").fetchone()[0],
            "steps": [v for (v,) in con.execute(
                "SELECT version FROM schema_migration ORDER BY version")],
            "student_columns": [r[1] for r in con.execute("PRAGMA table_info(student)")],
            "last_names": sorted(r[0] for r in con.execute("SELECT last_name FROM student")),
            "members": con.execute("SELECT count(*) FROM family_member").fetchone()[0],
        }
    finally:
        con.close()


RELEASED_STEPS = list(migrations.STEPS)
RELEASED_LATEST = RELEASED_STEPS[-1].version


def _released(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` after the released steps ran (they commit one by one, before a later one)."""
    return {**state, "user_version": RELEASED_LATEST,
            "steps": list(range(1, RELEASED_LATEST + 1))}


def _with_steps(monkeypatch: pytest.MonkeyPatch, *extra: migrations.Step) -> None:
    """Pretend the program has the released steps plus ``extra``."""
    steps = [*RELEASED_STEPS, *extra]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", steps[-1].version)


V1_LAST_NAMES = ["Архивов", "Тестов", "Тестова", "Ёлкина", "Үлгіев"]


@pytest.mark.parametrize("future_step", [False, True], ids=["today", "with_a_future_step"])
def test_frozen_v1_register_opens_and_upgrades(monkeypatch: pytest.MonkeyPatch, v1_copy: Path,
                                               future_step: bool) -> None:
    if future_step:  # what this test will check by itself once the schema has moved on
        _with_steps(monkeypatch, migrations.Step(NEXT, "student nickname", func=_add_nickname))
    fixture_digest = sha256(FIXTURE)
    reg = open_register(v1_copy)
    try:
        assert pragma(reg, "user_version") == migrations.LATEST
        versions = [v for (v,) in reg.db.execute_sql(
            "SELECT version FROM schema_migration ORDER BY version")]
        assert versions == list(range(1, migrations.LATEST + 1))
        if FIXTURE_VERSION < migrations.LATEST:
            backup = reg.backup_before_migration
            assert backup is not None and backup.exists()
            assert backup.parent == v1_copy.parent / "backups"
            assert header_ints(backup)[0] == FIXTURE_VERSION
        else:
            assert reg.backup_before_migration is None
            assert not (v1_copy.parent / "backups").exists()
        _assert_v1_data(reg)
    finally:
        reg.close()
    assert header_ints(v1_copy) == (migrations.LATEST, migrations.APPLICATION_ID)
    assert sha256(FIXTURE) == fixture_digest


def test_new_step_runs_after_a_copy_is_made(monkeypatch: pytest.MonkeyPatch,
                                            v1_copy: Path) -> None:
    before = _inspect(v1_copy)
    assert sorted(before["last_names"]) == sorted(V1_LAST_NAMES)
    _with_steps(monkeypatch, migrations.Step(NEXT, "student nickname", func=_add_nickname))

    reg = open_register(v1_copy)
    try:
        backup = reg.backup_before_migration
        assert backup is not None and backup.exists()
        assert backup.parent == v1_copy.parent / "backups"
        assert backup.name.startswith(f"register-schema{FIXTURE_VERSION}-")
        assert pragma(reg, "user_version") == NEXT
        row = reg.db.execute_sql("SELECT name, app_version FROM schema_migration "
                                 "WHERE version = ?", (NEXT,)).fetchone()
        assert row == ("student nickname", __version__)
        nick = reg.db.execute_sql("SELECT nickname FROM student WHERE last_name = 'Ёлкина'")
        assert nick.fetchone()[0].startswith("лақап ")
        _assert_v1_data(reg)
    finally:
        reg.close()

    after = _inspect(v1_copy)
    assert after["user_version"] == NEXT
    assert after["steps"] == [*before["steps"], *range(FIXTURE_VERSION + 1, NEXT + 1)]
    assert after["student_columns"] == [*before["student_columns"], "nickname"]
    assert header_ints(v1_copy)[0] == NEXT
    assert _inspect(backup) == before  # the copy is the register as it was

    # Opening again does not migrate (or copy) a second time.
    reg = open_register(v1_copy)
    reg.close()
    assert reg.backup_before_migration is None
    assert len(list(backup.parent.iterdir())) == 1

    # The older program refuses the upgraded file and leaves it alone.
    monkeypatch.undo()
    digest = sha256(v1_copy)
    with pytest.raises(RegisterTooNew) as err:
        open_register(v1_copy)
    assert (err.value.found, err.value.supported) == (NEXT, migrations.LATEST)
    assert sha256(v1_copy) == digest


def test_failing_step_leaves_nothing_half_applied(monkeypatch: pytest.MonkeyPatch,
                                                  v1_copy: Path) -> None:
    before = _inspect(v1_copy)
    _with_steps(monkeypatch, migrations.Step(NEXT, "broken", func=_fail_midway))

    with pytest.raises(RuntimeError, match="step failed midway"):
        open_register(v1_copy)

    # The released steps before the broken one committed; the broken one left nothing.
    assert _inspect(v1_copy) == _released(before)
    backups = list((v1_copy.parent / "backups").iterdir())
    assert len(backups) == 1 and _inspect(backups[0]) == before
    assert not Path(f"{v1_copy}-wal").exists()

    # With the step fixed, the same file migrates.
    _with_steps(monkeypatch, migrations.Step(NEXT, "student nickname", func=_add_nickname))
    reg = open_register(v1_copy)
    try:
        assert pragma(reg, "user_version") == NEXT
        _assert_v1_data(reg)
    finally:
        reg.close()


def test_steps_commit_one_by_one(monkeypatch: pytest.MonkeyPatch, v1_copy: Path) -> None:
    before = _inspect(v1_copy)
    _with_steps(monkeypatch, migrations.Step(NEXT, "student nickname", func=_add_nickname),
                migrations.Step(NEXT + 1, "broken", func=_fail_midway_without_column))

    with pytest.raises(RuntimeError, match="second step failed"):
        open_register(v1_copy)

    after = _inspect(v1_copy)
    assert after["user_version"] == NEXT  # the first step is kept, the second left no trace
    assert after["steps"] == [*_released(before)["steps"], NEXT]
    assert after["student_columns"] == [*before["student_columns"], "nickname"]
    assert after["last_names"] == before["last_names"]
    assert after["members"] == before["members"]


def _fail_midway_without_column(db: peewee.Database) -> None:
    db.execute_sql("UPDATE student SET last_name = 'БҰЗЫЛҒАН'")
    db.execute_sql("DELETE FROM family_member")
    raise RuntimeError("second step failed")


def test_failing_sql_file_step(monkeypatch: pytest.MonkeyPatch, v1_copy: Path) -> None:
    """An SQL-file step that fails (here: 0001 again, its tables exist) changes nothing."""
    before = _inspect(v1_copy)
    _with_steps(monkeypatch, migrations.Step(NEXT, "initial again",
                                             sql_file="0001_initial.sql"))
    with pytest.raises((sqlite3.OperationalError, peewee.OperationalError)):
        open_register(v1_copy)
    assert _inspect(v1_copy) == _released(before)
