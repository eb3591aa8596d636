"""What-if on the hand-checked March example (tests/reports/test_activity_report.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import RateUnit, RevenueSource, WorkType
from sodesk.domain.money import cents
from sodesk.domain.profitability import ActivityInputs, activity_figures
from sodesk.domain.revenue import RateAgreement, RevenueResult
from sodesk.domain.whatif import WhatIf, what_if

END = date(2025, 3, 31)
A1 = activity_figures(
    ActivityInputs(
        code="A1",
        name="Inpakken",
        work_type=WorkType.SHELTERED_INSIDE,
        productive_hours=Decimal(100),
        revenue=RevenueResult(Decimal(1000), RevenueSource.RATES),
        purchase_value=Decimal(62),
        wage_cost=Decimal("1822.176"),
        lks=Decimal("937.6614"),
        guidance_cost=Decimal(100),
        guidance_subsidy=Decimal(250),
        overhead=Decimal(500),
        wage_value_norm=Decimal(703),
        current_rate=RateAgreement(date(2025, 1, 1), None, RateUnit.HOUR, Decimal(10)),
    )
)


def test_nothing_changed_is_the_report() -> None:
    assert what_if(A1, WhatIf(), END).result == A1.result == Decimal("-296.5146")


def test_asking_the_break_even_rate_brings_the_result_to_zero() -> None:
    assert A1.break_even_rate == Decimal("12.965146")
    tried = what_if(A1, WhatIf(rate=A1.break_even_rate), END)
    assert tried.result == 0
    assert tried.coverage == 1
    assert cents(what_if(A1, WhatIf(rate=Decimal("12.00")), END).result) == Decimal("-96.51")


def test_more_productive_hours_in_the_same_contracts() -> None:
    tried = what_if(A1, WhatIf(hours_factor=Decimal("1.2")), END)
    # revenue 1200, purchases 74.40, overhead 600; wage cost and subsidies unchanged
    assert tried.productive_hours == 120 and tried.ntw == Decimal("1125.6")
    assert tried.result == Decimal("1125.6") + Decimal("937.6614") + 250 - (
        Decimal("1822.176") + 100 + 600
    )


def test_a_lower_wage_value_mix_brings_more_lks() -> None:
    tried = what_if(A1, WhatIf(lks_factor=Decimal("1.1")), END)
    assert tried.lks - A1.lks == Decimal("93.76614")
    with pytest.raises(ValueError, match="negative"):
        what_if(A1, WhatIf(hours_factor=Decimal(-1)), END)
