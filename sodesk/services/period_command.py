"""What ``sodesk period`` prints: the months closed or reopened, the check's list, the table.

``list`` prints a table for a person (Dutch dates) or, with ``--format json``, one object per
month (``month`` as JJJJ-MM, ``closed``, ``closed_at`` in ISO form, ``closed_by``) for a
script. Messages go to stderr, data to stdout, as the other subcommands do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from sodesk.domain.display import month_nl
from sodesk.services import periods
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace


def run(
    workspace: Workspace,
    who: SignedIn | None,
    args: argparse.Namespace,
    bad_input: type[Exception],
) -> int:
    """One ``period`` action; refusals the user can mend are raised as ``bad_input``."""
    try:
        if args.action == "list":
            _print_list(periods.month_statuses(workspace), args.format)
            return 0
        if args.action == "close":
            months = periods.close_through(workspace, who, args.month, confirmed=args.force)
            print(f"Afgesloten: {_months(months)}", file=sys.stderr)
            return 0
        months = periods.reopen(workspace, who, args.month, args.reason or "")
        print(f"Heropend: {_months(months)}", file=sys.stderr)
        return 0
    except periods.IncompleteMonths as incomplete:
        lines = [f"{month_nl(incomplete.through)} niet afgesloten; onvolledig:"]
        lines += [f"- {line}" for line in incomplete.lines]
        lines.append("Vul aan, of sluit toch af met --force.")
        raise bad_input(lines) from None
    except periods.PeriodProblem as problem:
        raise bad_input([f"sodesk: {problem}"]) from None


def _months(months: list[dt.date]) -> str:
    if not months:
        return "geen maand (al afgesloten of heropend)"
    if len(months) == 1:
        return month_nl(months[0])
    return f"{month_nl(months[0])} t/m {month_nl(months[-1])} ({len(months)} maanden)"


def _print_list(statuses: list[periods.MonthStatus], form: str) -> None:
    if form == "json":
        rows = [
            {
                "month": s.key,
                "closed": s.closed,
                "closed_at": s.closed_at.isoformat() if s.closed_at else None,
                "closed_by": s.closed_by,
            }
            for s in statuses
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    print(f"{'Maand':<10} {'Status':<11} {'Afgesloten op':<17} Door")
    for s in statuses:
        at = s.closed_at.strftime("%d-%m-%Y %H:%M") if s.closed_at else ""
        status = "afgesloten" if s.closed else "open"
        print(f"{month_nl(s.month):<10} {status:<11} {at:<17} {s.closed_by or ''}".rstrip())
