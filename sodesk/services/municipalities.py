"""Gemeenten (municipalities): their subsidy regime, yearly figures, waiting list, realisation.

The desktop's municipalities page reads and writes only through this module. The regime
settings (LKS regime, fixed percentage, wage-value basis, guidance basis; R2, R3, R9) and the
yearly figures (taakstelling, begeleidingsvergoeding per plaats, Wsw-subsidie per fte; R2b,
R9, R10) are saved together in one transaction against the version the user saw: a save
based on an old version is refused with a message, never silently overwrites (optimistic
locking; the municipality row carries the version, and a change of its years counts as a
change of the municipality). Realisation comes from the domain (R10) through
services.analyses.realisation_by_year.

A function-wage basis carried over from an older version's default (``lw_basis_unconfirmed``,
set by migration 0006) is to be reviewed once: confirming it or changing the basis clears the
mark, in the same audited save.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sodesk.domain import display
from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis, Placeable
from sodesk.domain.money import ONE, ZERO
from sodesk.domain.realisation import realisation, waiting_total
from sodesk.domain.validation import check_period
from sodesk.services.analyses import RealisationYear, realisation_by_year
from sodesk.services.errors import InputRejected, refuse_negative, rejected
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn
from sodesk.storage import report_queries
from sodesk.storage import tables as t
from sodesk.storage.audit import last_change, last_change_among
from sodesk.storage.database import transaction
from sodesk.storage.fits import misfit
from sodesk.storage.versions import bump_version

_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")


@dataclass(frozen=True, slots=True)
class RegimeSettings:
    """How a municipality pays: LKS regime and fixed fraction (R3), lw basis (R2), R9 basis."""

    regime: LksRegime
    fixed_fraction: Decimal | None
    lw_basis: LwBasis
    guidance_basis: GuidanceAllowanceBasis


@dataclass(frozen=True, slots=True)
class MunicipalitySummary:
    """A row of the list: settings, version, and realisation on a day (R10)."""

    id: int
    code: str
    name: str
    region: str | None
    settings: RegimeSettings
    version: int
    year: int
    target: int | None
    persons: int
    jobs_31h: Decimal
    waiting: int
    lw_basis_unconfirmed: bool = False

    @property
    def lw_basis_to_review(self) -> bool:
        """The function-wage basis was carried over from an older version's default and is
        not yet confirmed: the page asks the controller to confirm or change it (R2)."""
        return self.lw_basis_unconfirmed and self.settings.lw_basis is LwBasis.FUNCTION_WAGE


@dataclass(frozen=True, slots=True)
class YearFigures:
    """A municipality's figures for one year; None where not known."""

    year: int
    target_places: int | None
    guidance_allowance_per_place: Decimal | None
    wsw_subsidy_per_fte: Decimal | None


@dataclass(frozen=True, slots=True)
class WaitingLine:
    """A person on the waiting list (wachtlijst), by reference only: no name needed."""

    id: int
    reference: str
    advice_date: dt.date
    placeable: Placeable
    reason: str | None
    placed_on: dt.date | None
    version: int = 1


@dataclass(frozen=True)
class MunicipalityCard:
    summary: MunicipalitySummary
    years: list[YearFigures]
    waiting: list[WaitingLine]
    realisation: list[RealisationYear]


