"""Parameters in plain Dutch (parameters voor de lezer): name, value and official source.

Why: the domain records each parameter it used by code ("lks.surcharge", "GM0001.lw_basis")
with a technical source ("lks_parameters.csv: ..."), which is right for the JSON and for a
developer, but a municipality's controller reads the accountability page to check a figure
against a publication. This is the one presentation mapping from code to what such a reader
needs: a Dutch name ("Opslag werkgeverslasten op de loonkostensubsidie"), the value in its
unit ("23,5 %", "€ 14,06", "36 uur") and the official source (Staatscourant number, law and
article, the research report's title and section), never a file name or code. The PDF pages
use it; the JSON keeps the codes.

Sources: resources/reference/SOURCES.md (publications per reference file), DOMAIN.md R2-R10.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain import display
from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis, WorkType
from sodesk.domain.parameters import UsedParameter

PARTICIPATIEWET_LKS = "Participatiewet art. 10d"
LKS_REGULATION = (
    "Participatiewet art. 10d; Regeling loonkostensubsidie Participatiewet "
    "(Stcrt. 2017, 68248), herhaald in de regeling van 2021, art. 1"
)
LKS_REGULATION_BEFORE_2018 = "Participatiewet art. 10d en de ministeriële regeling van dat jaar"
WML_PUBLICATION = (
    "Wet minimumloon en minimumvakantiebijslag art. 14; bekendmaking in de Staatscourant"
)
WML_STAATSCOURANT: Mapping[dt.date, str] = {dt.date(2025, 7, 1): "Stcrt. 2025, 12264"}
"""The Staatscourant number of a minimum-wage change, where SOURCES.md names it."""
WML_FROM_MONTH = "; uurbedrag omgerekend uit het maandbedrag (x 3 / 13 / 37 uur, cao Aan de Slag)"
RESEARCH_REPORT = (
    "Significant APE, verdiepend onderzoek naar de optimalisatie van de uitvoering van beschut "
    "werk (in opdracht van SZW), § 3.4.2 'Variatie in de uitvoering van de loonwaardemeting'"
)
BILL_2028 = (
    "Kamerbrief voortgang sociaal ontwikkelbedrijven en beschut werk (Minister van Werk en "
    "Participatie, 2026), § 'Forfaitaire loonkostensubsidie beschut werk': wetsvoorstel, "
    "beoogd per 01-01-2028"
)
NOT_PUBLISHED = "Aanname van sodesk: nog niet gepubliceerd"
COMPANY_OWN = "Eigen opgave van het bedrijf (jaarparameters)"
OVERHEAD_OWN = "Eigen opgave van het bedrijf (overheadtarief per productief uur)"
MUNICIPALITY_AGREEMENT = "Afspraak met de gemeente, ingevoerd door het bedrijf"
TARGET_REGULATION = "Regeling vaststelling aantallen beschut werk (ministeriële regeling)"
JOB_HOURS_SOURCE = "Regeling vaststelling aantallen beschut werk: banen van 31 uur per week"
PENSION_SOURCE = "Algemene Ouderdomswet art. 7a; bekendmaking vijf jaar vooruit"
SODESK_CHOICE = "Instelling in sodesk"


@dataclass(frozen=True, slots=True)
class ParameterText:
    """A used parameter as a reader sees it: Dutch name, value with unit, validity, source."""

    name: str
    value: str
    valid_from: str
    source: str


def percentage(fraction: Decimal) -> str:
    """A fraction as a percentage with the decimals it needs.

    Examples: 0.235 -> ``"23,5 %"``, 0.70 -> ``"70 %"``.
    """
    exponent = (fraction * 100).normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return display.percent(fraction, min(places, 2))


def _amount(value: Decimal) -> str:
    return display.euro(value)


def _hours(value: Decimal) -> str:
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return f"{display.number(value, min(places, 2))} uur"


def _count(value: Decimal | int) -> str:
    return display.number(Decimal(value), 0)


def _yes_no(value: object) -> str:
    return "ja" if value is True else "nee" if value is False else str(value)


def _as_is(value: object) -> str:
    if isinstance(value, dt.date):
        return display.date_nl(value)
    if isinstance(value, Decimal):
        return display.number(value)
    return str(value)


@dataclass(frozen=True, slots=True)
class _Label:
    name: str
    show: Callable[..., str]
    source: str


LABELS: Mapping[str, _Label] = {
    "minimum_wage_hourly": _Label("Wettelijk minimumloon per uur", _amount, WML_PUBLICATION),
    "lks.holiday_allowance": _Label(
        "Vakantietoeslag in de grondslag van de loonkostensubsidie", percentage,
        PARTICIPATIEWET_LKS,
    ),
    "lks.cap_fraction": _Label(
        "Loonkostensubsidie ten hoogste, als deel van het wettelijk minimumloon", percentage,
        PARTICIPATIEWET_LKS,
    ),
    "lks.surcharge": _Label(
        "Opslag werkgeverslasten op de loonkostensubsidie", percentage, LKS_REGULATION
    ),
    "start_without_measurement": _Label(
        "Vaste loonkostensubsidie in de eerste zes maanden zonder loonwaardemeting, als deel "
        "van het wettelijk minimumloon", percentage,
        f"{PARTICIPATIEWET_LKS}: loonkostensubsidie in afwachting van de loonwaardebepaling",
    ),
    "start_without_measurement.surcharge_on_top": _Label(
        "Opslag werkgeverslasten bovenop die vaste loonkostensubsidie", _yes_no,
        PARTICIPATIEWET_LKS,
    ),
    "statutory_sheltered_2028": _Label(
        "Vaste loonkostensubsidie voor beschut werkers vanaf 2028, als deel van het wettelijk "
        "minimumloon", percentage, BILL_2028,
    ),
    "statutory_sheltered_2028.surcharge_on_top": _Label(
        "Opslag werkgeverslasten bovenop de vaste loonkostensubsidie van 2028", _yes_no,
        NOT_PUBLISHED,
    ),
    "company.employer_charges": _Label(
        "Werkgeverslasten (sociale premies en pensioen) op het brutoloon", percentage,
        COMPANY_OWN,
    ),
    "company.holiday_allowance": _Label(
        "Vakantietoeslag in de loonkosten", percentage, COMPANY_OWN
    ),
    "company.coach_hourly_cost": _Label("Uurkosten begeleiding (jobcoach)", _amount, COMPANY_OWN),
    "company.wsw_fulltime_hours": _Label(
        "Volledige werkweek voor de rijksbijdrage Wsw (1 fte)", _hours, COMPANY_OWN
    ),
    "outlook.critical_mass": _Label(
        "Kritische massa: het minste aantal personen per werksoort", _count, SODESK_CHOICE
    ),
    "outlook.years": _Label("Aantal jaren in de prognose", _count, SODESK_CHOICE),
    "outlook.inflow": _Label("Verwachte instroom", _as_is, "Niet ingevoerd"),
    "job_hours": _Label("Uren per week van één baan", _hours, JOB_HOURS_SOURCE),
    "plan.months": _Label("Maanden in het herbeoordelingsplan", _count, SODESK_CHOICE),
}  # fmt: skip
"""Company-wide parameters by code."""

MUNICIPALITY_LABELS: Mapping[str, _Label] = {
    "target_places": _Label("taakstelling beschut werk (banen van 31 uur)", _count,
                            f"{TARGET_REGULATION}, ingevoerd door het bedrijf"),
    "guidance_allowance_per_place": _Label("begeleidingsvergoeding per plaats per jaar",
                                           _amount, MUNICIPALITY_AGREEMENT),
    "wsw_subsidy_per_fte": _Label("rijksbijdrage Wsw per fte per jaar", _amount,
                                  MUNICIPALITY_AGREEMENT),
    "fixed_fraction": _Label("vaste loonkostensubsidie, als deel van het wettelijk minimumloon",
                             percentage,
                             f"{MUNICIPALITY_AGREEMENT}; zo'n vast percentage beschrijft "
                             f"{RESEARCH_REPORT}"),
}  # fmt: skip
"""A municipality's figures by the part of the code after the municipality code."""

