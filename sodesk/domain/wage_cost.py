"""Wage cost (loonkosten), R4.

Source: DOMAIN.md R4; cao Aan de Slag (full-time week 37 hours; seed 004 lines 3256-3268).
``wage_cost = paid_hours x wage x (1 + vb) x (1 + employer_charges)``, where
``employer_charges`` is the company's own yearly percentage for social premiums and pension
(werkgeverslasten), not the LKS surcharge. Percentages are Decimal fractions; nothing is
rounded.
"""

from __future__ import annotations

from decimal import Decimal

from sodesk.domain.money import ONE, ZERO


def wage_cost(
    paid_hours: Decimal, wage: Decimal, holiday_allowance: Decimal, employer_charges: Decimal
) -> Decimal:
    """Wage cost of paid hours (loonkosten), R4.

    Args:
        paid_hours: hours paid under the contract (betaalde uren).
        wage: hourly wage (uurloon).
        holiday_allowance: vb as a fraction (0.08).
        employer_charges: the company's employer charges as a fraction.

    Raises:
        ValueError: for a negative input, naming it.
    """
    for field, value in (
        ("paid_hours", paid_hours),
        ("wage", wage),
        ("holiday_allowance", holiday_allowance),
        ("employer_charges", employer_charges),
    ):
        if value < ZERO:
            raise ValueError(f"{field} must not be negative, not {value}")
    return paid_hours * wage * (ONE + holiday_allowance) * (ONE + employer_charges)