# -- parsing -----------------------------------------------------------------------------------
def parse_amount(text: str, field: str) -> Decimal | None:
    """An amount as typed: ``9328``, ``9328,50``, ``9.328,50``, ``9328.50``, ``€ 9.328``.

    A point is a decimal point unless a comma follows or it groups thousands (``9.328,50``,
    ``1.234.567``). Empty is None.

    Raises:
        ValueError: with a Dutch message naming the field and the value, for text that is no
            amount or one below zero.
    """
    value = text.replace("€", "").replace(" ", "").strip()
    if not value:
        return None
    negative = value.startswith("-")
    digits = value.removeprefix("-")
    if _GROUPED.match(digits) and ("," in digits or digits.count(".") > 1):
        digits = digits.replace(".", "")
    if not _NUMBER.match(digits):
        raise ValueError(f"{field} '{text}' is geen bedrag: typ bijvoorbeeld 9328 of 9.328,50.")
    try:
        amount = Decimal(digits.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValueError(f"{field} '{text}' is geen bedrag.") from None
    if negative:
        refuse_negative(field, field, -amount, text)
    return amount


def parse_count(text: str, field: str) -> int | None:
    """A whole number of places as typed (``120``); empty is None.

    Raises:
        ValueError: naming field and value, for a fraction, a negative number or no number.
    """
    value = text.strip().replace(".", "")
    if not value:
        return None
    if value.startswith("-") and value[1:].isdigit():
        refuse_negative(field, field, Decimal(value), text)
    if not value.isdigit():
        raise ValueError(f"{field} '{text}' is geen heel getal: typ bijvoorbeeld 120.")
    return int(value)


# -- reading -----------------------------------------------------------------------------------
def _settings(row: t.MunicipalityRow) -> RegimeSettings:
    return RegimeSettings(row.lks_regime, row.lks_fixed_fraction, row.lw_basis, row.guidance_basis)


def _summary(session: Session, row: t.MunicipalityRow, on: dt.date) -> MunicipalitySummary:
    target = session.scalar(
        select(t.MunicipalityYearRow.target_places).where(
            t.MunicipalityYearRow.municipality_id == row.id,
            t.MunicipalityYearRow.year == on.year,
        )
    )
    waiting = report_queries.waiting_entries(session, row.id, row.code)
    done = realisation(
        report_queries.contract_hours_on(session, on, row.id), target, waiting_total(waiting, on)
    )
    return MunicipalitySummary(
        row.id,
        row.code,
        row.name,
        row.region,
        _settings(row),
        row.version,
        on.year,
        target,
        done.persons,
        done.jobs_31h,
        done.waiting,
        row.lw_basis_unconfirmed,
    )


def municipality_list(
    session: Session, on: dt.date, *, who: SignedIn | None = None
) -> list[MunicipalitySummary]:
    """Every municipality by code, with its target of ``on``'s year and realisation on ``on``."""
    require(who, Action.READ_MONEY)
    rows = session.scalars(select(t.MunicipalityRow).order_by(t.MunicipalityRow.code))
    return [_summary(session, row, on) for row in rows]


def municipality_card(
    session: Session,
    municipality_id: int,
    on: dt.date,
    today: dt.date,
    *,
    who: SignedIn | None = None,
) -> MunicipalityCard | None:
    """The card: settings, every year's figures, the waiting list, realisation up to 2030."""
    require(who, Action.READ_MONEY)
    row = session.get(t.MunicipalityRow, municipality_id)
    if row is None:
        return None
    years = [
        YearFigures(y.year, y.target_places, y.guidance_allowance_per_place, y.wsw_subsidy_per_fte)
        for y in sorted(row.years, key=lambda y: y.year)
    ]
    waiting = [
        WaitingLine(w.id, w.reference, w.advice_date, w.placeable, w.reason, w.placed_on, w.version)
        for w in session.scalars(
            select(t.WaitingListRow)
            .where(t.WaitingListRow.municipality_id == municipality_id)
            .order_by(t.WaitingListRow.advice_date, t.WaitingListRow.reference)
        )
    ]
    return MunicipalityCard(
        _summary(session, row, on), years, waiting, realisation_by_year(session, row.code, today)
    )


# -- writing -----------------------------------------------------------------------------------
class _Stale(Exception):
    """Inside the transaction: the save is stale; told after the rollback, with who and what."""


MUNICIPALITY_LABELS = {
    "lks_regime": "LKS-regime",
    "lks_fixed_fraction": "vast percentage",
    "lw_basis": "loonwaarde over",
    "lw_basis_unconfirmed": "loonwaarde over (nog te bevestigen)",
    "guidance_basis": "begeleidingsvergoeding per",
    "target_places": "taakstelling",
    "guidance_allowance_per_place": "begeleidingsvergoeding",
    "wsw_subsidy_per_fte": "Wsw-subsidie",
}


def _changed_meanwhile(subject: str, who: str | None) -> InputRejected:
    """The refusal of a stale save of ``subject``, naming ``who`` changed it (the audit log)
    when known."""
    return rejected(
        "version",
        f"{subject} is intussen gewijzigd {who or 'door iemand anders'}. Uw wijziging is niet "
        "opgeslagen: ververs (F5), bekijk de nieuwe waarden en voer uw wijziging opnieuw in.",
    )


def _stale(sessions: sessionmaker[Session], municipality_id: int) -> InputRejected:
    """The refusal of a stale save, naming who changed the settings or a year, and what."""
    with sessions() as session:
        row = session.get(t.MunicipalityRow, municipality_id)
        records = [(t.MunicipalityRow.__tablename__, str(municipality_id))]
        if row is not None:
            records += [(t.MunicipalityYearRow.__tablename__, str(y.id)) for y in row.years]
        who = last_change_among(session, records, MUNICIPALITY_LABELS)
        name = row.name if row is not None else "Deze gemeente"
    return _changed_meanwhile(name, who)


def _check_settings(settings: RegimeSettings) -> Decimal | None:
    if settings.regime is LksRegime.MEASURED:
        return None
    fraction = settings.fixed_fraction
    if fraction is None:
        raise rejected(
            "fixed_percent", "Vast percentage is verplicht bij een vast percentage LKS."
        )
    if not ZERO < fraction <= ONE:
        raise rejected(
            "fixed_percent",
            f"Vast percentage moet boven 0 % en ten hoogste 100 % zijn "
            f"(waarde {display.percent(fraction)}).",
        )
    return fraction


def _check_year(figures: YearFigures) -> None:
    if not 2000 <= figures.year <= 2100:
        raise rejected("year", f"Jaar {figures.year} ligt niet tussen 2000 en 2100.")
    y = t.MunicipalityYearRow
    values = (
        ("Taakstelling", y.target_places, figures.target_places),
        (
            "Begeleidingsvergoeding per plaats",
            y.guidance_allowance_per_place,
            figures.guidance_allowance_per_place,
        ),
        ("Wsw-subsidie per fte", y.wsw_subsidy_per_fte, figures.wsw_subsidy_per_fte),
    )
    for field, column, value in values:
        if value is not None:
            refuse_negative("year", f"{field} {figures.year}", Decimal(value))
        message = misfit(column, value, f"{field} {figures.year}")
        if message is not None:
            raise rejected("year", message)


def save_municipality(
    sessions: sessionmaker[Session],
    municipality_id: int,
    version: int,
    settings: RegimeSettings,
    years: Sequence[YearFigures] = (),
    confirm_lw_basis: bool = False,
    *,
    who: SignedIn | None = None,
) -> int:
    """Write the regime settings and the given years in one transaction; returns the version.

    A wage-value basis still to be reviewed (carried over from an older version's default,
    ``lw_basis_unconfirmed``) counts as reviewed when the controller changes it or confirms it
    (``confirm_lw_basis``): the mark is cleared, audited like every other setting.

    Raises:
        InputRejected: for a fixed regime without a percentage in (0, 100 %], a
            negative yearly figure, or a save based on an old ``version`` (field "version");
            nothing is written then.
    """
    require(who, Action.EDIT_MUNICIPALITIES)
    fraction = _check_settings(settings)
    for figures in years:
        _check_year(figures)
    try:
        with transaction(sessions) as session:
            row = session.get(t.MunicipalityRow, municipality_id)
            if row is None:
                raise rejected("municipality", "Deze gemeente bestaat niet meer.")
            if row.version != version:
                raise _Stale
            wanted = RegimeSettings(
                settings.regime, fraction, settings.lw_basis, settings.guidance_basis
            )
            reviewed = row.lw_basis_unconfirmed and (
                confirm_lw_basis or wanted.lw_basis != row.lw_basis
            )
            own = wanted != _settings(row) or reviewed
            if own:
                row.lks_regime, row.lks_fixed_fraction = wanted.regime, wanted.fixed_fraction
                row.lw_basis, row.guidance_basis = wanted.lw_basis, wanted.guidance_basis
            if reviewed:
                row.lw_basis_unconfirmed = False
            stored = {y.year: y for y in row.years}
            changed_years = False
            for figures in years:
                values = (
                    figures.target_places,
                    figures.guidance_allowance_per_place,
                    figures.wsw_subsidy_per_fte,
                )
                year_row = stored.get(figures.year)
                if year_row is None:
                    if all(v is None for v in values):
                        continue
                    year_row = t.MunicipalityYearRow(year=figures.year)
                    row.years.append(year_row)
                elif values == (
                    year_row.target_places,
                    year_row.guidance_allowance_per_place,
                    year_row.wsw_subsidy_per_fte,
                ):
                    continue
                (
                    year_row.target_places,
                    year_row.guidance_allowance_per_place,
                    year_row.wsw_subsidy_per_fte,
                ) = values
                changed_years = True
            session.flush()  # the ORM's UPDATE checks the version (StaleDataError)
            # the years alone change the municipality too
            if (
                changed_years
                and not own
                and not bump_version(
                    session, t.MunicipalityRow, municipality_id, version, in_session=True
                )
            ):
                raise _Stale
            return version + 1 if own or changed_years else version
    except (StaleDataError, _Stale):
        raise _stale(sessions, municipality_id) from None


def _typed_text(text: str | None, field: str, label: str, longest: int) -> str | None:
    """Typed text, stripped; None for nothing. A control character (a pasted tab, line break
    or NUL, which PostgreSQL refuses) or more than ``longest`` characters is refused."""
    value = (text or "").strip()
    odd = next((c for c in value if unicodedata.category(c) in ("Cc", "Cs")), None)
    if odd is not None:
        raise rejected(
            field, f"{label} bevat een teken dat hier niet kan ({odd!r}): typ het zonder."
        )
    if len(value) > longest:
        raise rejected(
            field, f"{label} is te lang: ten hoogste {longest} tekens (nu {len(value)})."
        )
    return value or None


WAITING_LABELS = {
    "reference": "kenmerk",
    "advice_date": "adviesdatum",
    "placeable": "plaatsbaarheid",
    "reason": "reden",
    "placed_on": "geplaatst op",
}


def _stale_entry(sessions: sessionmaker[Session], entry_id: int) -> InputRejected:
    """The refusal of a stale waiting-list save, naming who changed what (the audit log)."""
    with sessions() as session:
        row = session.get(t.WaitingListRow, entry_id)
        who = last_change(session, t.WaitingListRow.__tablename__, str(entry_id), WAITING_LABELS)
    subject = f"Wachtlijstregel '{row.reference}'" if row is not None else "Deze wachtlijstregel"
    return _changed_meanwhile(subject, who)


def save_waiting_entry(
    sessions: sessionmaker[Session],
    municipality_id: int,
    entry_id: int | None,
    *,
    reference: str,
    advice_date: dt.date,
    placeable: Placeable,
    reason: str | None,
    placed_on: dt.date | None,
    version: int | None = None,
    who: SignedIn | None = None,
) -> int:
    """Add (``entry_id`` None) or change a waiting-list entry; returns its id.

    A change is checked against ``version``, the version the user saw (WaitingLine.version):
    a save based on an older one is refused, never overwrites. Without ``version`` the
    version read in this transaction is checked, so a concurrent save still cannot be lost.

    Raises:
        InputRejected: for an empty reference, one already on this municipality's
            list, a placement date before the advice date, or a stale save (field
            "version", the message names who changed what); nothing is written then.
    """
    require(who, Action.EDIT_MUNICIPALITIES)
    reference = _typed_text(reference, "reference", "Kenmerk", 40) or ""
    if not reference:
        raise rejected("reference", "Kenmerk is verplicht maar ontbreekt.")
    reason = _typed_text(reason, "reason", "Reden", 500)
    for finding in check_period(advice_date, placed_on, "Geplaatst op"):
        raise rejected(
            "placed_on",
            f"Geplaatst op {display.date_nl(placed_on)} ligt voor de adviesdatum "
            f"{display.date_nl(advice_date)} ({finding.field}).",
        )
    try:
        with transaction(sessions) as session:
            twin = session.scalar(
                select(t.WaitingListRow.id).where(
                    t.WaitingListRow.municipality_id == municipality_id,
                    t.WaitingListRow.reference == reference,
                )
            )
            if twin is not None and twin != entry_id:
                raise rejected(
                    "reference",
                    f"Kenmerk '{reference}' staat al op de wachtlijst van deze gemeente.",
                )
            if entry_id is None:
                row = t.WaitingListRow(municipality_id=municipality_id, reference=reference)
                session.add(row)
            else:
                found = session.get(t.WaitingListRow, entry_id)
                if found is None or found.municipality_id != municipality_id:
                    raise rejected(
                        "reference", "Deze wachtlijstregel bestaat niet meer."
                    )
                if version is not None and found.version != version:
                    raise StaleDataError(f"waiting_list {entry_id}: {found.version} != {version}")
                row = found
                row.reference = reference
            row.advice_date, row.placeable = advice_date, Placeable(placeable)
            row.reason, row.placed_on = reason, placed_on
            session.flush()  # the ORM's UPDATE checks the version read above (StaleDataError)
            return row.id
    except StaleDataError:
        assert entry_id is not None  # an insert has no version to be stale against
        raise _stale_entry(sessions, entry_id) from None
