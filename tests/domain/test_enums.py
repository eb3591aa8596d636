"""Tests for sodesk.domain.enums: codes of INTERFACES.md, labels of DOMAIN.md."""

import pytest

from sodesk.domain.enums import (
    GuidanceAllowanceBasis,
    GuidanceKind,
    LksRegime,
    LwBasis,
    Placeable,
    RateUnit,
    ReassessTerm,
    RevenueSource,
    Role,
    TargetGroup,
    WorkType,
)


@pytest.mark.parametrize(
    ("enum", "codes"),
    [
        (TargetGroup, ["sheltered", "wsw", "jobs_agreement", "other"]),
        (
            WorkType,
            [
                "sheltered_inside",
                "work_on_location",
                "group_secondment",
                "individual_secondment",
                "supported_employment",
            ],
        ),
        (GuidanceKind, ["work_floor", "life_domains", "job_coaching", "induction", "other"]),
        (RateUnit, ["hour", "piece", "month"]),
        (LksRegime, ["measured", "fixed"]),
        (LwBasis, ["function_wage", "minimum_wage"]),
        (ReassessTerm, ["6m", "6-12m", "1-2y", "none"]),
        (Placeable, ["now", "later", "not"]),
        (RevenueSource, ["invoiced", "rates"]),
        (GuidanceAllowanceBasis, ["place", "job_31h"]),
    ],
)
def test_codes_are_the_interface_values(enum: type, codes: list[str]) -> None:
    assert [member.value for member in enum] == codes
    assert all(enum(code) == code for code in codes)


def test_labels_are_dutch_words_on_screen() -> None:
    assert WorkType.SHELTERED_INSIDE.label == "Beschut binnen"
    assert [w.label for w in WorkType] == [
        "Beschut binnen",
        "Werken op locatie",
        "Groepsdetachering",
        "Individuele detachering",
        "Begeleid werken",
    ]
    assert [g.label for g in TargetGroup] == ["Beschut werk", "Wsw", "Banenafspraak", "Overig"]
    assert [k.label for k in GuidanceKind] == [
        "Werkvloerbegeleiding",
        "Begeleiding leefgebieden",
        "Jobcoaching",
        "Inwerken",
        "Overig",
    ]
    assert [r.label for r in Role] == ["Beheerder", "Manager", "Controller", "Jobcoach"]


def test_member_names() -> None:
    assert ReassessTerm("6m") is ReassessTerm.WITHIN_6M
    assert ReassessTerm("1-2y") is ReassessTerm.YEARS_1_2
    assert str(TargetGroup.JOBS_AGREEMENT) == "jobs_agreement"


def test_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError):
        RateUnit("day")
