"""Who may do what: the one permission table (role x action x field) every service consults.

The window and the command line both ask here, through the services, so a page only hides
what a service would refuse anyway; hiding a widget is never the protection. A database
without users has nobody signed in (``who`` is None): everything is allowed, as before users
existed (the first start asks for an administrator).

The table:

- administrator (Beheerder): everything, users, the audit log, backup and restore, closing
  and reopening months;
- manager: personal data and figures, the audit log; no guidance notes;
- controller: money, rates, parameters, reports, closing and reopening months; no guidance
  notes;
- job coach (Jobcoach): her own caseload only (name, number, work type, placement, wage
  value, guidance and her own notes); never a BSN, a wage, a birth date or money.

A caseload is the workers whose ``coach`` names the signed-in job coach. The matching rule:
the worker's coach text, trimmed and case ignored, equals the coach's display name or her
user name (so "Anouk de Vries" or "anouk" on a worker both belong to user anouk with the
display name "Anouk de Vries").
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from sodesk.domain.enums import Role

if TYPE_CHECKING:  # users.SignedIn reads its sees_* properties from this table
    from sodesk.services.users import SignedIn

ADMINISTRATOR, MANAGER, CONTROLLER, JOB_COACH = (
    Role.ADMINISTRATOR,
    Role.MANAGER,
    Role.CONTROLLER,
    Role.JOB_COACH,
)


class Action(StrEnum):
    """What a service call does with personal data or money."""

    READ_WORKERS = "read_workers"
    REVEAL_BSN = "reveal_bsn"
    EDIT_WORKERS = "edit_workers"
    EDIT_EMPLOYMENTS = "edit_employments"
    EDIT_PLACEMENTS = "edit_placements"
    EDIT_MEASUREMENTS = "edit_measurements"
    EDIT_HOURS = "edit_hours"
    READ_GUIDANCE = "read_guidance"
    WRITE_GUIDANCE = "write_guidance"
    CORRECT_GUIDANCE = "correct_guidance"
    READ_MONEY = "read_money"
    EXPLAIN = "explain"
    EDIT_RATES = "edit_rates"
    EDIT_PARAMETERS = "edit_parameters"
    EDIT_MUNICIPALITIES = "edit_municipalities"
    IMPORT = "import"
    MANAGE_USERS = "manage_users"
    READ_AUDIT_LOG = "read_audit_log"
    BACKUP = "backup"
    RESTORE = "restore"
    CLOSE_MONTHS = "close_months"
    REOPEN_MONTHS = "reopen_months"


EVERYONE = frozenset(Role)
MONEY_READERS = frozenset({ADMINISTRATOR, MANAGER, CONTROLLER})

#: action -> the roles that may do it at all
ACTIONS: dict[Action, frozenset[Role]] = {
    Action.READ_WORKERS: EVERYONE,
    Action.REVEAL_BSN: MONEY_READERS,
    Action.EDIT_WORKERS: MONEY_READERS,
    Action.EDIT_EMPLOYMENTS: MONEY_READERS,
    Action.EDIT_PLACEMENTS: EVERYONE,
    Action.EDIT_MEASUREMENTS: EVERYONE,
    Action.EDIT_HOURS: EVERYONE,
    Action.READ_GUIDANCE: EVERYONE,
    Action.WRITE_GUIDANCE: frozenset({ADMINISTRATOR, JOB_COACH}),
    Action.CORRECT_GUIDANCE: frozenset({ADMINISTRATOR, CONTROLLER}),
    Action.READ_MONEY: MONEY_READERS,
    Action.EXPLAIN: MONEY_READERS,
    Action.EDIT_RATES: MONEY_READERS,
    Action.EDIT_PARAMETERS: frozenset({ADMINISTRATOR, CONTROLLER}),
    Action.EDIT_MUNICIPALITIES: MONEY_READERS,
    Action.IMPORT: MONEY_READERS,
    Action.MANAGE_USERS: frozenset({ADMINISTRATOR}),
    Action.READ_AUDIT_LOG: frozenset({ADMINISTRATOR, MANAGER}),
    Action.BACKUP: frozenset({ADMINISTRATOR}),
    Action.RESTORE: frozenset({ADMINISTRATOR}),
    Action.CLOSE_MONTHS: frozenset({ADMINISTRATOR, CONTROLLER}),
    Action.REOPEN_MONTHS: frozenset({ADMINISTRATOR, CONTROLLER}),
}

#: action -> field -> the roles that see that field (fields not named follow the action)
FIELDS: dict[Action, dict[str, frozenset[Role]]] = {
    Action.READ_WORKERS: {
        "bsn": MONEY_READERS,
        "birth_date": MONEY_READERS,
        "hourly_wage": MONEY_READERS,
        "employments": MONEY_READERS,
        "indication_date": MONEY_READERS,
    },
    Action.READ_GUIDANCE: {
        # a job coach reads her own notes only (see notes_visible)
        "note": frozenset({ADMINISTRATOR, JOB_COACH}),
    },
}

#: actions a job coach may do only for her own caseload
CASELOAD_ONLY: frozenset[Action] = frozenset(
    {
        Action.READ_WORKERS,
        Action.EDIT_PLACEMENTS,
        Action.EDIT_MEASUREMENTS,
        Action.EDIT_HOURS,
        Action.READ_GUIDANCE,
        Action.WRITE_GUIDANCE,
    }
)

#: what a refusal says, per action (Dutch, for the window and the command line)
_REFUSALS: dict[Action, str] = {
    Action.READ_WORKERS: "de gegevens van deze medewerker inzien",
    Action.REVEAL_BSN: "een volledig BSN tonen",
    Action.EDIT_WORKERS: "medewerkers toevoegen, wijzigen of verwijderen",
    Action.EDIT_EMPLOYMENTS: "dienstverbanden wijzigen",
    Action.EDIT_PLACEMENTS: "plaatsingen wijzigen",
    Action.EDIT_MEASUREMENTS: "loonwaardemetingen vastleggen",
    Action.EDIT_HOURS: "uren vastleggen",
    Action.READ_GUIDANCE: "begeleiding inzien",
    Action.WRITE_GUIDANCE: "begeleiding vastleggen",
    Action.CORRECT_GUIDANCE: "begeleiding corrigeren",
    Action.READ_MONEY: "bedragen en rapporten inzien",
    Action.EXPLAIN: "de opbouw van bedragen inzien",
    Action.EDIT_RATES: "tarieven en activiteitsbedragen wijzigen",
    Action.EDIT_PARAMETERS: "parameters wijzigen",
    Action.EDIT_MUNICIPALITIES: "gemeenten wijzigen",
    Action.IMPORT: "bestanden inlezen",
    Action.MANAGE_USERS: "gebruikers beheren",
    Action.READ_AUDIT_LOG: "het auditlog inzien",
    Action.BACKUP: "kopieën van de database maken",
    Action.RESTORE: "kopieën of verwijderde records terugzetten",
    Action.CLOSE_MONTHS: "maanden afsluiten",
    Action.REOPEN_MONTHS: "afgesloten maanden heropenen",
}


class PermissionDenied(Exception):
    """A service refused a call for the signed-in user's role; the message is Dutch."""

    def __init__(self, message: str, action: Action | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.action = action


def allowed(who: SignedIn | None, action: Action, field: str | None = None) -> bool:
    """May ``who`` do ``action`` (and see ``field`` of it)? Nobody signed in: yes."""
    return who is None or role_may(who.role, action, field)


def role_may(role: Role, action: Action, field: str | None = None) -> bool:
    """The table itself: may ``role`` do ``action`` (and see ``field`` of it)?"""
    if role not in ACTIONS[action]:
        return False
    return field is None or role in FIELDS.get(action, {}).get(field, ACTIONS[action])


def require(who: SignedIn | None, action: Action) -> None:
    """Raise :class:`PermissionDenied` when ``who`` may not do ``action``."""
    if not allowed(who, action):
        assert who is not None
        raise PermissionDenied(
            f"Dit mag u als {who.role.label.lower()} niet: {_REFUSALS[action]}.", action
        )


def caseload_only(who: SignedIn | None, action: Action = Action.READ_WORKERS) -> bool:
    """True when ``who`` may do ``action`` only for her own caseload (a job coach)."""
    return who is not None and who.role is JOB_COACH and action in CASELOAD_ONLY


def coach_names(who: SignedIn) -> frozenset[str]:
    """The names a worker's ``coach`` may carry to be in ``who``'s caseload (lower case)."""
    return frozenset(
        name for name in (who.display_name.strip().lower(), who.username.strip().lower()) if name
    )


def is_own(who: SignedIn | None, coach: str | None) -> bool:
    """Is a worker with this ``coach`` (or a guidance entry by this coach) ``who``'s own?"""
    if who is None:
        return True
    return bool(coach) and (coach or "").strip().lower() in coach_names(who)


def require_for(who: SignedIn | None, action: Action, coach: str | None, subject: str) -> None:
    """:func:`require`, and for a job coach: the worker (``subject``) is in her caseload."""
    require(who, action)
    if caseload_only(who, action) and not is_own(who, coach):
        raise PermissionDenied(
            f"{subject} hoort niet bij uw caseload: {_REFUSALS[action]} mag alleen voor uw "
            "eigen medewerkers.",
            action,
        )


def notes_visible(who: SignedIn | None, coach: str | None) -> bool:
    """May ``who`` read the note of a guidance entry by ``coach``? A coach only her own."""
    if not allowed(who, Action.READ_GUIDANCE, "note"):
        return False
    return not caseload_only(who, Action.READ_GUIDANCE) or is_own(who, coach)


def roles_for(action: Action, field: str | None = None) -> frozenset[Role]:
    """Every role that may do ``action`` (and see ``field``): the table, read the other way."""
    return frozenset(role for role in Role if role_may(role, action, field))


def actions_of(who: SignedIn) -> Iterable[Action]:
    """Every action ``who`` may do (for a help text or a test)."""
    return (action for action in Action if allowed(who, action))
