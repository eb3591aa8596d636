"""Another desk saving without pause: commits batches until a stop file appears.

Run by tests/e2e/test_backup_while_writing.py as
``python -m tests.e2e.backup_writer URL STOP``. Each batch is one transaction: five hour rows
of P1 on A1 (1 to 5 hours, on five days from 2040 on, so they never meet the test data) and
the setting ``test_batches`` raised to the batch's number. A consistent copy therefore holds,
for some n, exactly n batches: 5 n writer rows, 15 n hours, and ``test_batches`` = n.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select, update

from sodesk.storage import tables as t
from sodesk.storage.database import make_engine

FIRST_DAY = dt.date(2040, 1, 1)
KEY = "test_batches"


def run(url: str, stop: Path) -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        worker = connection.execute(select(t.WorkerRow.id)).scalar_one()
        activity = connection.execute(select(t.ActivityRow.id)).scalar_one()
    with engine.begin() as connection:
        connection.execute(insert(t.SettingRow).values(key=KEY, value="0"))
    batch = 0
    while not stop.exists():
        batch += 1
        with engine.begin() as connection:
            first = FIRST_DAY + dt.timedelta(days=5 * (batch - 1))
            connection.execute(
                insert(t.HourRow),
                [
                    {
                        "worker_id": worker,
                        "activity_id": activity,
                        "date": first + dt.timedelta(days=n),
                        "hours": Decimal(n + 1),
                    }
                    for n in range(5)
                ],
            )
            connection.execute(
                update(t.SettingRow).where(t.SettingRow.key == KEY).values(value=str(batch))
            )
    engine.dispose()


if __name__ == "__main__":
    run(sys.argv[1], Path(sys.argv[2]))
