"""Warnings in plain Dutch (meldingen voor de lezer): a title per kind, messages without codes.

Why: the domain, the engine and the report builders give a finding as a stable code
("lks.no_measurement") and its values (``arguments``); this module words it in Dutch
(:func:`finding_text`), the sentence the JSON and the workbook carry, which may hold a field
or file name in brackets ("(target_places)", "(regions_2025.csv)"), a rule number ("R3") or
a municipality code ("Gemeente GM0002"). A printed page is read by a controller or a
municipal official, so this module also gives each kind a Dutch title (:data:`KIND_TITLES`)
and rewrites a sentence for print (:func:`plain_message`). A finding without values (a
stored month's, an assumption) is printed by its ``message``. The break-even rate
(:class:`~sodesk.domain.rate_advice.BreakEven`) and a missing parameter
(:class:`~sodesk.domain.completeness.Gap`) are worded here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sodesk.domain import completeness, display
from sodesk.domain.completeness import Gap
from sodesk.domain.enums import WorkType
from sodesk.domain.rate_advice import BreakEven
from sodesk.domain.validation import Finding

KIND_TITLES: Mapping[str, str] = {
    "lks.no_measurement": (
        "Geen loonwaardemeting na de startperiode van zes maanden: over die maanden geen "
        "loonkostensubsidie"
    ),
    "lks.lw_basis_unconfirmed": (
        "Gemeente met loonwaarde over het functieloon, overgenomen uit een oudere versie en nog "
        "niet bevestigd"
    ),
    "lks.no_fixed_fraction": (
        "Gemeente met een vaste loonkostensubsidie zonder percentage: loonkostensubsidie op 0 gezet"
    ),
    "attribution.hours_beyond_contract": (
        "In een maand meer productieve dan betaalde uren: kosten en subsidies verdeeld naar "
        "productieve uren"
    ),
    "attribution.unplaced": "Medewerker zonder plaatsing: uren en kosten onder 'zonder plaatsing'",
    "parameters.no_company_year": "Geen bedrijfsparameters voor het jaar: loonkosten op 0 gezet",
    "parameters.no_minimum_wage": (
        "Geen minimumloon of parameters van de loonkostensubsidie bekend: loonkostensubsidie op "
        "0 gezet"
    ),
    "parameters.no_guidance_allowance": (
        "Geen begeleidingsvergoeding van de gemeente voor het jaar: vergoeding op 0 gezet"
    ),
    "parameters.no_wsw_subsidy": (
        "Geen rijksbijdrage Wsw per fte van de gemeente voor het jaar: bijdrage op 0 gezet"
    ),
    "revenue.no_rate": "Activiteit zonder tarief en zonder gefactureerde omzet: geen omzet",
    "revenue.hours_without_rate": "Uren op dagen zonder tarief: geen omzet voor die uren",
    "revenue.no_piece_rate": "Stuks zonder stukstarief: geen omzet voor die stuks",
    "overhead.missing": "Geen overheadtarief voor een werksoort: overhead op 0 gezet",
    "company_year.missing": "Geen bedrijfsparameters voor het jaar: begeleidingskosten op 0 gezet",
    "realisation.no_target": "Geen taakstelling voor het jaar: percentage en tekort onbekend",
    "region.unknown": "Arbeidsmarktregio niet in de regiotabel: geen regionale vergelijking",
    "ntw.without_hours": (
        "NTW van activiteiten zonder productieve uren: aan geen medewerker toe te rekenen"
    ),
    "questionnaire.unplaced": "Beschut werkers zonder plaatsing: in geen werksoort geteld",
    "outlook.no_birth_date": "Medewerkers zonder geboortedatum",
    "outlook.pension_age_assumed": "AOW-leeftijd van latere jaren aangenomen",
}
"""The Dutch title of each kind of warning, by the finding's code."""
OTHER_KIND = "Overige meldingen"

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
CODE_WORD = r"[a-z0-9]+(?:[._][a-z0-9]+)+"
CODE_IN_BRACKETS = re.compile(rf"\s*\({CODE_WORD}(?:,\s*{CODE_WORD})*\)")
"""A bracketed field or file name, "(target_places)", "(regions_2025.csv)"."""
RULE_IN_BRACKETS = re.compile(r"\s*\(R\d+[a-z]?\)")
RULE_AFTER_COMMA = re.compile(r",\s*R\d+[a-z]?(?=\))")
AMOUNT_IN_BRACKETS = re.compile(r"\((-?\d+\.\d{2})\)")
"""An amount written for a machine, "(1234.50)", as a message may name it."""
QUOTED_CODES: Mapping[str, str] = {"'unplaced'": "'zonder plaatsing'"}


