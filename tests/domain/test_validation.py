"""Tests for sodesk.domain.validation: bad input is told, naming field and value."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import WorkType
from sodesk.domain.validation import (
    Finding,
    bsn_is_valid,
    check_bsn,
    check_contract_hours,
    check_date_in_employment,
    check_day_total,
    check_enum,
    check_fraction,
    check_hours,
    check_non_negative,
    check_period,
    check_rate_unit,
    check_required,
    check_time_shares,
    check_wage_value,
    stated,
)


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999999990"])
def test_valid_bsns_pass_the_11_test(bsn: str) -> None:
    assert bsn_is_valid(bsn)
    assert check_bsn(bsn) == []


@pytest.mark.parametrize("bsn", ["123456789", "000000000", "12345678", "1234567820", "12345678a"])
def test_invalid_bsns_fail(bsn: str) -> None:
    assert not bsn_is_valid(bsn)
    [finding] = check_bsn(bsn)
    assert finding.code == "bsn.invalid"
    assert (finding.field, finding.value) == ("bsn", bsn)
    assert stated(finding, "BSN") == f"BSN voldoet niet aan de elfproef (waarde '{bsn}')."


def test_hours_per_day_between_0_and_24() -> None:
    assert check_hours(Decimal(0)) == []
    assert check_hours(Decimal(24)) == []
    [finding] = check_hours(Decimal("24.5"))
    range_text = "moet tussen 0 en 24 uur liggen"
    assert finding == Finding("hours.range", range_text, "hours", Decimal("24.5"))
    assert stated(finding, "Duur") == "Duur moet tussen 0 en 24 uur liggen (waarde 24.5)."
    assert check_hours(Decimal(-1), "uren")[0].field == "uren"


def test_hours_of_a_day_over_every_activity_at_most_24() -> None:
    assert check_day_total(Decimal(24)) == []
    [finding] = check_day_total(Decimal("24.5"))
    assert (finding.code, finding.value) == ("hours.day_total", Decimal("24.5"))
    assert finding.message == "brengt de dag op 24,50 uur over alle activiteiten, meer dan 24"


def test_contract_hours() -> None:
    assert check_contract_hours(Decimal(36)) == []
    assert check_contract_hours(Decimal(0))[0].code == "contract_hours.range"
    assert check_contract_hours(Decimal(61))[0].value == Decimal(61)


def test_wage_value_between_0_and_100_percent() -> None:
    assert check_wage_value(Decimal("0.44")) == []
    assert check_wage_value(Decimal(1)) == []
    [finding] = check_wage_value(Decimal("1.2"))
    assert finding.code == "wage_value.range"
    assert "120" in finding.message
    assert check_fraction("x", Decimal("-0.1"))[0].code == "fraction.range"


def test_time_shares_must_add_to_100_percent() -> None:
    assert check_time_shares([Decimal("0.6"), Decimal("0.4")]) == []
    [finding] = check_time_shares([Decimal("0.6"), Decimal("0.3")])
    assert finding.value == Decimal("0.9")
    assert "90" in finding.message
    assert check_time_shares([]) != []


def test_period_end_before_start() -> None:
    assert check_period(date(2025, 1, 1), None) == []
    assert check_period(date(2025, 1, 1), date(2025, 1, 1)) == []
    [finding] = check_period(date(2025, 1, 2), date(2025, 1, 1))
    assert (finding.field, finding.value) == ("end_date", date(2025, 1, 1))
    assert finding.arguments == {"start": date(2025, 1, 2)}
    # a Dutch sentence with Dutch dates, not ISO ones
    assert finding.message == "ligt voor de begindatum 02-01-2025"
    assert stated(finding, "Einddatum") == (
        "Einddatum ligt voor de begindatum 02-01-2025 (waarde 01-01-2025)."
    )


def test_non_negative() -> None:
    assert check_non_negative("pieces", Decimal(0)) == []
    [finding] = check_non_negative("amount", Decimal("-3.5"))
    assert (finding.field, finding.value) == ("amount", Decimal("-3.5"))
    assert stated(finding, "Bedrag", "-3,50") == "Bedrag mag niet negatief zijn (waarde '-3,50')."


def test_rate_unit_missing_or_unknown() -> None:
    assert check_rate_unit("hour") == []
    assert check_rate_unit(None)[0].code == "unit.missing"
    assert check_rate_unit("")[0].code == "unit.missing"
    [finding] = check_rate_unit("day")
    assert finding.code == "unit.unknown" and "day" in finding.message
    assert check_enum("work_type", "sheltered_inside", WorkType) == []


def test_date_outside_employment() -> None:
    jobs = [(date(2024, 1, 1), date(2024, 6, 30)), (date(2025, 1, 1), None)]
    assert check_date_in_employment(date(2024, 3, 1), jobs) == []
    assert check_date_in_employment(date(2030, 3, 1), jobs) == []
    [finding] = check_date_in_employment(date(2024, 8, 1), jobs)
    assert finding.code == "date.outside_employment"


def test_required() -> None:
    assert check_required("code", "A1") == []
    assert check_required("code", " ")[0].code == "value.missing"
    assert check_required("code", None)[0].field == "code"
