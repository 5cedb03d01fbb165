"""make bench: start-up, search-as-you-type and memory, each against a floor from the same run.

Results are printed as a table and merged into .bench/results.json (later issues add keys).
Start-up, login, memory and the encrypted search run on encrypted registers as shipped; the
card, dashboard and passport measures run on plain copies (they measure the program's own work;
encryption's cost is the ``encrypted_search_ratio``).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
RESULTS = BENCH_DIR / "results.json"
RUNS = 7


def demo_folder(students: int, encrypted: bool = False) -> Path:
    """A cached demo register of that size (seed 1), written on first use; ``encrypted`` as
    shipped (SQLCipher, the demo's accounts), else a plain file."""
    folder = BENCH_DIR / ("registers-encrypted" if encrypted else "registers") / str(students)
    if not (folder / "register.db").exists():
        from pedagogue_app.demo import write_demo_register

        folder.mkdir(parents=True, exist_ok=True)
        print(write_demo_register(folder / "register.db", students=students, seed=1,
                                  encrypt=encrypted))
    return folder


def _demo_login(role: str = "social_pedagogue") -> tuple[str, str]:
    from pedagogue_app.services.session import DEMO_ACCOUNTS

    account = next(a for a in DEMO_ACCOUNTS if a.role == role)
    return account.username, account.password


def _spawn_until_paint(args: list[str]) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.child", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line:
        raise RuntimeError(f"child {args} painted nothing")
    return elapsed, float(line.split()[1])


def bench_startup(folder: Path) -> dict[str, float]:
    """Start-up to the first window (the login dialog of the encrypted register) against a bare
    window; then the login: from the password given to the main window painted, key derivation
    (Argon2id), opening the encrypted register and the window included."""
    bare, app, login = [], [], []
    user, password = _demo_login()
    for _ in range(RUNS):  # interleaved, so machine noise hits both alike
        bare.append(_spawn_until_paint(["bare"])[0])
        app.append(_spawn_until_paint(["app", str(folder)])[0])
        login.append(_spawn_until_paint(["login", str(folder), user, password])[1])
    b, a = statistics.median(bare), statistics.median(app)
    return {"startup_bare_s": b, "startup_app_s": a, "startup_ratio": a / b,
            "login_s": statistics.median(login)}


def bench_rss(folder: Path) -> dict[str, float]:
    user, password = _demo_login()
    return {"rss_mib": statistics.median(
        _spawn_until_paint(["rss", str(folder), user, password])[1] for _ in range(3))}


def _queries(folder: Path) -> list[str]:
    """What a person types: 1 to 5 first letters of 12 surnames and 12 given names."""
    con = sqlite3.connect(folder / "register.db")
    rows = con.execute("SELECT last_name, first_name FROM student ORDER BY id").fetchall()
    con.close()
    rng = random.Random(7)
    words = [r[0] for r in rng.sample(rows, 12)] + [r[1] for r in rng.sample(rows, 12)]
    return [w[:n] for w in words for n in range(1, 6)]


def _page_search_times(folder: Path, queries: list[str]) -> list[float]:
    """The student list's search-as-you-type on the encrypted register (as shipped)."""
    from PySide6.QtWidgets import QApplication

    from pedagogue_app.services.session import log_in
    from pedagogue_app.services.students import StudentService
    from pedagogue_app.views.list_pages import StudentListPage

    app = QApplication.instance() or QApplication([])
    session = log_in(folder / "register.db", *_demo_login())
    page = StudentListPage(StudentService(session.register), session.actor)
    page.resize(1000, 700)
    page.show()
    app.processEvents()
    times = []
    for query in queries:
        page.ui.search.setText("")
        app.processEvents()
        start = time.perf_counter()
        page.ui.search.setText(query)
        page.ui.table.viewport().repaint()
        times.append(time.perf_counter() - start)
    page.close()
    session.close()
    return times


def bench_search(folder: Path, encrypted_folder: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pedagogue_app.db import open_register
    from pedagogue_app.services import local_actor
    from pedagogue_app.services.students import StudentService, build_search_sql
    from pedagogue_app.views.list_pages import StudentListPage

    app = QApplication.instance() or QApplication([])
    encrypted = _page_search_times(encrypted_folder, _queries(folder))
    register = open_register(folder / "register.db")
    page = StudentListPage(StudentService(register), local_actor(register.device_id))
    page.resize(1000, 700)
    page.show()
    app.processEvents()
    raw = sqlite3.connect(folder / "register.db")
    ours, floor, floor_ids, rows = [], [], [], []
    for query in _queries(folder):
        page.ui.search.setText("")
        app.processEvents()
        start = time.perf_counter()
        page.ui.search.setText(query)  # runs the search and resets the model
        page.ui.table.viewport().repaint()  # paints the rows now
        ours.append(time.perf_counter() - start)
        sql, params = build_search_sql(query)  # type: ignore[misc]
        start = time.perf_counter()
        found = raw.execute(sql, params).fetchall()  # every matching row, all list columns
        floor.append(time.perf_counter() - start)
        ids_sql, ids_params = build_search_sql(query, ids_only=True)  # type: ignore[misc]
        start = time.perf_counter()
        raw.execute(ids_sql, ids_params).fetchall()  # the same rows, ids only
        floor_ids.append(time.perf_counter() - start)
        assert [r[0] for r in found] == page.model.ids
        rows.append(len(found))
    register.close()
    raw.close()
    median_ours, median_raw = statistics.median(ours), statistics.median(floor)
    return {"search_median_ms": median_ours * 1000, "search_raw_median_ms": median_raw * 1000,
            "search_raw_ids_median_ms": statistics.median(floor_ids) * 1000,
            "search_ratio": median_ours / median_raw,
            "encrypted_search_median_ms": statistics.median(encrypted) * 1000,
            "encrypted_search_ratio": statistics.median(encrypted) / median_ours, "search_p90_ms":
            statistics.quantiles(ours, n=10)[-1] * 1000, "search_median_rows":
            statistics.median(rows)}


def _busy_student(register: Any) -> int:
    """A student given 200 records of every kind (in a bench copy of the register)."""
    from datetime import date, datetime, timedelta

    from pedagogue_app import models as m

    sid = register.db.execute_sql("SELECT id FROM student ORDER BY id LIMIT 1").fetchone()[0]
    start = date(2020, 1, 1)
    with register.db.atomic():
        for i in range(40):
            day = start + timedelta(days=30 * i)
            m.Registration.create(student=sid, kind="school", ground="absence", start_date=day,
                                  removed_on=day + timedelta(days=20),
                                  removal_reason="positive_dynamics", removal_protocol_no="1")
            m.HomeVisit.create(student=sid, visit_date=day, act_no=str(i), conclusion="satisfactory")
            m.SupportPlan.create(student=sid, pmpk_no=str(i), pmpk_date=day,
                                 pmpk_valid_until=day + timedelta(days=20))
            m.PsySession.create(student=sid, session_date=day, session_type="individual")
            when = datetime(day.year, day.month, day.day, 10)
            inc = m.Incident.create(occurred_at=when, reported_at=when, incident_type="bullying")
            m.IncidentParticipant.create(incident=inc, student=sid, role="target")
    return int(sid)


def bench_card(folder: Path) -> dict[str, float]:
    """Open a student card whose chronology holds 200 records; floor: a bare dialog + table."""
    import shutil
    import tempfile

    from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout

    from pedagogue_app.db import open_register
    from pedagogue_app.services import local_actor
    from pedagogue_app.views.records import Services
    from pedagogue_app.views.student_card import StudentCardDialog

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    shutil.copy(folder / "register.db", work / "register.db")
    register = open_register(work / "register.db")
    sid = _busy_student(register)
    services, actor = Services(register), local_actor(register.device_id)
    assert len(services.chronology.for_student(actor, sid)) >= 200
    ours, floor = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        card = StudentCardDialog(services, actor, sid)
        card.show()
        card.ui.tabs.setCurrentWidget(card.ui.chronology_tab)
        card.repaint()
        ours.append(time.perf_counter() - start)
        card.close()
        start = time.perf_counter()
        bare = QDialog()
        table = QTableWidget(200, 4, bare)
        QVBoxLayout(bare).addWidget(table)
        for r in range(200):
            for c in range(4):
                table.setItem(r, c, QTableWidgetItem(f"{r}.{c}"))
        bare.show()
        bare.repaint()
        floor.append(time.perf_counter() - start)
        bare.close()
        app.processEvents()
    register.close()
    shutil.rmtree(work)
    card_ms, floor_ms = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    return {"card_ms": card_ms, "card_floor_ms": floor_ms, "card_ratio": card_ms / floor_ms}


def bench_dashboard(folder: Path) -> dict[str, float]:
    """Compute and show the dashboard of the 50,000-student register."""
    from PySide6.QtWidgets import QApplication

    from pedagogue_app.db import open_register
    from pedagogue_app.services import local_actor
    from pedagogue_app.views.dashboard import DashboardPage
    from pedagogue_app.views.records import Services

    app = QApplication.instance() or QApplication([])
    register = open_register(folder / "register.db")
    services, actor = Services(register), local_actor(register.device_id)
    page = DashboardPage(services.dashboard, actor)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    times, items = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        page.refresh()
        page.repaint()
        times.append(time.perf_counter() - start)
        items = page.model.rowCount()
    register.close()
    return {"dashboard_ms": statistics.median(times) * 1000, "dashboard_items": items}


def _sample_letter() -> Any:
    from datetime import date

    from pedagogue_app.documents.base import Letterhead
    from pedagogue_app.documents.referral import Addressee, ReferralChild, ReferralLetter

    head = Letterhead("«№ 12 жалпы білім беретін мектеп» КММ", "КГУ «Общеобразовательная школа № 12»",
                      "040540001234", "г. Тараз, ул. Абая, 12", "+7 726 200 00 12",
                      director_name="Әбілова Сәуле Қайратқызы")
    return ReferralLetter(
        letterhead=head, kind="police",
        addressee=Addressee(name="Отделение ювенальной полиции", head_name="Омаров Е. К.",
                            address="г. Тараз, ул. Толе би, 5"),
        child=ReferralChild(last_name="Төлеуов", first_name="Нұрлан", patronymic="Ержанұлы",
                            birth_date=date(2013, 4, 2), iin="130402500017", class_name="7 Б",
                            address="г. Тараз, мкр. Самал, 3-14"),
        number="15", issued_on=date(2026, 11, 20), representative_name="Төлеуова Гүлнар",
        representative_relation="mother", representative_phone="+7 701 000 00 01",
        grounds="Систематические пропуски занятий без уважительной причины. " * 4,
        measures_taken=["Беседа с родителями, 12.10.2026", "Обследование ЖБУ, акт № 7 от 20.10.2026",
                        "Консультация педагога-психолога, 25.10.2026"],
        reply_by=date(2026, 12, 20), contact_person="Жұмабаева Әлия", contact_phone="+7 701 111 22 33")


def bench_letter() -> dict[str, float]:
    """One referral letter against a bare ReportLab letter of the same text in the same fonts
    (each line in the regular or bold face it has in the letter), without letterhead, tables,
    QR code or page decorations."""
    import io
    from xml.sax.saxutils import escape

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from pedagogue_app.documents import referral
    from pedagogue_app.documents.base import SERIF, register_fonts

    register_fonts()
    letter = _sample_letter()
    pdf = referral.build(letter, "ru")
    lines: list[tuple[str, bool]] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if text.strip():
            lines.append((" ".join(text.split()), "Bold" in str((font or {}).get("/BaseFont", ""))))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    style = ParagraphStyle("bare", fontName=SERIF, fontSize=12, leading=15)

    def bare() -> bytes:
        buf = io.BytesIO()
        SimpleDocTemplate(buf, pagesize=A4).build(
            [Paragraph(f"<b>{escape(t)}</b>" if is_bold else escape(t), style) for t, is_bold in lines])
        return buf.getvalue()

    def timed(fn: Any) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    ours_fn = lambda: referral.build(letter, "ru")  # noqa: E731
    ours_fn(), bare()
    # interleaved, so both sides see the same moments of a noisy shared machine
    pairs = [(timed(ours_fn), timed(bare)) for _ in range(31)]
    ours = statistics.median(p[0] for p in pairs)
    floor = statistics.median(p[1] for p in pairs)
    ratio = statistics.median(p[0] / p[1] for p in pairs)
    return {"letter_ms": ours * 1000, "letter_floor_ms": floor * 1000, "letter_ratio": ratio}


def bench_passport(folder: Path) -> dict[str, float]:
    """The school's social passport (counts and PDF) on the 50,000-student register."""
    from pedagogue_app.db import open_register
    from pedagogue_app.documents.reports import build_social_passport
    from pedagogue_app.services import local_actor
    from pedagogue_app.services.documents import DocumentService
    from pedagogue_app.services.reports import ReportService

    register = open_register(folder / "register.db", verify=False)
    actor = local_actor(register.device_id)
    head = DocumentService(register).letterhead(actor)
    service = ReportService(register)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        build_social_passport(service.social_passport(actor), "ru", head)
        times.append(time.perf_counter() - start)
    register.close()
    return {"passport_s": statistics.median(times)}


def main() -> int:
    results: dict[str, float] = {}
    reg20, reg50 = demo_folder(20_000), demo_folder(50_000)
    enc20, enc50 = demo_folder(20_000, encrypted=True), demo_folder(50_000, encrypted=True)
    results.update(bench_startup(enc20))
    results.update(bench_search(reg50, enc50))
    results.update(bench_rss(enc50))
    results.update(bench_card(reg20))
    results.update(bench_dashboard(reg50))
    results.update(bench_letter())
    results.update(bench_passport(reg50))
    BENCH_DIR.mkdir(exist_ok=True)
    merged = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    merged.update(results)
    RESULTS.write_text(json.dumps(merged, indent=2, sort_keys=True))
    limits = {"startup_ratio": 2.0, "search_median_ms": 30, "search_ratio": 3.0, "rss_mib": 200,
              "login_s": 1.5, "encrypted_search_ratio": 1.5,
              "card_ms": 100, "dashboard_ms": 300, "letter_ratio": 1.5, "passport_s": 2.0}
    print(f"{'measure':<22}{'value':>12}{'limit':>10}")
    for key, value in results.items():
        limit = limits.get(key)
        mark = "" if limit is None else ("  ok" if value <= limit else "  OVER")
        print(f"{key:<22}{value:>12.3f}{'' if limit is None else limit:>10}{mark}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Leave without tearing PySide6 down: its interpreter-shutdown cleanup of the widgets made
    # here has crashed (refcount error in the bindings), which would fail `make bench`.
    os._exit(code)
