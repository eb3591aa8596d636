"""The audit log in words a user reads: Dutch table and field names, "ja" for True, a code's
label, a date as 31-01-2026 and a number with a decimal comma.

The log itself keeps what was stored (table and column names, codes, ISO dates), so it can
be searched and a deleted record restored from it; only the Wijzigingen table translates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from sodesk.domain import display
from sodesk.domain.enums import (
    GuidanceAllowanceBasis,
    GuidanceKind,
    Labelled,
    LksRegime,
    LwBasis,
    Placeable,
    RateUnit,
    ReassessTerm,
    Role,
    TargetGroup,
    WorkType,
)
from sodesk.domain.money import decimal_places
from sodesk.storage.restore import TABLE_LABELS

#: the log's actions that are no field change, in words
ACTIONS = {
    "insert": "nieuw",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "reveal": "BSN getoond",
    "sign_in": "aangemeld",
    "sign_in_failed": "aanmelden mislukt",
    "lock": "geblokkeerd",
    "unlock": "vrijgegeven",
}

#: column -> its Dutch name (every column of an audited table)
FIELDS = {
    "active": "actief",
    "activity_id": "activiteit",
    "activity_key": "activiteitsleutel",
    "advice_date": "adviesdatum",
    "amount": "bedrag",
    "applies_to": "geldt voor",
    "assessor": "beoordelaar",
    "birth_date": "geboortedatum",
    "bsn": "BSN",
    "cap_fraction_of_wml": "maximum als deel van WML",
    "client_id": "opdrachtgever",
    "coach": "jobcoach",
    "coach_hourly_cost": "uurkosten begeleiding",
    "code": "code",
    "contract_hours_per_week": "contracturen per week",
    "date": "datum",
    "display_name": "naam",
    "employer": "werkgever",
    "employer_charges": "werkgeverslasten",
    "employer_cost_surcharge": "opslag werkgeverskosten",
    "end_date": "einddatum",
    "first_name": "voornaam",
    "fraction_of_wml": "deel van WML",
    "guidance_allowance_per_place": "begeleidingsvergoeding per plaats",
    "guidance_basis": "grondslag begeleidingsvergoeding",
    "holiday_allowance": "vakantiegeld",
    "hourly_wage": "uurloon",
    "hours": "uren",
    "indication_date": "indicatiedatum",
    "kind": "soort",
    "last_name": "achternaam",
    "lks_fixed_fraction": "vast LKS-percentage",
    "lks_regime": "LKS-regeling",
    "lw_basis": "grondslag loonwaarde",
    "lw_basis_unconfirmed": "grondslag loonwaarde onbevestigd",
    "measured_on": "meetdatum",
    "method": "methode",
    "municipality_id": "gemeente",
    "name": "naam",
    "net_work_time": "netto werktijd",
    "note": "notitie",
    "password_hash": "wachtwoord",
    "period_end": "einde periode",
    "period_start": "begin periode",
    "personnel_number": "personeelsnummer",
    "pieces": "stuks",
    "placeable": "plaatsbaar",
    "placed_on": "geplaatst op",
    "price": "prijs",
    "quality": "kwaliteit",
    "rate_per_productive_hour": "tarief per productief uur",
    "reason": "reden",
    "reassess_term": "herbeoordelingstermijn",
    "reference": "kenmerk",
    "region": "regio",
    "role": "rol",
    "source": "bron",
    "start_date": "begindatum",
    "status": "status",
    "surcharge_on_top": "opslag bovenop",
    "target_group": "doelgroep",
    "target_places": "taakstelling plaatsen",
    "task": "taak",
    "tempo": "tempo",
    "time_share": "tijdsaandeel",
    "unit": "eenheid",
    "username": "gebruikersnaam",
    "valid_from": "geldig vanaf",
    "valid_to": "geldig tot en met",
    "wage_value": "loonwaarde",
    "wage_value_id": "loonwaardemeting",
    "work_type": "werksoort",
    "worker_id": "medewerker",
    "wsw_fulltime_hours": "voltijduren Wsw",
    "wsw_subsidy_per_fte": "rijksbijdrage Wsw per fte",
    "year": "jaar",
}

#: column -> the codes it holds
CODES: dict[str, type[Labelled]] = {
    "role": Role,
    "target_group": TargetGroup,
    "work_type": WorkType,
    "kind": GuidanceKind,
    "unit": RateUnit,
    "lks_regime": LksRegime,
    "lw_basis": LwBasis,
    "reassess_term": ReassessTerm,
    "placeable": Placeable,
    "guidance_basis": GuidanceAllowanceBasis,
}


def table_name(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_name(field: str | None, action: str = "") -> str:
    """The field in Dutch; an event without a field by its action ("BSN getoond")."""
    if field:
        return FIELDS.get(field, field)
    return ACTIONS.get(action, action)


def value_text(field: str | None, value: str | None) -> str | None:
    """A logged value as a user reads it; what is not recognised, as logged."""
    if value is None:
        return None
    if value in ("True", "False"):
        return "ja" if value == "True" else "nee"
    codes = CODES.get(field or "")
    if codes is not None:
        member = next((m for m in codes if m.value == value), None)
        if member is not None:
            return member.label
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return display.date_nl(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if "." in value and field not in ("personnel_number", "code", "username", "reference"):
        try:  # a decimal: with a comma (whole numbers, ids and years stay as they are)
            number = Decimal(value)
        except InvalidOperation:
            return value
        if number.is_finite() and value.replace(".", "").lstrip("-").isdigit():
            places = decimal_places(number)
            return display.number(number, places)
    return value
