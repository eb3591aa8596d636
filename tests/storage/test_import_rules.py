"""The corrected rules at the import (DOMAIN.md R1, R2; INTERFACES.md "Import files").

R1: a measurement from tasks stores its sum rounded half-up to whole percents; a
wage_value_percent given beside the tasks agrees when it lies within 0.1 of the unrounded sum
or is the rounded value itself; a bare percentage is stored as entered.
R2: municipalities.csv without the lw_basis column, or with it empty, means minimum_wage; an
explicit function_wage is the municipality's choice and is not marked for review.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from sodesk.domain.enums import LwBasis
from sodesk.storage import tables as t
from tests.import_factories import sodesk, write_dutch_folder

HEADER = "code;name;region;lks_regime;lks_fixed_percent"
WORKERS = """
    personnel_number;first_name;last_name;birth_date;bsn;target_group;municipality_code;indication_date
    2001;Iris;Meijer;1990-01-01;;sheltered;M1;2023-01-01
    2002;Joop;Dekker;1988-03-03;;sheltered;M1;2023-01-01
"""
EMPLOYMENTS = """
    personnel_number;start_date;end_date;contract_hours_per_week;hourly_wage
    2001;2023-01-01;;28;16,00
    2002;2023-01-01;;28;14,06
"""
WAGE_VALUES = "personnel_number;measured_on;wage_value_percent;method;assessor;reassess_term\n"
TASKS = (
    "personnel_number;measured_on;task;time_share_percent;tempo_percent;quality_percent;"
    "net_work_time_percent\n"
    # 50 x 80 x 90 x 70 + 50 x 40 x 97 x 100: 25,2 % + 19,4 % = 44,6 %
    "2001;2025-01-10;Vouwen;50;80;90;70\n"
    "2001;2025-01-10;Inpakken;50;40;97;100\n"
)


def _municipalities(database_url: str) -> dict[str, tuple[LwBasis, bool]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            m = t.MunicipalityRow
            rows = connection.execute(select(m.code, m.lw_basis, m.lw_basis_unconfirmed))
            return {code: (LwBasis(basis), unconfirmed) for code, basis, unconfirmed in rows}
    finally:
        engine.dispose()


def _wage_values(database_url: str) -> dict[str, Decimal]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(t.WorkerRow.personnel_number, t.WageValueRow.wage_value).join(
                    t.WorkerRow, t.WorkerRow.id == t.WageValueRow.worker_id
                )
            )
            return {number: Decimal(value) for number, value in rows}
    finally:
        engine.dispose()


def test_municipalities_without_the_column_or_with_it_empty_get_the_minimum_wage(
    database_url: str, tmp_path: Path
) -> None:
    without = {"municipalities": f"{HEADER}\nM1;Gemeente Zonder;;measured;\n"}
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", without))) == 0
    empty = {
        "municipalities": f"{HEADER};lw_basis\n"
        "M2;Gemeente Leeg;;measured;;\n"
        "M3;Gemeente Keuze;;measured;;function_wage\n"
        "M4;Gemeente Wettelijk;;measured;;minimum_wage\n"
    }
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", empty))) == 0
    assert _municipalities(database_url) == {
        "M1": (LwBasis.MINIMUM_WAGE, False),
        "M2": (LwBasis.MINIMUM_WAGE, False),
        "M3": (LwBasis.FUNCTION_WAGE, False),  # chosen in the file: not to be reviewed
        "M4": (LwBasis.MINIMUM_WAGE, False),
    }


def _folder(tmp_path: Path, name: str, wage_values: str, tasks: str = TASKS) -> Path:
    files = {
        "municipalities": f"{HEADER}\nM1;Gemeente Een;;measured;\n",
        "workers": WORKERS,
        "employments": EMPLOYMENTS,
        "wage_values": WAGE_VALUES + wage_values,
        "wage_value_tasks": tasks,
    }
    return write_dutch_folder(tmp_path / name, files)


@pytest.mark.parametrize("given", ["", "45", "44,6", "44,5", "44,7"])
def test_tasks_of_44_6_percent_store_45_and_a_given_percentage_may_be_either(
    sqlite_url: str, tmp_path: Path, given: str
) -> None:
    rows = f"2001;2025-01-10;{given};ULW;A. Beoordelaar;1-2y\n2002;2025-01-10;44,6;;;\n"
    assert sodesk(sqlite_url, "import", str(_folder(tmp_path, "in", rows))) == 0
    # from tasks: rounded to whole percents; the bare 44,6 % is used as entered
    assert _wage_values(sqlite_url) == {"2001": Decimal("0.45"), "2002": Decimal("0.446")}


@pytest.mark.parametrize("given", ["44,4", "46", "44"])
def test_a_percentage_neither_near_the_sum_nor_the_rounded_value_is_refused(
    sqlite_url: str, tmp_path: Path, given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = f"2001;2025-01-10;{given};ULW;;1-2y\n"
    capsys.readouterr()
    assert sodesk(sqlite_url, "import", str(_folder(tmp_path, "in", rows))) == 1
    message = capsys.readouterr().err
    assert "wage_value_percent" in message and given.replace(",", ".") in message
    assert "44.60 % gemeten, afgerond 45 %" in message
    assert _wage_values(sqlite_url) == {}


def test_tasks_for_a_stored_bare_percentage_round_it(
    database_url: str, tmp_path: Path
) -> None:
    """A bare 44,6 % stored earlier, then its tasks (44,6 %): the tasks decide, rounded."""
    bare = _folder(tmp_path, "a", "2001;2025-01-10;44,6;;;\n", tasks=TASKS.splitlines()[0] + "\n")
    assert sodesk(database_url, "import", str(bare)) == 0
    assert _wage_values(database_url) == {"2001": Decimal("0.446")}
    tasks_only = write_dutch_folder(tmp_path / "b", {"wage_value_tasks": TASKS})
    assert sodesk(database_url, "import", str(tasks_only)) == 0
    assert _wage_values(database_url) == {"2001": Decimal("0.45")}