def kind_title(code: str) -> str:
    """The Dutch title of a kind of warning; "Overige meldingen" for a code without one."""
    return KIND_TITLES.get(code, OTHER_KIND)


def municipality_name(code: str, names: Mapping[str, str]) -> str:
    """The municipality's name for print ("Gemeente Lindenhout"), the code when unknown."""
    name = names.get(code)
    if name is None:
        return code
    return name if name.lower().startswith("gemeente") else f"gemeente {name}"


def plain_message(message: str, municipality_names: Mapping[str, str] | None = None) -> str:
    """The message for print: Dutch dates, no field or file names, no rule numbers or codes.

    "Gemeente GM0002 heeft voor 2025 geen taakstelling (target_places): ..." becomes
    "Gemeente Twee heeft voor 2025 geen taakstelling: ..." when GM0002 is named "Gemeente
    Twee"; "op 2025-01-01" becomes "op 01-01-2025"; "(nog niet gepubliceerd, R3)" becomes
    "(nog niet gepubliceerd)"; an amount "(1234.50)" becomes "(€ 1.234,50)".
    """
    text = ISO_DATE.sub(lambda m: f"{m[3]}-{m[2]}-{m[1]}", message)
    text = AMOUNT_IN_BRACKETS.sub(lambda m: f"({display.euro(Decimal(m[1]))})", text)
    text = CODE_IN_BRACKETS.sub("", text)
    text = RULE_IN_BRACKETS.sub("", text)
    text = RULE_AFTER_COMMA.sub("", text)
    for code, words in QUOTED_CODES.items():
        text = text.replace(code, words)
    for code, name in (municipality_names or {}).items():
        if not name:
            continue
        shown = municipality_name(code, {code: name})

        def named(m: re.Match[str], shown: str = shown) -> str:
            if m[1] is None:
                return shown
            return shown[0].upper() + shown[1:] if m[1][0] == "G" else shown

        text = re.sub(rf"(?:\b([Gg]emeente)\s+)?\b{re.escape(code)}\b", named, text)
    return text


def subject_text(subject: str, municipality_names: Mapping[str, str] | None = None) -> str:
    """What a finding is about, for print: a work type by its Dutch label, a municipality by
    its name, anything else (a personnel number, an activity code) as it is."""
    for work_type in WorkType:
        if subject == work_type.value:
            return work_type.label
    names = municipality_names or {}
    if subject in names:
        shown = municipality_name(subject, names)
        return shown[0].upper() + shown[1:]
    return subject


def break_even_text(advice: BreakEven | None) -> str:
    """``"Bij € 7,85 per uur is deze activiteit kostendekkend; nu € 6,20."`` (SCREENS.md);
    empty without a break-even rate.

    Each rate as :func:`sodesk.domain.display.rate` prints it alone; the report's table,
    where rates and their gap stand side by side, uses ``rate_places`` instead.
    """
    if advice is None:
        return ""
    return (
        f"Bij {display.rate(advice.rate)} {advice.unit.label} is deze activiteit "
        f"kostendekkend; nu {display.rate(advice.current)}."
    )


COSTS_NL: Mapping[str, str] = {
    completeness.WAGE_COST: "loonkosten",
    completeness.GUIDANCE_COST: "begeleidingskosten",
}
MUNICIPAL_FIELDS_NL: Mapping[str, str] = {
    completeness.GUIDANCE_ALLOWANCE: "begeleidingsvergoeding per plaats",
    completeness.WSW_SUBSIDY: "Wsw-subsidie per fte",
}
GAP_TEXTS: Mapping[str, str] = {
    completeness.COMPANY_YEAR: (
        "Bedrijfsparameters {year} ontbreken (werkgeverslasten, uurkosten begeleiding): "
        "{costs} van {days} zijn niet meegeteld."
    ),
    completeness.OVERHEAD_RATE: (
        "Overheadtarief {year} voor {work_type} ontbreekt: overhead van {days} is niet meegeteld."
    ),
    completeness.MUNICIPALITY_YEAR: (
        "{municipality}: {fields} {year} niet ingevoerd; niet meegeteld over {days}."
    ),
    completeness.FIXED_REGIME_PERCENT: (
        "{municipality} heeft een vast LKS-regime zonder percentage: LKS van haar medewerkers "
        "is niet meegeteld."
    ),
    completeness.PENSION_AGE: (
        "AOW-leeftijd vanaf {from_year} niet bekend; die van {last_known} gebruikt."
    ),
    completeness.LKS_PARAMETERS: (
        "LKS-parameters (vakantietoeslag, maximum, opslag){before} niet ingevoerd: LKS van "
        "{days} is niet meegeteld."
    ),
}
"""The Dutch sentence of each kind of missing parameter, by the gap's ``parameter``."""
WML_TEXTS = (
    "WML (minimumloon) niet ingevoerd: LKS en loonwaardenorm zijn niet meegeteld.",
    "WML voor {known_from} niet ingevoerd: LKS en loonwaardenorm van {days} zijn niet "
    "meegeteld.",
    "WML vanaf {unknown_from} niet ingevoerd; {used} gebruikt.",
)
"""The minimum wage's three: none entered, none before its first row, past its horizon."""


