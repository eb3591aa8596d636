"""``sodesk demo``: fills the database with a realistic fictional company (same seed, same data).

About 400 workers by default over the five work types and the four target groups, three
municipalities with different subsidy regimes, 28 activities on hourly, piece, monthly and
invoiced revenue, and for every year: daily hours, guidance, wage-value measurements,
production, purchases and a waiting list. The figures are invented but of the sector's
order (wage values around 40 %, seed 004 lines 100-102; work-type mix of
reference/worktype_mix_2023.csv).

Without an end the demo runs up to yesterday: a newcomer opens a company as it stands today,
with recent hours, guidance this month and re-assessments that fall due now and then (a few
overdue, as in a real company), not a year that ended long ago. Its last calendar year is the
current one and is set up whole (company year, overhead, municipality years, rates), so the
pages of that year open complete as far as the reference data reaches (:func:`demo_gaps`
names what it lacks). Tests and benchmarks pass an end (``end_year`` or ``until``) and get the
same data on any day.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from sodesk.domain.completeness import (
    GUIDANCE_ALLOWANCE,
    WSW_SUBSIDY,
    Gap,
    PeriodUse,
    period_gaps,
)
from sodesk.domain.enums import (
    GuidanceKind,
    Placeable,
    RateUnit,
    ReassessTerm,
    TargetGroup,
    WorkType,
)
from sodesk.domain.period import Period
from sodesk.domain.wage_value import TaskScore, wage_value_from_tasks
from sodesk.reports.finding_texts import worded
from sodesk.services import demo_company as company
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set

Progress = Callable[[int, str], None]
CHUNK = 20_000


class DemoCancelled(Exception):
    """The user stopped the generation; nothing was written."""


@dataclass
class _Worker:
    id: int
    number: str
    group: TargetGroup
    work_type: WorkType
    activity: company.DemoActivity
    coach: str
    start: dt.date
    end: dt.date | None
    contract: Decimal
    measured: list[dt.date] = field(default_factory=list)


def _q(value: float, step: str = "0.25") -> Decimal:
    unit = Decimal(step)
    return (Decimal(str(value)) / unit).quantize(Decimal(1), ROUND_HALF_UP) * unit


def _month_row(activity_id: int, month: Period, **figure: Decimal) -> dict[str, Any]:
    """A row of an activity's production, revenue or purchase over ``month``."""
    return {
        "activity_id": activity_id,
        "period_start": month.start,
        "period_end": month.end,
        **figure,
    }


