"""The findings the domain gives as code and values are worded at the edge: the reports'
Dutch is the sentence the JSON carries, the English window reads English, the Dutch window
reads the reports' Dutch as print says it (no field names)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QApplication

from sodesk.domain.attribution import attribute_worker_month
from sodesk.domain.enums import LksRegime, LwBasis, RateUnit, TargetGroup, WorkType
from sodesk.domain.lines import LineKey
from sodesk.domain.lks_regime import lw_basis_finding
from sodesk.domain.period import Period
from sodesk.domain.revenue import PeriodPieces, RateAgreement, activity_revenue
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import Employment, worker_month_figures
from sodesk.domain.workforce import OutlookPerson, PensionAge, workforce_outlook
from sodesk.engine.records import MonthRead
from sodesk.engine.run import CompanyRun, _record
from sodesk.reports import finding_texts as report_texts
from sodesk.ui import finding_texts as window_texts
from tests.domain.factories import municipality, reference_parameters, worker
from tests.domain.test_attribution import month
from tests.ui.test_finding_texts import dutch, english

__all__ = ["dutch", "english"]

JULY = Period(date(2025, 7, 1), date(2025, 7, 31))
JAN = Period(date(2025, 1, 1), date(2025, 1, 31))


def _findings() -> Iterator[Finding]:
    """Each kind of finding, as the domain (and the engine) makes it."""
    a, b = LineKey.activity("A"), LineKey.activity("B")
    yield from attribute_worker_month(
        month(Decimal(100)), WorkType.SHELTERED_INSIDE, {a: Decimal(90), b: Decimal("30.5")}, {}
    )[1]
    yield from attribute_worker_month(month(Decimal(10)), None, {}, {})[1]
    params = reference_parameters()
    fixed = worker(terms=municipality(LksRegime.FIXED, None))
    yield from worker_month_figures(fixed, JULY, params).findings
    late = worker(employments=(Employment(date(2025, 2, 15), None, Decimal(31), Decimal(14)),))
    august = Period(date(2025, 8, 1), date(2025, 8, 31))
    yield from worker_month_figures(late, august, params).findings
    old_basis = dataclasses.replace(
        municipality(), lw_basis=LwBasis.FUNCTION_WAGE, lw_basis_unconfirmed=True
    )
    finding = lw_basis_finding(old_basis)
    assert finding is not None
    yield finding
    bare = reference_parameters(company={})
    nothing = municipality(years=range(0))
    yield from worker_month_figures(worker(terms=nothing), JULY, bare).findings
    yield from worker_month_figures(worker(TargetGroup.WSW, terms=nothing), JULY, bare).findings
    early = worker(employments=(Employment(date(2018, 1, 1), None, Decimal(31), Decimal(14)),))
    december = Period(date(2018, 12, 1), date(2018, 12, 31))
    yield from worker_month_figures(early, december, bare).findings
    yield from activity_revenue(JAN, [], [], {date(2025, 1, 2): Decimal(8)}, [], "A1").findings
    rate = RateAgreement(date(2025, 1, 10), None, RateUnit.HOUR, Decimal(20))
    hours = {date(2025, 1, 5): Decimal("3.25"), date(2025, 1, 12): Decimal(2)}
    pieces = [PeriodPieces(Period(date(2025, 1, 1), date(2025, 1, 3)), Decimal(30))]
    yield from activity_revenue(JAN, [], [rate], hours, pieces, "A1").findings
    ages = {2024: PensionAge(67, 0), 2028: PensionAge(67, 3)}
    w = WorkType.GROUP_SECONDMENT
    people = [
        OutlookPerson(w, TargetGroup.WSW, None, Decimal(36)),
        OutlookPerson(w, TargetGroup.WSW, date(1991, 1, 1), Decimal(36)),
    ]
    yield from workforce_outlook(people, 2029, 1, ages, critical_mass={w: 3})[1]
    yield from workforce_outlook(people * 2, 2029, 1, ages)[1]
    run = CompanyRun(JAN, bare, {}, {}, {})
    _record(run, [MonthRead(JAN, [], [(1, None, None, date(2025, 1, 1), Decimal(2))])])
    yield from run.findings
    yield from REPORT_BUILT


REPORT_BUILT = (
    Finding(
        "overhead.missing",
        field="overhead_rates",
        value=2025,
        subject="group_secondment",
        arguments={"work_type": WorkType.GROUP_SECONDMENT, "year": 2025},
    ),
    Finding(
        "realisation.no_target",
        field="target_places",
        subject="GM0002",
        arguments={"code": "GM0002", "year": 2025},
    ),
    Finding(
        "region.unknown",
        field="region",
        value="Nergens",
        subject="GM0002",
        arguments={"region": "Nergens", "code": "GM0002"},
    ),
    Finding(
        "ntw.without_hours",
        field="hours",
        subject="A8, A9",
        arguments={"activities": (("A8", Decimal("1234.5")), ("A9", Decimal("-12.25")))},
    ),
    Finding("questionnaire.unplaced", field="work_type", value=2, arguments={"count": 2}),
)
"""The findings a report builder makes, with their values, as the builders make them."""


def _by_code() -> dict[tuple[str, object], Finding]:
    """The first finding of each kind (of the people counted: one for one and for more)."""
    found: dict[tuple[str, object], Finding] = {}
    for finding in _findings():
        found.setdefault((finding.code, finding.arguments.get("count") == 1), finding)
    return found


DUTCH = {
    "attribution.hours_beyond_contract": (
        "Medewerker P001 heeft in 07-2025 120,50 productieve uren, meer dan de 100,00 betaalde "
        "uren: verdeeld naar productieve uren."
    ),
    "attribution.unplaced": (
        "Medewerker P001 heeft geen plaatsing: uren en kosten onder 'unplaced'."
    ),
    "lks.no_fixed_fraction": (
        "Gemeente 0363 heeft een vast LKS-regime zonder percentage (lks_fixed_percent): LKS op 0 "
        "gezet."
    ),
    "lks.no_measurement": (
        "Medewerker P001 heeft op 15-08-2025 geen loonwaardemeting en is langer dan 6 maanden "
        "in dienst: geen LKS."
    ),
    "lks.lw_basis_unconfirmed": (
        "Amsterdam: de LKS is berekend met de loonwaarde over het functieloon, een keuze "
        "overgenomen uit een oudere versie van sodesk en nog niet bevestigd. Sinds 2017 geldt "
        "het wettelijk minimumloon als grondslag: bevestig of wijzig de keuze op de pagina "
        "Gemeenten."
    ),
    "parameters.no_company_year": (
        "Geen bedrijfsparameters (company_years) voor 2025: loonkosten op 0 gezet."
    ),
    "parameters.no_guidance_allowance": (
        "Gemeente 0363 heeft voor 2025 geen begeleidingsvergoeding per plaats "
        "(guidance_allowance_per_place): op 0 gezet."
    ),
    "parameters.no_wsw_subsidy": (
        "Gemeente 0363 heeft voor 2025 geen Wsw-subsidie per fte (wsw_subsidy_per_fte): op 0 "
        "gezet."
    ),
    "parameters.no_minimum_wage": (
        "Geen minimumloon of LKS-parameters bekend op 01-12-2018: LKS op 0."
    ),
    "revenue.no_rate": (
        "Activiteit A1 heeft geen tarief en geen gefactureerde omzet in de periode."
    ),
    "revenue.hours_without_rate": "Activiteit A1: 3,25 uur op dagen zonder tarief.",
    "revenue.no_piece_rate": "Activiteit A1: geen stukstarief op 03-01-2025 voor 30 stuks.",
    "outlook.no_birth_date": (
        "1 medewerker zonder geboortedatum: die blijft in de prognose tot het contract eindigt.",
        "2 medewerkers zonder geboortedatum: zij blijven in de prognose tot hun contract "
        "eindigt.",
    ),
    "outlook.below_critical_mass": (
        "Groepsdetachering: 2 medewerkers op 01-01-2029, onder de kritische massa van 3.",
    ),
    "outlook.pension_age_assumed": (
        "AOW-leeftijd na 2028 onbekend: 67 jaar en 3 maanden aangenomen.",
    ),
    "company_year.missing": (
        "Geen bedrijfsparameters (werkgeverslasten, uurkosten begeleiding) voor 2025: "
        "begeleidingskosten op 0 gezet."
    ),
    "overhead.missing": "Geen overheadtarief voor Groepsdetachering in 2025: overhead op 0 gezet.",
    "realisation.no_target": (
        "Gemeente GM0002 heeft voor 2025 geen taakstelling (target_places): percentage en "
        "tekort niet te bepalen."
    ),
    "region.unknown": (
        "Arbeidsmarktregio 'Nergens' van gemeente GM0002 staat niet in de regiotabel "
        "(regions_2025.csv): geen regionale vergelijking."
    ),
    "ntw.without_hours": (
        "NTW van activiteiten zonder productieve uren in de periode is aan geen medewerker "
        "toe te rekenen en telt hier niet mee: A8 (1234.50), A9 (-12.25)."
    ),
    "questionnaire.unplaced": (
        "2 beschut werker(s) zonder plaatsing op hun laatste dag in dienst: niet in een "
        "werksoort geteld."
    ),
}
"""Each finding's Dutch sentence as the reports print it (the JSON's message)."""

ENGLISH = {
    "Worker P001 has 120,50 productive hours in 07-2025, more than the 100,00 paid hours: "
    "divided by productive hours.",
    "Worker P001 has no placement: hours and costs under 'without placement'.",
    "Municipality 0363 has a fixed LKS regime without a percentage: LKS set to 0.",
    "Worker P001 has no wage-value measurement on 15-08-2025 and has been employed for more "
    "than 6 months: no LKS.",
    "Amsterdam: the LKS was computed with the wage value over the function wage, a choice "
    "taken over from an older version of sodesk and not yet confirmed. Since 2017 the "
    "statutory minimum wage is the basis: confirm or change the choice on the Municipalities "
    "page.",
    "No company parameters for 2025: wage costs set to 0.",
    "Municipality 0363 has no guidance allowance per place for 2025: set to 0.",
    "Municipality 0363 has no Wsw subsidy per fte for 2025: set to 0.",
    "No minimum wage or LKS parameters known on 01-12-2018: LKS set to 0.",
    "Activity A1 has no rate and no invoiced revenue in the period.",
    "Activity A1: 3,25 hours on days without a rate.",
    "Activity A1: no piece rate on 03-01-2025 for 30 pieces.",
    "1 worker without a birth date: stays in the outlook until the contract ends.",
    "2 workers without a birth date: they stay in the outlook until their contracts end.",
    "Group secondment: 2 workers on 01-01-2029, below the critical mass of 3.",
    "State pension age after 2028 not known: 67 years and 3 months assumed.",
    "No company parameters (employer's charges, hourly cost of guidance) for 2025: guidance "
    "costs set to 0.",
    "No overhead rate for Group secondment in 2025: overhead set to 0.",
    "Municipality GM0002 has no target for 2025: percentage and shortfall cannot be determined.",
    "Labour market region 'Nergens' of municipality GM0002 is not in the region table: no "
    "regional comparison.",
    "NTW of activities without productive hours in the period belongs to no worker and is not "
    "counted here: A8 (€ 1.234,50), A9 (€ -12,25).",
    "2 sheltered worker(s) without a placement on their last day employed: not counted in a "
    "work type.",
}


def _expected_dutch() -> set[str]:
    said = (value if isinstance(value, tuple) else (value,) for value in DUTCH.values())
    return {text for texts in said for text in texts}


def test_every_kind_of_finding_carries_its_values() -> None:
    found = _by_code()
    assert {code for code, _message in found} == set(DUTCH)
    assert all(finding.arguments for finding in found.values())


def test_the_reports_dutch_is_the_sentence_the_json_carries() -> None:
    found = _by_code()
    said = {report_texts.finding_text(finding) for finding in found.values()}
    assert said == _expected_dutch()
    assert all(finding.message == "" for finding in found.values())  # the domain says no words


def test_a_finding_without_values_keeps_its_message() -> None:
    bare = Finding("lks.no_measurement", "Zoals bewaard.", "wage_value", None, "P001")
    assert report_texts.finding_text(bare) == "Zoals bewaard."
    other = Finding("other.kind", "Iets anders.", arguments={"year": 2025})
    assert report_texts.finding_text(other) == "Iets anders."


def test_an_english_window_reads_the_findings_in_english(english: QApplication) -> None:
    said = {window_texts.finding_text(finding) for finding in _by_code().values()}
    assert said == ENGLISH


def test_a_dutch_window_reads_the_reports_dutch_as_print_says_it(dutch: QApplication) -> None:
    for finding in _by_code().values():
        printed = report_texts.plain_message(report_texts.finding_text(finding))
        assert window_texts.finding_text(finding) == printed
    unplaced = next(f for (code, _m), f in _by_code().items() if code == "attribution.unplaced")
    assert window_texts.finding_text(unplaced) == (
        "Medewerker P001 heeft geen plaatsing: uren en kosten onder 'zonder plaatsing'."
    )


def test_a_finding_short_of_its_values_keeps_its_message(english: QApplication) -> None:
    short = Finding("revenue.no_piece_rate", "Zoals bewaard.", arguments={"activity": "A1"})
    assert report_texts.finding_text(short) == "Zoals bewaard."
    assert window_texts.finding_text(short) == "Zoals bewaard."
    uncounted = Finding("outlook.no_birth_date", "Zonder aantal.", arguments={"year": 2025})
    assert report_texts.finding_text(uncounted) == "Zonder aantal."
    assert window_texts.finding_text(uncounted) == "Zonder aantal."
