"""The services of one open register, and opening any record by its kind and id.

The dashboard, the chronology and the lists open records through :func:`open_record`, so each
record type has one way in. Services and dialogs are created on first use.
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from typing import Any

from PySide6.QtWidgets import QWidget

from ..db import Register
from ..services import Actor, access
from ..services.families import FamilyService
from ..services.school import SchoolService
from ..services.students import StudentService

# record kind -> (service attribute, dialog module, opener function)
OPENERS = {
    "registration": ("registrations", "registration_dialog", "open_registration"),
    "home_visit": ("home_visits", "home_visit_dialog", "open_home_visit"),
    "support_plan": ("support_plans", "support_plan_dialog", "open_support_plan"),
    "session": ("sessions", "session_dialog", "open_session"),
    "incident": ("incidents", "incident_dialog", "open_incident"),
    "organisation": ("organisations", "organisation_dialog", "open_organisation"),
    "referral": ("referrals", "referral_dialog", "open_referral"),
}


class Services:
    """Every service bound to one register (area services are built when first asked for)."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.students = StudentService(register)
        self.families = FamilyService(register)
        self.school = SchoolService(register)

    def _make(self, module: str, name: str) -> Any:
        return getattr(import_module(f"..services.{module}", __package__), name)(self.register)

    @cached_property
    def registrations(self) -> Any:
        return self._make("registrations", "RegistrationService")

    @cached_property
    def home_visits(self) -> Any:
        return self._make("home_visits", "HomeVisitService")

    @cached_property
    def support_plans(self) -> Any:
        return self._make("support_plans", "SupportPlanService")

    @cached_property
    def sessions(self) -> Any:
        return self._make("sessions", "PsySessionService")

    @cached_property
    def incidents(self) -> Any:
        return self._make("incidents", "IncidentService")

    @cached_property
    def organisations(self) -> Any:
        return self._make("organisations", "OrganisationService")

    @cached_property
    def contacts(self) -> Any:
        return self._make("family_contacts", "FamilyContactService")

    @cached_property
    def referrals(self) -> Any:
        return self._make("referrals", "ReferralService")

    @cached_property
    def journal(self) -> Any:
        return self._make("journal", "OutgoingJournal")

    @cached_property
    def documents(self) -> Any:
        return self._make("documents", "DocumentService")

    @cached_property
    def reports(self) -> Any:
        return self._make("reports", "ReportService")

    @cached_property
    def dashboard(self) -> Any:
        return self._make("dashboard", "DashboardService")

    @cached_property
    def chronology(self) -> Any:
        return self._make("chronology", "ChronologyService")

# record kind -> DocumentService method printing it (a referral prints its letter)
DOCUMENTS = {
    "registration": "preventive_plan",
    "home_visit": "home_visit_act",
    "support_plan": "support_plan",
    "incident": "incident_report",
    "referral": "",
}


def record_document(services: Services, actor: Actor, kind: str, record_id: int, lang: str) -> bytes:
    """The printed document of a record: the stored letter of a referral, else built now."""
    if kind == "referral":
        return bytes(services.referrals.pdf(actor, record_id))
    return bytes(getattr(services.documents, DOCUMENTS[kind])(actor, record_id, lang))


def open_record(parent: QWidget, services: Services, actor: Actor, kind: str,
                record_id: int) -> bool:
    """Open a record for viewing and editing; True when something was saved."""
    if kind == "student":
        from .student_card import StudentCardDialog

        card = StudentCardDialog(services, actor, record_id, parent)
        card.exec()
        return card.changed
    if kind == "family":
        from .family_dialog import FamilyDialog

        dialog = FamilyDialog(services.families, actor, parent)
        dialog.load(services.families.get(actor, record_id))
        return bool(dialog.exec())
    if (kind == "session" and not access.can(actor, access.READ, "session")
            and access.can(actor, access.READ, "session_summary")):
        show_session_summary(parent, services, actor, record_id)
        return False
    if not access.can(actor, access.READ, kind):
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, parent.windowTitle(), QCoreApplication.translate(
            "Records", "Your role may not open this record."))
        return False
    attribute, module, function = OPENERS[kind]
    opener = getattr(import_module(f".{module}", __package__), function)
    if kind == "session":  # ticking a risk on a reopened session may open an incident too
        return bool(opener(parent, services.sessions, actor, record_id,
                           on_open_incident=lambda session_id: incident_from_session(
                               parent, services, actor, session_id)))
    return bool(opener(parent, getattr(services, attribute), actor, record_id))


def show_session_summary(parent: QWidget, services: Services, actor: Actor,
                         session_id: int) -> None:
    """What a social pedagogue may see of a session: date, type, client and the shareable
    summary the psychologist wrote (the content stays the psychologist's)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..i18n import label
    from ..services.sessions import SESSION_TYPES
    from .widgets import format_date

    summary = services.sessions.summary_for_pedagogue(actor, session_id)
    kind = label(SESSION_TYPES, summary.session_type)
    none = QCoreApplication.translate("Records", "(the psychologist wrote no summary to share)")
    text = (f"{format_date(summary.session_date)} — {kind}\n{summary.client}\n\n"
            f"{summary.summary or none}")
    QMessageBox.information(parent, QCoreApplication.translate(
        "Records", "Psychologist session: shareable summary"), text)


def new_record(parent: QWidget, services: Services, actor: Actor, kind: str,
               student_id: int | None = None) -> bool:
    """Open an empty record of ``kind`` for a student (or none); True when it was saved."""
    dialog: Any
    if kind == "registration":
        from .registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(services.registrations, actor, parent)
        dialog.start_for(student_id=student_id)
    elif kind == "home_visit":
        from .home_visit_dialog import HomeVisitDialog

        dialog = HomeVisitDialog(services.home_visits, services.students, services.families,
                                 actor, parent)
        dialog.start_for(student_id=student_id)
    elif kind == "support_plan":
        from .support_plan_dialog import SupportPlanDialog

        dialog = SupportPlanDialog(services.support_plans, actor, parent)
        dialog.start_for(student_id)
    elif kind == "session":
        from .session_dialog import SessionDialog

        dialog = SessionDialog(services.sessions, services.students, actor, parent)
        dialog.start_for(student_id=student_id)
        dialog.on_open_incident = lambda session_id: incident_from_session(
            parent, services, actor, session_id)
    elif kind == "incident":
        from .incident_dialog import IncidentDialog

        dialog = IncidentDialog(services.incidents, services.students, actor, parent)
        dialog.start_for(student_id=student_id)
    elif kind == "referral":
        from .referral_dialog import new_referral

        return new_referral(parent, services.referrals, actor, student_id=student_id) is not None
    else:
        raise ValueError(kind)
    return bool(dialog.exec())


def incident_from_session(parent: QWidget, services: Services, actor: Actor,
                          session_id: int) -> bool:
    """The risk screen of a session ticked: an incident prefilled from it, to check and save."""
    from .incident_dialog import IncidentDialog

    dialog = IncidentDialog(services.incidents, services.students, actor, parent)
    dialog.load_draft(services.incidents.draft_from_session(actor, session_id))
    return bool(dialog.exec())