def _bsn(rng: random.Random) -> str:
    """A random number that passes the BSN eleven-test (never a real person's: starts with 9)."""
    while True:
        digits = [9] + [rng.randrange(10) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def demo_last_day(
    end_year: int | None = None, until: dt.date | None = None, today: dt.date | None = None
) -> dt.date:
    """The demo's last day with data: ``until``, else 31 December of ``end_year``, else yesterday.

    Yesterday: today's hours are not in yet at any company, and the "Uren 90 dagen", the
    guidance of this month and the re-assessments due all look at the days before today.
    """
    if until is not None:
        return until
    if end_year is not None:
        return dt.date(end_year, 12, 31)
    return (today or dt.date.today()) - dt.timedelta(days=1)


def _workdays(period: Period) -> list[dt.date]:
    day, days = period.start, []
    while day <= period.end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class _Generator:
    def __init__(
        self,
        session: Session,
        workers: int,
        years: int,
        seed: int,
        last_day: dt.date,
        progress: Progress | None,
    ) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.count = workers
        # the data runs up to last_day; the years it touches are set up whole
        self.period = Period(dt.date(last_day.year - years + 1, 1, 1), last_day)
        self.progress = progress or (lambda _p, _m: None)
        self.params = load_parameter_set(session)
        self.activity_ids: dict[str, int] = {}
        self.workers: list[_Worker] = []

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), CHUNK):
            self.session.execute(insert(table), rows[start : start + CHUNK])

    def _wml(self, day: dt.date) -> Decimal:
        value = self.params.minimum_wage_on(day)
        if value is None:  # before the first row: use the first known
            value = self.params.minimum_wage.value_on(dt.date(2024, 1, 1)) or Decimal("13.27")
        return value

    # -- organisation -------------------------------------------------------------------
    def organisation(self) -> None:
        s = self.session
        s.add(t.SettingRow(key="company_name", value=company.COMPANY_NAME))
        years = range(self.period.start.year, self.period.end.year + 1)
        for y in years:
            s.add(
                t.CompanyYearRow(
                    year=y,
                    employer_charges=Decimal("0.245"),
                    coach_hourly_cost=Decimal("62.00"),
                    wsw_fulltime_hours=Decimal(36),
                )
            )
            for work_type, rate in company.OVERHEAD.items():
                s.add(t.OverheadRateRow(year=y, work_type=work_type, rate_per_productive_hour=rate))
        self.municipality_ids: dict[str, int] = {}
        for m in company.MUNICIPALITIES:
            row = t.MunicipalityRow(
                code=m.code,
                name=f"Gemeente {m.name}",
                region=m.region,
                lks_regime=m.regime,
                lks_fixed_fraction=m.fixed_fraction,
                lw_basis=m.lw_basis,
            )
            for y in years:
                extra = (Decimal(2157) if y >= 2024 else 0) + (Decimal(2971) if y >= 2025 else 0)
                row.years.append(
                    t.MunicipalityYearRow(
                        year=y,
                        target_places=max(1, round(m.target_places * self.count / 100)),
                        guidance_allowance_per_place=Decimal(4200) + extra,
                        wsw_subsidy_per_fte=Decimal(29150) + 450 * (y - 2023),
                    )
                )
            s.add(row)
            s.flush()
            self.municipality_ids[m.code] = row.id
        clients = {}
        for code, name in company.CLIENTS:
            clients[code] = t.ClientRow(code=code, name=name)
            s.add(clients[code])
        s.flush()
        for a in company.ACTIVITIES:
            activity = t.ActivityRow(
                code=a.code, name=a.name, client_id=clients[a.client].id, work_type=a.work_type
            )
            first = self.period.start.replace(year=self.period.start.year - 1)
            activity.rates.append(
                t.RateRow(
                    valid_from=first,
                    valid_to=None
                    if a.unit is RateUnit.MONTH
                    else dt.date(self.period.end.year - 1, 12, 31),
                    unit=a.unit,
                    price=a.price,
                )
            )
            if a.unit is not RateUnit.MONTH:
                raised = (a.price * Decimal("1.035")).quantize(a.price)
                activity.rates.append(
                    t.RateRow(
                        valid_from=dt.date(self.period.end.year, 1, 1),
                        unit=a.unit,
                        price=raised,
                        note="indexatie 3,5 %",
                    )
                )
            s.add(activity)
            s.flush()
            self.activity_ids[a.code] = activity.id

    # -- people ---------------------------------------------------------------------------
    def people(self) -> None:
        rng, s = self.rng, self.session
        by_type = defaultdict(list)
        for a in company.ACTIVITIES:
            by_type[a.work_type].append(a)
        groups = [
            (TargetGroup.SHELTERED, 0.55),
            (TargetGroup.WSW, 0.30),
            (TargetGroup.JOBS_AGREEMENT, 0.10),
            (TargetGroup.OTHER, 0.05),
        ]
        municipalities = [(m, m.share) for m in company.MUNICIPALITIES]
        employments: list[dict[str, Any]] = []
        placements: list[dict[str, Any]] = []
        rows: list[t.WorkerRow] = []  # each worker's row, for its id once flushed
        for index in range(self.count):
            group = rng.choices([g for g, _ in groups], [w for _, w in groups])[0]
            municipality = rng.choices(
                [m for m, _ in municipalities], [w for _, w in municipalities]
            )[0]
            work_type = rng.choices(
                [w for w, _ in company.WORK_TYPE_MIX], [x for _, x in company.WORK_TYPE_MIX]
            )[0]
            if group is TargetGroup.JOBS_AGREEMENT and rng.random() < 0.6:
                work_type = WorkType.SUPPORTED_EMPLOYMENT
            activity = rng.choice(by_type[work_type])
            # most started before the period; about one in six during it; some leave
            if rng.random() < 0.83:
                start = self.period.start - dt.timedelta(days=rng.randrange(60, 3650))
                if group is TargetGroup.SHELTERED:
                    start = max(start, dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(900)))
            else:
                start = self.period.start + dt.timedelta(
                    days=rng.randrange(max(1, self.period.days - 30))
                )
            end = None
            if rng.random() < 0.07:
                end = max(start, self.period.start) + dt.timedelta(days=rng.randrange(30, 330))
                end = min(end, self.period.end)
            wsw = group is TargetGroup.WSW
            contract = Decimal(
                rng.choice([36, 32, 28, 24]) if wsw else rng.choice([31, 31, 28, 24, 20, 16, 36])
            )
            birth = dt.date(1960 if wsw else 1970, 1, 1) + dt.timedelta(
                days=rng.randrange(0, 12000 if wsw else 13000)
            )
            row = t.WorkerRow(
                personnel_number=f"P{index + 1:05d}",
                first_name=rng.choice(company.FIRST_NAMES),
                last_name=rng.choice(company.LAST_NAMES),
                birth_date=birth,
                bsn=_bsn(rng),
                target_group=group,
                municipality_id=self.municipality_ids[municipality.code],
                indication_date=(
                    start - dt.timedelta(days=rng.randrange(30, 200))
                    if group is TargetGroup.SHELTERED
                    else None
                ),
                coach=rng.choice(company.COACHES),
            )
            s.add(row)
            self.workers.append(
                _Worker(
                    0,
                    row.personnel_number,
                    group,
                    work_type,
                    activity,
                    row.coach or "",
                    start,
                    end,
                    contract,
                )
            )
            rows.append(row)
        s.flush()
        for w, row in zip(self.workers, rows, strict=True):
            w.id = row.id
            employments.extend(self._employments(w))
            placements.append(
                {
                    "worker_id": w.id,
                    "work_type": w.work_type,
                    "activity_id": self.activity_ids[w.activity.code],
                    "employer": (
                        "Werkgever " + w.activity.name.split()[-1]
                        if w.work_type is WorkType.SUPPORTED_EMPLOYMENT
                        else None
                    ),
                    "start_date": w.start,
                    "end_date": w.end,
                }
            )
        self._insert(t.EmploymentRow.__table__, employments)
        self._insert(t.PlacementRow.__table__, placements)

    def _employments(self, w: _Worker) -> list[dict[str, Any]]:
        """One employment row per calendar year, with that year's wage (cao indexation)."""
        rows = []
        factor = (
            Decimal(str(round(self.rng.uniform(1.15, 1.55), 3)))
            if w.group is TargetGroup.WSW
            else Decimal(str(round(self.rng.uniform(1.0, 1.08), 3)))
        )
        first_year = max(w.start.year, self.period.start.year - 1)
        last_year = (w.end or self.period.end).year
        for y in range(first_year, last_year + 1):
            start = max(w.start, dt.date(y, 1, 1))
            end = dt.date(y, 12, 31)
            if w.end is not None and w.end <= end:
                end = w.end
            wage = max(self._wml(dt.date(y, 1, 1)), self._wml(dt.date(y, 7, 1))) * factor
            rows.append(
                {
                    "worker_id": w.id,
                    "start_date": start,
                    "end_date": None if (y == last_year and w.end is None) else end,
                    "contract_hours_per_week": w.contract,
                    "hourly_wage": wage.quantize(Decimal("0.01"), ROUND_HALF_UP),
                }
            )
        return rows

    def measurements(self) -> None:
        rng = self.rng
        values: list[dict[str, Any]] = []
        tasks: list[dict[str, Any]] = []
        task_names = (
            "Inpakken",
            "Sorteren",
            "Schoonmaken",
            "Magazijnwerk",
            "Montage",
            "Groenonderhoud",
            "Kwaliteitscontrole",
        )
        for w in self.workers:
            if w.group not in (TargetGroup.SHELTERED, TargetGroup.JOBS_AGREEMENT):
                continue
            level = rng.triangular(0.12, 0.75, 0.40)
            if w.group is TargetGroup.JOBS_AGREEMENT:
                level = min(0.9, level + 0.15)
            day = w.start + dt.timedelta(days=rng.randrange(60, 170))
            if rng.random() < 0.03:  # a measurement that never came: the report warns
                continue
            while day <= self.period.end and (w.end is None or day <= w.end):
                level = min(0.95, max(0.08, level + rng.uniform(-0.04, 0.06)))
                term = rng.choice(
                    [
                        ReassessTerm.YEARS_1_2,
                        ReassessTerm.YEARS_1_2,
                        ReassessTerm.MONTHS_6_12,
                        ReassessTerm.NONE,
                    ]
                )
                value_id = len(values) + 1
                if rng.random() < 0.35:
                    lw, parts = self._tasks(level, task_names)
                    for name, share, tempo, quality, net in parts:
                        tasks.append(
                            {
                                "wage_value_id": value_id,
                                "task": name,
                                "time_share": share,
                                "tempo": tempo,
                                "quality": quality,
                                "net_work_time": net,
                            }
                        )
                    method = "Dariuz"
                else:
                    lw = Decimal(str(round(level, 2)))
                    method = rng.choice(["Dariuz", "Loonwaarde Plus", "Matchcare"])
                values.append(
                    {
                        "id": value_id,
                        "worker_id": w.id,
                        "measured_on": day,
                        "wage_value": lw,
                        "method": method,
                        "assessor": rng.choice(("M. Kramer", "S. Hoekstra", "R. Prins")),
                        "reassess_term": term,
                    }
                )
                w.measured.append(day)
                day += dt.timedelta(days=rng.choice([365, 365, 400, 540]))
        base = self.session.scalar(select(func.coalesce(func.max(t.WageValueRow.id), 0))) or 0
        for v in values:
            v["id"] += base
        for task in tasks:
            task["wage_value_id"] += base
        self._insert(t.WageValueRow.__table__, values)
        self._insert(t.WageValueTaskRow.__table__, tasks)

    def _tasks(
        self, level: float, names: tuple[str, ...]
    ) -> tuple[Decimal, list[tuple[Any, ...]]]:
        rng = self.rng
        first = Decimal(rng.choice([40, 50, 60, 70])) / 100
        shares = [first, 1 - first]
        parts = []
        for share, name in zip(shares, rng.sample(names, 2), strict=True):
            tempo = (
                Decimal(max(5, min(100, round(level * 100 / 0.85 + rng.uniform(-10, 10))))) / 100
            )
            quality = Decimal(rng.choice([85, 90, 95, 100])) / 100
            net = Decimal(rng.choice([85, 90, 95])) / 100
            parts.append((name, share, tempo, quality, net))
        lw = wage_value_from_tasks([TaskScore(*p) for p in parts])
        return lw, parts

    # -- work -------------------------------------------------------------------------------
    def hours(self, cancelled: Callable[[], bool]) -> dict[tuple[str, dt.date], Decimal]:
        rng = self.rng
        by_type = defaultdict(list)
        for a in company.ACTIVITIES:
            by_type[a.work_type].append(a)
        rows: list[dict[str, Any]] = []
        per_activity_month: dict[tuple[str, dt.date], Decimal] = defaultdict(Decimal)
        days = _workdays(self.period)
        for index, w in enumerate(self.workers):
            if index % 50 == 0:
                if cancelled():
                    raise DemoCancelled
                self.progress(
                    20 + 60 * index // max(1, len(self.workers)),
                    f"Uren van medewerker {index + 1} van {len(self.workers)}",
                )
            daily = float(w.contract) / 5
            absence = rng.uniform(0.06, 0.22)
            second = rng.choice(by_type[w.work_type])
            wid = w.id
            for day in days:
                if day < w.start or (w.end is not None and day > w.end):
                    continue
                if rng.random() < absence:
                    continue
                hours = _q(daily * rng.uniform(0.75, 0.95))
                if hours <= 0:
                    continue
                activity = w.activity if rng.random() < 0.85 else second
                rows.append(
                    {
                        "worker_id": wid,
                        "activity_id": self.activity_ids[activity.code],
                        "date": day,
                        "hours": hours,
                    }
                )
                per_activity_month[(activity.code, day.replace(day=1))] += hours
            if len(rows) >= CHUNK:
                self._insert(t.HourRow.__table__, rows)
                rows = []
        self._insert(t.HourRow.__table__, rows)
        return per_activity_month

    def entries(self, per_month: dict[tuple[str, dt.date], Decimal]) -> None:
        rng = self.rng
        production, revenue, purchases = [], [], []
        for a in company.ACTIVITIES:
            aid = self.activity_ids[a.code]
            for month in Period(self.period.start, self.period.end).months():
                hours = per_month.get((a.code, month.start), Decimal(0))
                if hours == 0:
                    continue
                value = a.price * hours
                if a.unit is RateUnit.PIECE:
                    pieces = (
                        hours * a.pieces_per_hour * Decimal(str(round(rng.uniform(0.8, 1.1), 3)))
                    ).quantize(Decimal(1))
                    production.append(_month_row(aid, month, pieces=pieces))
                    value = pieces * a.price
                elif a.unit is RateUnit.MONTH:
                    value = a.price
                if a.invoiced:
                    factor = Decimal(str(round(rng.uniform(0.96, 1.0), 3)))
                    amount = (value * factor).quantize(Decimal("0.01"))
                    revenue.append(_month_row(aid, month, amount=amount))
                if a.purchase_share:
                    factor = Decimal(str(round(rng.uniform(0.8, 1.2), 3)))
                    amount = (value * a.purchase_share * factor).quantize(Decimal("0.01"))
                    purchases.append(_month_row(aid, month, amount=amount))
        self._insert(t.ProductionRow.__table__, production)
        self._insert(t.RevenueRow.__table__, revenue)
        self._insert(t.PurchaseRow.__table__, purchases)

    def guidance(self) -> None:
        rng = self.rng
        kinds = [
            (GuidanceKind.WORK_FLOOR, 0.5),
            (GuidanceKind.LIFE_DOMAINS, 0.2),
            (GuidanceKind.JOB_COACHING, 0.15),
            (GuidanceKind.INDUCTION, 0.05),
            (GuidanceKind.OTHER, 0.1),
        ]
        rows, seen = [], set()
        notes = (
            "Voortgangsgesprek",
            "Uitleg nieuwe taak",
            "Contact met thuissituatie",
            "Gesprek met leidinggevende",
            "Evaluatie plaatsing",
            None,
            None,
        )
        for w in self.workers:
            per_month = {
                TargetGroup.SHELTERED: (1, 4),
                TargetGroup.JOBS_AGREEMENT: (0, 3),
                TargetGroup.WSW: (0, 1),
                TargetGroup.OTHER: (0, 1),
            }[w.group]
            for month in self.period.months():
                span = month.overlap(Period(w.start, w.end or self.period.end))
                if span is None:
                    continue
                for _ in range(rng.randint(*per_month)):
                    day = span.start + dt.timedelta(days=rng.randrange(span.days))
                    kind = rng.choices([k for k, _ in kinds], [x for _, x in kinds])[0]
                    if w.work_type is WorkType.SUPPORTED_EMPLOYMENT and rng.random() < 0.6:
                        kind = GuidanceKind.JOB_COACHING
                    activity = self.activity_ids[w.activity.code] if rng.random() < 0.4 else None
                    key = (w.id, w.coach, day, kind, activity or 0)
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(
                        {
                            "worker_id": w.id,
                            "coach": w.coach,
                            "date": day,
                            "hours": _q(rng.uniform(0.25, 1.75)),
                            "kind": kind,
                            "activity_id": activity,
                            "activity_key": activity or 0,
                            "note": rng.choice(notes),
                        }
                    )
        self._insert(t.GuidanceRow.__table__, rows)

    def waiting_list(self) -> None:
        rng = self.rng
        rows = []
        reasons = {
            Placeable.NOW: None,
            Placeable.LATER: "eerst traject dagbesteding",
            Placeable.NOT: "medische beperking, heroverweging gevraagd",
        }
        for m in company.MUNICIPALITIES:
            for index in range(max(2, round(self.count * m.share / 25))):
                placeable = rng.choices(list(Placeable), [0.5, 0.35, 0.15])[0]
                rows.append(
                    {
                        "municipality_id": self.municipality_ids[m.code],
                        "reference": f"{m.code}-W{index + 1:03d}",
                        "advice_date": self.period.end - dt.timedelta(days=rng.randrange(20, 700)),
                        "placeable": placeable,
                        "reason": reasons[placeable],
                        "placed_on": None,
                    }
                )
        self._insert(t.WaitingListRow.__table__, rows)


