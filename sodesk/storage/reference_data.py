"""Loads the shipped reference tables (resources/reference, see its SOURCES.md) on first start.

They become ordinary rows a controller can correct or extend (the minimum wage from
1 July 2026 on was not yet published when the table was made). A table that already has
rows is left alone, so a correction is never overwritten by the shipped default.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sodesk.domain.enums import WorkType
from sodesk.storage import tables as t

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
REFERENCE = RESOURCES / "reference"


#: the shipped tables' remarks stay in English in the database (the reports read a pension
#: age's "announced; verify"); the Settings page shows them in Dutch
DUTCH: dict[str, str] = {
    "age 22 and over; full-time gross without holiday allowance": (
        "vanaf 22 jaar; voltijd bruto zonder vakantiegeld"
    ),
    "adult age lowered to 21": "volwassenenleeftijd verlaagd naar 21 jaar",
    "statutory hourly minimum wage from 2024; age 21 and over": (
        "wettelijk minimumuurloon vanaf 2024; vanaf 21 jaar"
    ),
    "published": "gepubliceerd",
    "published (in force 2018; restated in the 2021 regulation)": (
        "gepubliceerd (geldig vanaf 2018; herhaald in de regeling van 2021)"
    ),
    "first six months of employment before a measurement": (
        "eerste zes maanden van het dienstverband, vóór een meting"
    ),
    "municipalities that do not measure": "gemeenten die niet meten",
    "70 % state plus 10 % municipal top-up": "70 % rijk plus 10 % gemeentelijke aanvulling",
    "workers with a sheltered-work indication": "medewerkers met een indicatie beschut werk",
    "law (stroomlijning LKS)": "wet (stroomlijning LKS)",
    "practice (seed 004 lines 1849-1855)": "praktijk (bron 004, regels 1849-1855)",
    "practice (seed 004 lines 1853-1855)": "praktijk (bron 004, regels 1853-1855)",
    "bill; seed 001 line 158": "wetsvoorstel (bron 001, regel 158)",
    "law (Algemene Ouderdomswet art. 7a)": "wet (Algemene Ouderdomswet art. 7a)",
    "law": "wet",
    "announced by the government (Staatscourant); verify": (
        "aangekondigd door de regering (Staatscourant); controleren"
    ),
    "announced; verify": "aangekondigd; controleren",
}


def in_dutch(text: str | None) -> str | None:
    """A shipped remark in Dutch; any other text (a user's own) as it is."""
    return None if text is None else DUTCH.get(text, text)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _minimum_wage(r: dict[str, str]) -> t.MinimumWageRow:
    return t.MinimumWageRow(
        valid_from=_date(r["valid_from"]),
        amount=Decimal(r["amount"]),
        unit=r["unit"],
        note=r["note"] or None,
        source="minimum_wage.csv (SOURCES.md)",
    )


def _lks(r: dict[str, str]) -> t.LksParameterRow:
    return t.LksParameterRow(
        valid_from=_date(r["valid_from"]),
        holiday_allowance=Decimal(r["holiday_allowance"]),
        cap_fraction_of_wml=Decimal(r["cap_fraction_of_wml"]),
        employer_cost_surcharge=Decimal(r["employer_cost_surcharge"]),
        status=r["status"],
    )


def _fixed(r: dict[str, str]) -> t.FixedRegimeRow:
    return t.FixedRegimeRow(
        name=r["name"],
        valid_from=_date(r["valid_from"]),
        fraction_of_wml=Decimal(r["fraction_of_wml"]),
        applies_to=r["applies_to"],
        surcharge_on_top=not r["surcharge_on_top"].startswith("no"),
        status=r["status"],
    )


def _realisation(r: dict[str, str]) -> t.NationalRealisationRow:
    return t.NationalRealisationRow(
        date=_date(r["date"]),
        people_with_indication=_int(r["people_with_indication"]),
        people_working_with_advice=_int(r["people_working_with_advice"]),
        target_jobs_31h=_int(r["target_jobs_31h"]),
        source=r["source"],
    )


def _target(r: dict[str, str]) -> t.NationalTargetRow:
    return t.NationalTargetRow(
        year=int(r["year"]), target_jobs_31h=int(r["target_jobs_31h"]), source=r["source"]
    )


def _region(r: dict[str, str]) -> t.RegionRow:
    return t.RegionRow(
        region=r["region"],
        target_end_2025=int(r["target_end_2025"]),
        working_sep_2025=int(r["working_sep_2025"]),
        share_percent=Decimal(r["share_percent"]),
    )


def _mix(r: dict[str, str]) -> t.WorkTypeMixRow:
    return t.WorkTypeMixRow(
        work_type=WorkType(r["work_type"]),
        dutch=r["dutch"],
        sector_2023_percent=Decimal(r["sector_2023_percent"]),
        case_studies_2024_percent=Decimal(r["case_studies_2024_percent"]),
    )


def _pension(r: dict[str, str]) -> t.PensionAgeRow:
    return t.PensionAgeRow(
        year=int(r["year"]), years=int(r["years"]), months=int(r["months"]), status=r["status"]
    )


LOADERS: dict[str, tuple[type, Callable[[dict[str, str]], Any]]] = {
    "minimum_wage.csv": (t.MinimumWageRow, _minimum_wage),
    "lks_parameters.csv": (t.LksParameterRow, _lks),
    "fixed_lks_regimes.csv": (t.FixedRegimeRow, _fixed),
    "national_realisation.csv": (t.NationalRealisationRow, _realisation),
    "national_targets.csv": (t.NationalTargetRow, _target),
    "regions_2025.csv": (t.RegionRow, _region),
    "worktype_mix_2023.csv": (t.WorkTypeMixRow, _mix),
    "pension_age.csv": (t.PensionAgeRow, _pension),
}


def load_reference_data(session: Session, folder: Path = REFERENCE) -> dict[str, int]:
    """Fill every empty reference table from its shipped CSV; returns rows added per file."""
    added: dict[str, int] = {}
    session.info["reason"] = "meegeleverde referentiegegevens (resources/reference/SOURCES.md)"
    for file_name, (row_class, make) in LOADERS.items():
        if session.scalar(select(func.count()).select_from(row_class)):
            continue
        with (folder / file_name).open(encoding="utf-8") as handle:
            rows = [make(record) for record in csv.DictReader(handle)]
        session.add_all(rows)
        added[file_name] = len(rows)
    session.flush()
    session.info.pop("reason", None)
    return added