MUNICIPALITY_CHOICES: Mapping[str, Mapping[str, str]] = {
    "lks_regime": {
        LksRegime.MEASURED.value: "loonkostensubsidie naar de gemeten loonwaarde",
        LksRegime.FIXED.value: "loonkostensubsidie als vast percentage van het minimumloon",
    },
    "lw_basis": {
        LwBasis.MINIMUM_WAGE.value: "loonwaarde berekend over het wettelijk minimumloon",
        LwBasis.FUNCTION_WAGE.value: "loonwaarde berekend over het functieloon",
    },
    "guidance_basis": {
        GuidanceAllowanceBasis.PLACE.value: "begeleidingsvergoeding per plaats",
        GuidanceAllowanceBasis.JOB_31H.value: "begeleidingsvergoeding per baan van 31 uur",
    },
}
"""A municipality's settings: the whole sentence, the value is in it."""

_PENSION = re.compile(r"pension_age\.(\d{4})")


def _wml_source(valid_from: dt.date | None) -> str:
    source = WML_PUBLICATION
    if valid_from is not None and valid_from in WML_STAATSCOURANT:
        source += f" ({WML_STAATSCOURANT[valid_from]})"
    if valid_from is not None and valid_from.year < 2024:
        source += WML_FROM_MONTH
    return source