def gap_text(gap: Gap) -> str:
    """The Dutch sentence of a missing parameter: what is missing and what the figures did
    instead ("WML vanaf 01-07-2026 niet ingevoerd; 14,71 gebruikt.")."""
    values = {
        key: _shown(value) for key, value in gap.arguments.items() if key not in ("code", "name")
    }
    values["days"] = f"{display.date_nl(gap.start)} t/m {display.date_nl(gap.end)}"
    if "code" in gap.arguments:
        values["municipality"] = _municipality_nl(gap.arguments)
    if "costs" in gap.arguments:
        values["costs"] = " en ".join(COSTS_NL[str(c)] for c in _items(gap.arguments["costs"]))
    if "fields" in gap.arguments:
        fields = _items(gap.arguments["fields"])
        values["fields"] = " en ".join(MUNICIPAL_FIELDS_NL[str(f)] for f in fields)
    if gap.parameter == completeness.LKS_PARAMETERS:
        known = gap.arguments.get("known_from")
        values["before"] = "" if known is None else f" voor {_shown(known)}"
    if gap.parameter == completeness.MINIMUM_WAGE:
        case = 1 if "known_from" in values else 2 if "unknown_from" in values else 0
        return WML_TEXTS[case].format(**values)
    text = GAP_TEXTS.get(gap.parameter)
    return gap.message if text is None else text.format(**values)


def _shown(value: object) -> str:
    """A value as the sentences print it: a Dutch date, a Dutch number, a work type's label."""
    if isinstance(value, date):
        return display.date_nl(value)
    if isinstance(value, Decimal):
        return display.number(value)
    if isinstance(value, WorkType):
        return value.label
    return str(value)


def _municipality_nl(a: Mapping[str, object]) -> str:
    """"Gemeente Lindenhout (GM0001)", also when the stored name says "Gemeente" already."""
    code, name = a["code"], a.get("name")
    if name is None:
        return f"Gemeente {code}"
    shown = str(name)
    if not shown.lower().startswith("gemeente"):
        shown = f"Gemeente {shown}"
    return f"{shown} ({code})"