def database_is_empty(session: Session) -> bool:
    """True when no worker, activity or municipality is stored yet."""
    return not any(
        session.scalar(select(func.count()).select_from(row))
        for row in (t.WorkerRow, t.ActivityRow, t.MunicipalityRow)
    )


def fill_demo(
    session: Session,
    *,
    workers: int = 400,
    years: int = 1,
    seed: int = 1,
    end_year: int | None = None,
    until: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Write the demo company into an empty database, inside the caller's transaction.

    The data ends on :func:`demo_last_day` (``until``, else the end of ``end_year``, else
    yesterday); the same seed and end give the same data.
    """
    if not database_is_empty(session):
        raise ValueError(
            "De database bevat al gegevens; demogegevens gaan alleen in een lege database."
        )
    if workers < 1 or years < 1:
        raise ValueError("--workers en --years moeten minstens 1 zijn")
    generator = _Generator(
        session, workers, years, seed, demo_last_day(end_year, until), progress
    )
    generator.progress(0, "Gemeenten, opdrachtgevers en activiteiten")
    generator.organisation()
    generator.progress(5, "Medewerkers en dienstverbanden")
    generator.people()
    generator.progress(12, "Loonwaardemetingen")
    generator.measurements()
    per_month = generator.hours(cancelled)
    generator.progress(85, "Productie, omzet en inkoop")
    generator.entries(per_month)
    generator.progress(90, "Begeleiding en wachtlijst")
    generator.guidance()
    generator.waiting_list()
    generator.progress(100, "Klaar")
    return {
        name: session.scalar(select(func.count()).select_from(row)) or 0
        for name, row in (
            ("workers", t.WorkerRow),
            ("activities", t.ActivityRow),
            ("hours", t.HourRow),
            ("guidance", t.GuidanceRow),
            ("wage_values", t.WageValueRow),
        )
    }


def demo_gaps(session: Session, last_day: dt.date) -> list[Gap]:
    """What the demo's last year lacks of the parameters its figures rest on (onvolledig).

    The demo writes the company's and the municipalities' own figures for every year it
    touches; the statutory ones (WML, LKS) come from the reference data of this version. When
    that data ends before the demo's year does (the WML of the next half year not yet
    published when this version was made), the pages of that year say "Onvolledig": the
    command tells the user so at once, with the domain's own wording, instead of leaving a
    fresh demo to look broken.
    """
    year = Period.year(last_day.year)
    terms = list(load_municipality_terms(session).values())
    fields = (GUIDANCE_ALLOWANCE, WSW_SUBSIDY)
    use = PeriodUse(
        paid_years=frozenset({last_day.year}),
        guidance_years=frozenset({last_day.year}),
        paid=year,
        lks=year,
        productive=frozenset((last_day.year, w) for w in WorkType),
        municipal=frozenset(
            (m.code, last_day.year, name) for m in terms for name in fields
        ),
    )
    return worded(period_gaps(year, load_parameter_set(session), terms, use))
