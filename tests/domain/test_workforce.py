"""Workforce outlook: pension dates from the dated AOW age, contract ends, inflow, critical mass."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.workforce import (
    OutlookPerson,
    PensionAge,
    pension_age_in,
    pension_date,
    workforce_outlook,
)

AGES = {2024: PensionAge(67, 0), 2027: PensionAge(67, 0), 2028: PensionAge(67, 3)}
W = WorkType.SHELTERED_INSIDE


def test_the_age_of_the_year_in_which_it_is_reached() -> None:
    assert pension_date(date(1959, 6, 15), AGES) == date(2026, 6, 15)  # 67 in 2026
    # turns 67 in 2028, when the age is 67 and 3 months: reaches it in 2028, three months later
    assert pension_date(date(1961, 2, 10), AGES) == date(2028, 5, 10)
    # turns 67 and 3 months late in 2028 / early 2029: the 2028 age still applies in 2029
    assert pension_date(date(1961, 11, 1), AGES) == date(2029, 2, 1)
    assert pension_age_in(2035, AGES) == PensionAge(67, 3)
    with pytest.raises(ValueError, match="2010"):
        pension_age_in(2010, AGES)


def test_headcount_falls_with_pensions_and_contract_ends_and_rises_with_inflow() -> None:
    people = [
        OutlookPerson(W, TargetGroup.WSW, date(1959, 6, 15), Decimal(36)),  # leaves 2026-06-15
        OutlookPerson(
            W, TargetGroup.SHELTERED, date(1990, 1, 1), Decimal(31), contract_end=date(2027, 6, 30)
        ),
        OutlookPerson(W, TargetGroup.SHELTERED, None, Decimal("15.5")),
    ]
    outlook, findings = workforce_outlook(
        people, 2026, 4, AGES, inflow={(2028, W): 2}, critical_mass={W: 3}
    )
    rows = {(o.year, o.work_type): o for o in outlook}
    assert [rows[(y, W)].headcount for y in range(2026, 2030)] == [3, 2, 3, 3]
    assert rows[(2026, W)].jobs_31h == Decimal(36) / 31 + 1 + Decimal("0.5")
    assert rows[(2026, W)].wsw_headcount == 1 and rows[(2027, W)].wsw_headcount == 0
    assert rows[(2028, W)].jobs_31h == Decimal("2.5")
    assert rows[(2027, W)].below_critical_mass and not rows[(2028, W)].below_critical_mass
    codes = [f.code for f in findings]
    assert codes.count("outlook.below_critical_mass") >= 1
    assert "outlook.no_birth_date" in codes
    assert rows[(2026, WorkType.GROUP_SECONDMENT)].headcount == 0


def test_the_critical_mass_warning_counts_one_person_in_the_singular() -> None:
    """'1 medewerker op 01-01-2026', a Dutch date, not '1 medewerkers op 1-1-2026'."""
    from decimal import Decimal

    from sodesk.domain.enums import TargetGroup, WorkType
    from sodesk.domain.workforce import OutlookPerson, PensionAge, workforce_outlook

    person = OutlookPerson(
        WorkType.GROUP_SECONDMENT, TargetGroup.SHELTERED, None, Decimal(31), None
    )
    _years, findings = workforce_outlook(
        [person], 2026, 1, {2026: PensionAge(67, 0)}, None,
        critical_mass={WorkType.GROUP_SECONDMENT: 3},
    )  # fmt: skip
    from sodesk.reports.finding_texts import finding_text

    messages = {f.code: finding_text(f) for f in findings}
    assert messages["outlook.below_critical_mass"] == (
        "Groepsdetachering: 1 medewerker op 01-01-2026, onder de kritische massa van 3."
    )
    assert messages["outlook.no_birth_date"].startswith("1 medewerker zonder geboortedatum: ")