def _items(value: object) -> tuple[object, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (value,)


def named_activities(value: object) -> list[tuple[str, Decimal]]:
    """The activities a finding names with an amount each (their NTW), as (code, amount)."""
    pairs = []
    for item in _items(value):
        code, amount = _items(item)
        assert isinstance(amount, Decimal)
        pairs.append((str(code), amount))
    return pairs


def worded(gaps: Iterable[Gap]) -> list[Gap]:
    """The gaps with their Dutch sentence, as every report prints them."""
    return [replace(gap, message=gap_text(gap)) for gap in gaps]


FINDING_TEXTS: Mapping[str, str] = {
    "attribution.hours_beyond_contract": (
        "Medewerker {worker} heeft in {month} {worked} productieve uren, meer dan de {paid} "
        "betaalde uren: verdeeld naar productieve uren."
    ),
    "attribution.unplaced": (
        "Medewerker {worker} heeft geen plaatsing: uren en kosten onder 'unplaced'."
    ),
    "lks.lw_basis_unconfirmed": (
        "{name}: de LKS is berekend met de loonwaarde over het functieloon, een keuze "
        "overgenomen uit een oudere versie van sodesk en nog niet bevestigd. Sinds 2017 geldt "
        "het wettelijk minimumloon als grondslag: bevestig of wijzig de keuze op de pagina "
        "Gemeenten."
    ),
    "lks.no_fixed_fraction": (
        "Gemeente {code} heeft een vast LKS-regime zonder percentage (lks_fixed_percent): LKS "
        "op 0 gezet."
    ),
    "lks.no_measurement": (
        "Medewerker {worker} heeft op {day} geen loonwaardemeting en is langer dan {months} "
        "maanden in dienst: geen LKS."
    ),
    "revenue.no_rate": (
        "Activiteit {activity} heeft geen tarief en geen gefactureerde omzet in de periode."
    ),
    "revenue.hours_without_rate": "Activiteit {activity}: {hours} uur op dagen zonder tarief.",
    "revenue.no_piece_rate": (
        "Activiteit {activity}: geen stukstarief op {day} voor {pieces} stuks."
    ),
    "parameters.no_company_year": (
        "Geen bedrijfsparameters (company_years) voor {year}: loonkosten op 0 gezet."
    ),
    "parameters.no_minimum_wage": (
        "Geen minimumloon of LKS-parameters bekend op {day}: LKS op 0."
    ),
    "parameters.no_guidance_allowance": (
        "Gemeente {code} heeft voor {year} geen {what} ({field}): op 0 gezet."
    ),
    "parameters.no_wsw_subsidy": (
        "Gemeente {code} heeft voor {year} geen {what} ({field}): op 0 gezet."
    ),
    "company_year.missing": (
        "Geen bedrijfsparameters (werkgeverslasten, uurkosten begeleiding) voor {year}: "
        "begeleidingskosten op 0 gezet."
    ),
    "outlook.pension_age_assumed": (
        "AOW-leeftijd na {last_known} onbekend: {years} jaar en {months} maanden aangenomen."
    ),
    "overhead.missing": "Geen overheadtarief voor {work_type} in {year}: overhead op 0 gezet.",
    "realisation.no_target": (
        "Gemeente {code} heeft voor {year} geen taakstelling (target_places): percentage en "
        "tekort niet te bepalen."
    ),
    "region.unknown": (
        "Arbeidsmarktregio '{region}' van gemeente {code} staat niet in de regiotabel "
        "(regions_2025.csv): geen regionale vergelijking."
    ),
    "ntw.without_hours": (
        "NTW van activiteiten zonder productieve uren in de periode is aan geen medewerker "
        "toe te rekenen en telt hier niet mee: {activities}."
    ),
    "questionnaire.unplaced": (
        "{count} beschut werker(s) zonder plaatsing op hun laatste dag in dienst: niet in een "
        "werksoort geteld."
    ),
}
"""The Dutch sentence of a finding the domain gives as code and values, by its code."""
COUNTED_TEXTS: Mapping[str, tuple[str, str]] = {
    "outlook.no_birth_date": (
        "1 medewerker zonder geboortedatum: die blijft in de prognose tot het contract eindigt.",
        "{count} medewerkers zonder geboortedatum: zij blijven in de prognose tot hun "
        "contract eindigt.",
    ),
    "outlook.below_critical_mass": (
        "{work_type}: 1 medewerker op 01-01-{year}, onder de kritische massa van {minimum}.",
        "{work_type}: {count} medewerkers op 01-01-{year}, onder de kritische massa van "
        "{minimum}.",
    ),
}
"""The findings that count people: the sentence for one, the sentence for more (or none)."""


def finding_text(finding: Finding) -> str:
    """A finding's Dutch sentence from its code and arguments, as the JSON, the workbook and
    the PDF print it; its ``message`` when it lacks the values to say it from (a finding of
    a kind not worded here, or read back from a month result kept without them)."""
    a, code = finding.arguments, finding.code
    if code in COUNTED_TEXTS and "count" in a:
        one, more = COUNTED_TEXTS[code]
        text = one if a["count"] == 1 else more
    elif code in FINDING_TEXTS and a:
        text = FINDING_TEXTS[code]
    else:
        return finding.message
    values = {key: _shown(value) for key, value in a.items()}
    if "month" in a:
        values["month"] = values["month"][3:]
    if "pieces" in a:
        values["pieces"] = str(a["pieces"])
    if "activities" in a:
        named = named_activities(a["activities"])
        values["activities"] = ", ".join(f"{code} ({ntw:.2f})" for code, ntw in named)
    if "field" in a:
        values["what"] = MUNICIPAL_FIELDS_NL.get(str(a["field"]), str(a["field"]))
    try:
        return text.format(**values)
    except KeyError:
        return finding.message
