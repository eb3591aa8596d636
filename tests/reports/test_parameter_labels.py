"""Parameters and warnings in plain Dutch: every code the domain uses has a Dutch name.

The domain lists the parameters it used by code (:meth:`ParameterSet.used`,
:meth:`MunicipalityTerms.used`); :mod:`sodesk.reports.parameter_labels` must give each a Dutch
name, a value in its unit and an official source, so no code reaches a printed page. The
shipped reference tables (tests/domain/factories.py) over 2019-2028 make every dated row and
both fixed regimes appear; the municipality is tried in every setting.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.validation import Finding
from sodesk.reports.finding_texts import KIND_TITLES, plain_message
from sodesk.reports.parameter_labels import parameter_text, percentage
from sodesk.reports.pdf.warning_groups import warning_kinds
from tests.domain.factories import municipality, reference_parameters

CODE = re.compile(r"\b[a-z][a-z0-9]*[._][a-z0-9_.]+\b|\.csv|seed|SOURCES|\b\d{4}-\d{2}-\d{2}\b")
ALL_YEARS = Period(dt.date(2019, 1, 1), dt.date(2028, 12, 31))


def _used() -> list[UsedParameter]:
    params = reference_parameters()
    used = params.used(ALL_YEARS)
    for regime, fixed in ((LksRegime.MEASURED, None), (LksRegime.FIXED, Decimal("0.80"))):
        for basis in LwBasis:
            for guidance in GuidanceAllowanceBasis:
                terms = municipality(regime, fixed, lw_basis=basis, guidance_basis=guidance)
                used += terms.used(ALL_YEARS)
    return used


def test_every_parameter_the_domain_uses_has_a_dutch_name_unit_and_source() -> None:
    used = _used()
    names = {p.name.split(".")[-1] for p in used}
    assert {"minimum_wage_hourly", "surcharge", "lw_basis", "fixed_fraction"} <= names
    for parameter in used:
        shown = parameter_text(parameter, {"0363": "Amsterdam"})
        for part in (shown.name, shown.value, shown.valid_from, shown.source):
            assert not CODE.search(part), (parameter.name, part)
        assert shown.name != parameter.name
        assert "Staatscourant" in shown.source or "art." in shown.source or (
            "bedrijf" in shown.source or "ministeriële regeling" in shown.source
            or "Kamerbrief" in shown.source or "sodesk" in shown.source
        ), parameter.name  # fmt: skip


@pytest.mark.parametrize(
    ("code", "value", "valid_from", "name", "shown", "source"),
    [
        ("minimum_wage_hourly", Decimal("14.4000"), dt.date(2025, 7, 1),
         "Wettelijk minimumloon per uur", "€ 14,40", "(Stcrt. 2025, 12264)"),
        ("minimum_wage_hourly", Decimal("10.36"), dt.date(2023, 1, 1),
         "Wettelijk minimumloon per uur", "€ 10,36", "omgerekend uit het maandbedrag"),
        ("lks.surcharge", Decimal("0.235"), dt.date(2018, 1, 1),
         "Opslag werkgeverslasten op de loonkostensubsidie", "23,5 %", "Stcrt. 2017, 68248"),
        ("lks.surcharge", Decimal("0.23"), dt.date(2015, 1, 1),
         "Opslag werkgeverslasten op de loonkostensubsidie", "23 %",
         "ministeriële regeling van dat jaar"),
        ("lks.cap_fraction", Decimal("0.70"), dt.date(2018, 1, 1),
         "Loonkostensubsidie ten hoogste, als deel van het wettelijk minimumloon", "70 %",
         "Participatiewet art. 10d"),
        ("company.wsw_fulltime_hours", Decimal("36.00"), dt.date(2025, 1, 1),
         "Volledige werkweek voor de rijksbijdrage Wsw (1 fte)", "36 uur", "Eigen opgave"),
        ("0363.lw_basis", "minimum_wage", None,
         "Gemeente Amsterdam: loonwaarde berekend over het wettelijk minimumloon", "", "gemeente"),
        ("0363.guidance_allowance_per_place", Decimal("9328.00"), dt.date(2025, 1, 1),
         "Gemeente Amsterdam: begeleidingsvergoeding per plaats per jaar", "€ 9.328,00",
         "gemeente"),
        ("statutory_sheltered_2028.surcharge_on_top", True, dt.date(2028, 1, 1),
         "Opslag werkgeverslasten bovenop de vaste loonkostensubsidie van 2028", "ja",
         "nog niet gepubliceerd"),
        ("pension_age.2028", "67 jaar en 3 maanden", dt.date(2028, 1, 1), "AOW-leeftijd 2028",
         "67 jaar en 3 maanden", "aangekondigd, nog te controleren"),
    ],
)  # fmt: skip
def test_a_parameter_as_printed(
    code: str, value: object, valid_from: dt.date | None, name: str, shown: str, source: str
) -> None:
    text = parameter_text(
        UsedParameter(code, value, valid_from, "pension_age.csv; announced; verify"),  # type: ignore[arg-type]
        {"0363": "Amsterdam"},
    )
    assert (text.name, text.value) == (name, shown)
    assert source in text.source
    assert text.valid_from == ("–" if valid_from is None else f"{valid_from:%d-%m-%Y}")


def test_a_municipality_named_gemeente_is_not_named_twice() -> None:
    used = UsedParameter("GM0001.lks_regime", "fixed", None, "x")
    assert parameter_text(used, {"GM0001": "Gemeente Lindenhout"}).name == (
        "Gemeente Lindenhout: loonkostensubsidie als vast percentage van het minimumloon"
    )


def test_an_unknown_code_keeps_its_own_name_and_source() -> None:
    text = parameter_text(UsedParameter("new.thing", Decimal("1.5"), None, "somewhere"))
    assert (text.name, text.value, text.source) == ("new.thing", "1,50", "somewhere")


def test_percentages_with_the_decimals_they_need() -> None:
    assert [percentage(Decimal(x)) for x in ("0.235", "0.70", "0.08", "0.2450", "0.5")] == [
        "23,5 %", "70 %", "8 %", "24,5 %", "50 %"
    ]  # fmt: skip


def test_a_message_for_print() -> None:
    names = {"GM0002": "Gemeente Twee", "0363": "Amsterdam"}
    assert plain_message(
        "Arbeidsmarktregio 'X' van gemeente GM0002 staat niet in de regiotabel "
        "(regions_2025.csv): geen regionale vergelijking.",
        names,
    ) == "Arbeidsmarktregio 'X' van Gemeente Twee staat niet in de regiotabel: geen regionale " \
        "vergelijking."  # fmt: skip
    assert plain_message(
        "Gemeente 0363 heeft voor 2025 geen taakstelling (target_places): percentage en tekort "
        "niet te bepalen.",
        names,
    ) == "Gemeente Amsterdam heeft voor 2025 geen taakstelling: percentage en tekort niet te " \
        "bepalen."  # fmt: skip
    assert plain_message(
        "Medewerker P7 heeft op 2025-01-01 geen loonwaardemeting en is langer dan 6 maanden "
        "in dienst: geen LKS."
    ) == "Medewerker P7 heeft op 01-01-2025 geen loonwaardemeting en is langer dan 6 maanden " \
        "in dienst: geen LKS."  # fmt: skip
    assert plain_message("Medewerker P7 heeft geen plaatsing: onder 'unplaced'.") == (
        "Medewerker P7 heeft geen plaatsing: onder 'zonder plaatsing'."
    )
    assert plain_message("Kosten (R7) = loonkosten; aangenomen (nog niet gepubliceerd, R3).") == (
        "Kosten = loonkosten; aangenomen (nog niet gepubliceerd)."
    )
    assert plain_message("telt hier niet mee: A1 (1234.50), A2 (-3.10).") == (
        "telt hier niet mee: A1 (€ 1.234,50), A2 (€ -3,10)."
    )
    # Dutch words in brackets stay
    assert plain_message("Geen bedrijfsparameters (werkgeverslasten, uurkosten) voor 2025.") == (
        "Geen bedrijfsparameters (werkgeverslasten, uurkosten) voor 2025."
    )


def test_every_warning_code_the_domain_raises_has_a_title() -> None:
    import sodesk

    root = sodesk.__path__[0]
    codes: set[str] = set()
    for folder in ("domain", "reports"):
        for path in __import__("pathlib").Path(root, folder).rglob("*.py"):
            codes |= set(re.findall(r'Finding\(\s*"([a-z_]+\.[a-z_]+)"', path.read_text()))
    codes = {c for c in codes if not c.startswith(("assumption.", "outlook.below"))}
    input_checks = {"value.negative", "contract_hours.range", "fraction.range", "wage_value.range",
                    "time_shares.sum", "period.end_before_start", "date.outside_employment",
                    "value.missing", "hours.range", "hours.day_total", "bsn.invalid"}  # fmt: skip
    assert "lks.no_measurement" in codes
    assert codes - input_checks <= set(KIND_TITLES), codes - input_checks - set(KIND_TITLES)


def test_warnings_per_kind_one_case_per_subject_with_count_and_span() -> None:
    def month(subject: str, m: int) -> Finding:
        day = dt.date(2025, m, 1)
        return Finding("lks.no_measurement", f"Medewerker {subject} op {day}", "x", day, subject)

    warnings = [month(p, m) for p in ("P1", "P2", "P3", "P4", "P5") for m in (1, 2, 3)]
    warnings.insert(1, Finding("revenue.no_rate", "Activiteit A7 heeft geen tarief.", None,
                               None, "A7"))  # fmt: skip
    warnings.append(month("P6", 5))
    kinds = warning_kinds(warnings, examples=3)
    assert [(k.code, k.count, k.subjects, k.more) for k in kinds] == [
        ("lks.no_measurement", 16, 6, 3),
        ("revenue.no_rate", 1, 1, 0),
    ]
    assert kinds[0].cases == (
        "P1: 3 meldingen, 01-01-2025 t/m 01-03-2025",
        "P2: 3 meldingen, 01-01-2025 t/m 01-03-2025",
        "P3: 3 meldingen, 01-01-2025 t/m 01-03-2025",
    )
    assert kinds[0].title == KIND_TITLES["lks.no_measurement"]
    assert kinds[1].cases == ("Activiteit A7 heeft geen tarief.",)
    # a subject with one finding shows its message, in plain Dutch
    assert warning_kinds([month("P6", 5)])[0].cases == ("Medewerker P6 op 01-05-2025",)