def _municipality(code: str, names: Mapping[str, str]) -> str:
    """"Gemeente Utrecht": the name as entered, with "Gemeente" before it when it lacks it."""
    name = names.get(code, code)
    return name if name.lower().startswith("gemeente") else f"Gemeente {name}"


def parameter_text(
    parameter: UsedParameter, municipality_names: Mapping[str, str] | None = None
) -> ParameterText:
    """The parameter as the accountability page prints it.

    Args:
        parameter: a parameter a computation used (code, value, validity, source).
        municipality_names: municipality code to name, for "Gemeente X: ..." lines.

    Returns:
        Dutch name, formatted value, Dutch date ("–" when always valid) and official source;
        a code this mapping does not know keeps its own name and source.
    """
    names = municipality_names or {}
    since = display.date_nl(parameter.valid_from)
    code, value = parameter.name, parameter.value
    if code == "minimum_wage_hourly" and isinstance(value, Decimal):
        return ParameterText(LABELS[code].name, _amount(value), since,
                             _wml_source(parameter.valid_from))  # fmt: skip
    if code == "lks.surcharge" and isinstance(value, Decimal):
        return ParameterText(LABELS[code].name, percentage(value), since,
                             _surcharge_source(parameter.valid_from))  # fmt: skip
    if code in LABELS:
        label = LABELS[code]
        return ParameterText(label.name, _show(label, value), since, label.source)
    if match := _PENSION.fullmatch(code):
        source = PENSION_SOURCE
        if "announced" in parameter.source or "verify" in parameter.source:
            source += "; aangekondigd, nog te controleren"
        return ParameterText(f"AOW-leeftijd {match[1]}", _as_is(value), since, source)
    head, _, tail = code.partition(".")
    if head == "overhead":
        work_type = next((w for w in WorkType if w.value == tail), None)
        shown = work_type.label if work_type else tail
        return ParameterText(f"Overheadtarief per productief uur: {shown}", _amount_of(value),
                             since, OVERHEAD_OWN)  # fmt: skip
    if head == "coach_cost":
        return ParameterText(f"Uurkosten begeleiding van jobcoach {tail}", _amount_of(value),
                             since, COMPANY_OWN)  # fmt: skip
    if tail in MUNICIPALITY_CHOICES:
        sentence = MUNICIPALITY_CHOICES[tail].get(str(value), str(value))
        return ParameterText(f"{_municipality(head, names)}: {sentence}", "", since,
                             MUNICIPALITY_AGREEMENT)  # fmt: skip
    if tail in MUNICIPALITY_LABELS:
        label = MUNICIPALITY_LABELS[tail]
        return ParameterText(f"{_municipality(head, names)}: {label.name}",
                             _show(label, value), since, label.source)  # fmt: skip
    return ParameterText(code, _as_is(value), since, parameter.source)


def _show(label: _Label, value: object) -> str:
    """The value in the label's unit; a value of an unexpected type as it is."""
    numeric = label.show not in (_yes_no, _as_is)
    if numeric and (isinstance(value, bool) or not isinstance(value, Decimal | int)):
        return _as_is(value)
    return label.show(value)


def _amount_of(value: object) -> str:
    return _amount(value) if isinstance(value, Decimal) else _as_is(value)


def _surcharge_source(valid_from: dt.date | None) -> str:
    """The surcharge's publication: the 2018 regulation, or the regulation of an earlier year."""
    if valid_from is not None and valid_from < dt.date(2018, 1, 1):
        return LKS_REGULATION_BEFORE_2018
    return LKS_REGULATION
