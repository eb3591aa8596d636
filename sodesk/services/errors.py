"""Input the user can mend, refused with the findings that say why (invoer geweigerd).

Why one error: every service refuses input the same way, so the window shows it beside the
field a finding names (``ui/widgets/field_errors.py``) and the command line prints its
message, whatever service refused. It is a ``ValueError``, so a caller that catches bad
values in general still does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from sodesk.domain.validation import Finding, check_non_negative, stated

REFUSED = "input.refused"
"""The code of a refusal a service words itself (a stale save, an unknown code, ...)."""


class InputRejected(ValueError):
    """Nothing was written: the findings say what to mend, the first one foremost.

    ``field`` and ``message`` are the first finding's, for a form that shows one message.
    """

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        if not self.findings:
            raise TypeError("InputRejected needs at least one finding")
        super().__init__("\n".join(finding.message for finding in self.findings))

    @property
    def field(self) -> str | None:
        return self.findings[0].field

    @property
    def message(self) -> str:
        return self.findings[0].message


def rejected(
    field: str | None, message: str, value: object = None, code: str = REFUSED, **arguments: object
) -> InputRejected:
    """A refusal of one field with a Dutch message the service words itself."""
    return InputRejected([Finding(code, message, field, value, arguments=arguments)])


def refused_by(
    finding: Finding, field: str | None = None, message: str | None = None
) -> InputRejected:
    """A refusal by a domain check's finding, shown at the form's ``field`` and in the form's
    ``message`` when given (:func:`sodesk.domain.validation.stated` words one)."""
    return InputRejected(
        [replace(finding, field=field or finding.field, message=message or finding.message)]
    )


def refused_stated(finding: Finding, label: str, typed: str | None = None) -> InputRejected:
    """A refusal by a check on one value, worded beside its field by
    :func:`sodesk.domain.validation.stated`; the caption and the text as typed also go with
    the finding as arguments, so the window can say it again in its language."""
    given = {"label": label} if typed is None else {"label": label, "typed": typed}
    worded = replace(finding, arguments={**finding.arguments, **given})
    return refused_by(worded, message=stated(finding, label, typed))


def refuse_negative(field: str, label: str, value: Decimal, typed: str | None = None) -> None:
    """Refuse an amount, a price or a number of pieces below zero by the domain's rule:
    ``"Prijs mag niet negatief zijn (waarde '-5,50')."`` (``typed``: the text as typed)."""
    for finding in check_non_negative(field, value):
        raise refused_stated(finding, label, typed)


def check_reason(reason: str) -> str:
    """The reason a change is logged with (wijzigingslogboek), stripped: required, at most
    500 characters."""
    reason = reason.strip()
    if not reason:
        raise rejected("reason", "Geef een reden: die komt in het wijzigingslogboek.")
    if len(reason) > 500:
        raise rejected("reason", f"De reden is {len(reason)} tekens; hooguit 500.")
    return reason
