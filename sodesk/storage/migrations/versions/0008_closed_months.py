"""Closed months (maandafsluiting): the table of closed months, and triggers on both backends
that refuse any change moving a closed month's figures; on PostgreSQL closing and reopening go
through a SECURITY DEFINER function that checks the role and writes the audit log

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

The closed months are contiguous from the first month with data: one boundary, the first day
after the last closed month, decides. A row "touches" the closed months when its date (the
start of its period or validity, its year's first day, its measurement's date) lies before
the boundary. Inserting or deleting such a row is refused; changing it is refused unless only
columns that move no figure changed (a note, a method) or a validity's end moved within the
open months. Master data (a worker's target group or municipality, an activity's work type, a
municipality's terms) may not change, and a worker or activity not be deleted, while closed
months rest on it.

The trigger's message starts with ``sodesk: month closed`` and names the table (SQLite's
RAISE takes a fixed text); PostgreSQL adds the first day whose figures would change.
storage/periods.py reads it.
What is frozen here (which tables and columns count) is the rule of this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PRIVATE = "sodesk_private"
SEARCH_PATH = "SET search_path = pg_catalog, public, pg_temp"
MESSAGE = "sodesk: month closed"
#: closed_months is written by these functions only (PostgreSQL); granted to the desks' group
PUBLIC_FUNCTIONS = ("sodesk_period(text, text, date, date, text)",)

#: table -> (kind, date column(s), columns whose change moves a figure)
#: day: one date; range: start and end of a validity; year: a year's first day; parent: the
#: date of the wage-value measurement a task belongs to; watch: master data, refused on update
#: while hours before the boundary rest on it (the hours column named) or any month is closed
GUARDED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "hours": ("day", ("date",), ("worker_id", "activity_id", "date", "hours")),
    "guidance": (
        "day",
        ("date",),
        ("worker_id", "coach", "date", "hours", "kind", "activity_id"),
    ),
    "production": ("day", ("period_start",), ("activity_id", "period_start", "period_end", "pieces")),
    "revenue": ("day", ("period_start",), ("activity_id", "period_start", "period_end", "amount")),
    "purchases": ("day", ("period_start",), ("activity_id", "period_start", "period_end", "amount")),
    "wage_values": ("day", ("measured_on",), ("worker_id", "measured_on", "wage_value")),
    "wage_value_tasks": (
        "parent",
        ("wage_value_id",),
        ("wage_value_id", "task", "time_share", "tempo", "quality", "net_work_time"),
    ),
    "minimum_wage": ("day", ("valid_from",), ("valid_from", "amount", "unit")),
    "lks_parameters": (
        "day",
        ("valid_from",),
        ("valid_from", "holiday_allowance", "cap_fraction_of_wml", "employer_cost_surcharge"),
    ),
    "fixed_lks_regimes": (
        "day",
        ("valid_from",),
        ("name", "valid_from", "fraction_of_wml", "surcharge_on_top"),
    ),
    "rates": ("range", ("valid_from", "valid_to"), ("activity_id", "valid_from", "unit", "price")),
    "employments": (
        "range",
        ("start_date", "end_date"),
        ("worker_id", "start_date", "contract_hours_per_week", "hourly_wage"),
    ),
    "placements": (
        "range",
        ("start_date", "end_date"),
        ("worker_id", "work_type", "activity_id", "employer", "start_date"),
    ),
    "company_years": (
        "year",
        ("year",),
        ("year", "employer_charges", "coach_hourly_cost", "wsw_fulltime_hours"),
    ),
    "overhead_rates": ("year", ("year",), ("year", "work_type", "rate_per_productive_hour")),
    "municipality_years": (
        "year",
        ("year",),
        (
            "municipality_id",
            "year",
            "target_places",
            "guidance_allowance_per_place",
            "wsw_subsidy_per_fte",
        ),
    ),
    "workers": ("watch", ("worker_id",), ("target_group", "municipality_id")),
    "activities": ("watch", ("activity_id",), ("work_type", "client_id")),
    "municipalities": (
        "watch",
        (),
        ("lks_regime", "lks_fixed_fraction", "lw_basis", "guidance_basis"),
    ),
}

# ---------------------------------------------------------------- SQLite

_BOUNDARY = "(SELECT date(max(month), '+1 month') FROM closed_months)"
_LAST_DAY = "(SELECT date(max(month), '+1 month', '-1 day') FROM closed_months)"
_NO_END = "'9999-12-31'"


def _sqlite_day(kind: str, dates: tuple[str, ...], row: str) -> str:
    """The SQL date (text) by which ``row`` (OLD or NEW) touches the closed months."""
    if kind == "year":
        return f"printf('%04d-01-01', {row}.{dates[0]})"
    if kind == "parent":
        return f"(SELECT measured_on FROM wage_values WHERE id = {row}.{dates[0]})"
    if dates[0] == "valid_from" and kind == "day":  # a fixed regime without date: always
        return f"coalesce({row}.{dates[0]}, '0001-01-01')"
    return f"{row}.{dates[0]}"


def _sqlite_changed(kind: str, dates: tuple[str, ...], columns: tuple[str, ...]) -> str:
    parts = [f"OLD.{c} IS NOT NEW.{c}" for c in columns]
    if kind == "range":
        end = dates[1]
        parts.append(
            f"min(coalesce(OLD.{end}, {_NO_END}), {_LAST_DAY}) IS NOT "
            f"min(coalesce(NEW.{end}, {_NO_END}), {_LAST_DAY})"
        )
    return "(" + " OR ".join(parts) + ")"


def _sqlite_triggers(table: str) -> list[str]:
    kind, dates, columns = GUARDED[table]
    message = f"'{MESSAGE} ({table})'"
    raise_ = f"BEGIN SELECT RAISE(ABORT, {message}); END"
    changed = _sqlite_changed(kind, dates, columns)
    name = f"sodesk_closed_{table}"
    if kind == "watch":
        if dates:
            resting = (
                f"EXISTS (SELECT 1 FROM hours WHERE {dates[0]} = OLD.id AND date < {_BOUNDARY})"
            )
        else:
            resting = "EXISTS (SELECT 1 FROM closed_months)"
        triggers = [
            f"CREATE TRIGGER {name}_update BEFORE UPDATE ON {table} "
            f"WHEN {changed} AND {resting} {raise_}"
        ]
        if dates:  # a client without foreign keys must not orphan closed hours either
            triggers.append(
                f"CREATE TRIGGER {name}_delete BEFORE DELETE ON {table} WHEN {resting} {raise_}"
            )
        return triggers
    old, new = _sqlite_day(kind, dates, "OLD"), _sqlite_day(kind, dates, "NEW")
    return [
        f"CREATE TRIGGER {name}_insert BEFORE INSERT ON {table} "
        f"WHEN {new} < {_BOUNDARY} {raise_}",
        f"CREATE TRIGGER {name}_update BEFORE UPDATE ON {table} "
        f"WHEN ({old} < {_BOUNDARY} OR {new} < {_BOUNDARY}) AND {changed} {raise_}",
        f"CREATE TRIGGER {name}_delete BEFORE DELETE ON {table} "
        f"WHEN {old} < {_BOUNDARY} {raise_}",
    ]


# ---------------------------------------------------------------- PostgreSQL

_PG_SQL = f"""
-- the first day after the last closed month (NULL: nothing is closed)
CREATE FUNCTION {PRIVATE}.closed_boundary() RETURNS date
LANGUAGE sql STABLE {SEARCH_PATH} AS $$
    SELECT (max(month) + interval '1 month')::date FROM public.closed_months
$$;

-- the date by which a row (as jsonb) touches the closed months
CREATE FUNCTION {PRIVATE}.closed_day(kind text, first_column text, whole jsonb) RETURNS date
LANGUAGE sql STABLE {SEARCH_PATH} AS $$
    SELECT CASE kind
        WHEN 'year' THEN make_date((whole ->> first_column)::integer, 1, 1)
        WHEN 'parent' THEN (SELECT measured_on FROM public.wage_values
                            WHERE id = (whole ->> first_column)::integer)
        ELSE coalesce((whole ->> first_column)::date, '0001-01-01'::date)
    END
$$;

-- refuse a change that moves a closed month's figures; arguments: kind, the date column(s)
-- as one comma list, the columns that move figures as one comma list. SECURITY DEFINER: a
-- desk's login may not reach this schema, the trigger must
CREATE FUNCTION {PRIVATE}.refuse_closed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH} AS $$
DECLARE
    kind text := TG_ARGV[0];
    dates text[] := string_to_array(nullif(TG_ARGV[1], ''), ',');
    watched text[] := string_to_array(TG_ARGV[2], ',');
    boundary date := {PRIVATE}.closed_boundary();
    old_row jsonb;
    new_row jsonb;
    old_part jsonb;
    new_part jsonb;
    old_day date;
    new_day date;
    offending date;
BEGIN
    IF boundary IS NULL OR (kind = 'watch' AND (TG_OP = 'INSERT' OR dates IS NULL AND
                                                  TG_OP = 'DELETE')) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    -- the rows as jsonb only now: nothing closed costs an insert no conversion
    old_row := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(c, old_row -> c), jsonb_object_agg(c, new_row -> c)
            INTO old_part, new_part FROM unnest(watched) AS c;
        IF kind = 'range' THEN
            old_part := old_part || jsonb_build_object('end', least(
                coalesce((old_row ->> dates[2])::date, 'infinity'::date), boundary - 1));
            new_part := new_part || jsonb_build_object('end', least(
                coalesce((new_row ->> dates[2])::date, 'infinity'::date), boundary - 1));
        END IF;
        IF old_part = new_part THEN
            RETURN NEW;
        END IF;
    END IF;
    IF kind = 'watch' THEN
        IF dates IS NULL THEN
            offending := (SELECT min(month) FROM public.closed_months);
        ELSE
            EXECUTE format('SELECT min(date) FROM public.hours WHERE %I = $1 AND date < $2',
                           dates[1])
                INTO offending USING (old_row ->> 'id')::integer, boundary;
        END IF;
    ELSIF kind = 'range' AND TG_OP = 'UPDATE' AND old_part - 'end' = new_part - 'end' THEN
        -- only the end moved: the first day whose figures change is the day after the earlier
        offending := least(coalesce((old_row ->> dates[2])::date, 'infinity'::date),
                           coalesce((new_row ->> dates[2])::date, 'infinity'::date)) + 1;
    ELSE
        IF old_row IS NOT NULL THEN
            old_day := {PRIVATE}.closed_day(kind, dates[1], old_row);
        END IF;
        IF new_row IS NOT NULL THEN
            new_day := {PRIVATE}.closed_day(kind, dates[1], new_row);
        END IF;
        offending := least(old_day, new_day);
        IF offending >= boundary THEN
            offending := NULL;
        END IF;
    END IF;
    IF offending IS NOT NULL THEN
        RAISE EXCEPTION '{MESSAGE} (%, %)', TG_TABLE_NAME, offending
            USING ERRCODE = 'SD001',
                  HINT = 'sodesk period reopen ' || to_char(offending, 'YYYY-MM');
    END IF;
    RETURN coalesce(NEW, OLD);
END
$$;

-- may the caller close or reopen months? The schema owner's role (and its members), anyone
-- while the database has no users, or a token sodesk_sign_in gave this very login for an
-- active, unlocked administrator or controller
CREATE FUNCTION {PRIVATE}.may_close_months(p_token text) RETURNS boolean
LANGUAGE sql STABLE {SEARCH_PATH} AS $$
    SELECT pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'public.closed_months'::regclass),
                       'MEMBER')
        OR NOT EXISTS (SELECT FROM public.users)
        OR EXISTS (
            SELECT FROM {PRIVATE}.sign_ins s JOIN public.users u ON u.username = s.username
            WHERE s.token_hash = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
              AND s.db_login = session_user
              AND u.active AND u.role IN ('administrator', 'controller')
              AND u.failed_sign_ins < 10
        )
$$;

-- close (p_action 'close') every month from p_from through p_through not closed yet, or reopen
-- ('reopen') p_from's month and every later closed one with a reason; each month audited.
-- Closing waits for every desk's open change of a guarded table and holds new ones off until
-- it commits (SHARE locks), so a save either lands before the closing or is refused after
-- it. Returns the number of months closed or reopened, or -1 when the caller may not
CREATE FUNCTION public.sodesk_period(
    p_token text, p_action text, p_from date, p_through date, p_reason text
) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
DECLARE
    months date[];
    table_name text;
BEGIN
    IF NOT {PRIVATE}.may_close_months(p_token) OR p_action NOT IN ('close', 'reopen')
        OR (p_action = 'reopen' AND coalesce(btrim(p_reason), '') = '') THEN
        RETURN -1;
    END IF;
    LOCK TABLE public.closed_months IN SHARE ROW EXCLUSIVE MODE;
    IF p_action = 'close' THEN
        FOREACH table_name IN ARRAY ARRAY[{{tables}}] LOOP
            EXECUTE format('LOCK TABLE public.%I IN SHARE MODE', table_name);
        END LOOP;
        WITH added AS (
            INSERT INTO public.closed_months (month, closed_at, closed_by)
            SELECT first_day::date, date_trunc('second', localtimestamp), {PRIVATE}.audit_user()
            FROM generate_series(date_trunc('month', least(p_from, p_through)), p_through,
                                 interval '1 month') AS first_day
            ON CONFLICT (month) DO NOTHING RETURNING month
        ) SELECT array_agg(month ORDER BY month) INTO months FROM added;
    ELSE
        WITH gone AS (
            DELETE FROM public.closed_months
            WHERE month >= date_trunc('month', p_from)::date RETURNING month
        ) SELECT array_agg(month ORDER BY month) INTO months FROM gone;
    END IF;
    PERFORM {PRIVATE}.write_audit(NULL, 'closed_months', to_char(month, 'YYYY-MM'), p_action,
        'month', CASE p_action WHEN 'close' THEN 'open' ELSE 'afgesloten' END,
        CASE p_action WHEN 'close' THEN 'afgesloten' ELSE 'open' END,
        CASE p_action WHEN 'reopen' THEN p_reason END)
    FROM unnest(months) AS month;
    RETURN coalesce(cardinality(months), 0);
END
$$;
"""

#: the desks' groups (as migration 0007 finds them): who reads workers, besides the owner
_GROUPS = (
    "SELECT DISTINCT grantee::regrole::text FROM pg_class, aclexplode(relacl) "
    "WHERE oid = 'public.workers'::regclass AND privilege_type = 'SELECT' "
    "AND grantee NOT IN (relowner, 0)"
)


def upgrade() -> None:
    op.create_table(
        "closed_months",
        sa.Column("month", sa.Date(), primary_key=True),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(80), nullable=False),
        sa.CheckConstraint("CAST(strftime('%d', month) AS INTEGER) = 1", name="first_of_month")
        if op.get_bind().dialect.name != "postgresql"
        else sa.CheckConstraint("extract(day FROM month) = 1", name="first_of_month"),
    )
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        for table in GUARDED:
            for statement in _sqlite_triggers(table):
                connection.exec_driver_sql(statement)
        return
    tables = ", ".join(f"'{table}'" for table in GUARDED)
    sql = _PG_SQL.replace("{tables}", tables)
    connection.exec_driver_sql(sql.replace("%", "%%"))
    for table, (kind, dates, columns) in GUARDED.items():
        connection.exec_driver_sql(
            f"CREATE TRIGGER sodesk_closed BEFORE INSERT OR UPDATE OR DELETE ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {PRIVATE}.refuse_closed("
            f"'{kind}', '{','.join(dates)}', '{','.join(columns)}')"
        )
    for function in PUBLIC_FUNCTIONS:
        connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION public.{function} FROM PUBLIC")
    for (group,) in connection.exec_driver_sql(_GROUPS).all():
        connection.exec_driver_sql(f"GRANT SELECT ON public.closed_months TO {group}")
        connection.exec_driver_sql(
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.closed_months FROM {group}"
        )
        for function in PUBLIC_FUNCTIONS:
            connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION public.{function} TO {group}")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table in GUARDED:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS sodesk_closed ON public.{table}")
        for function in PUBLIC_FUNCTIONS:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS public.{function}")
        for function in (
            "refuse_closed()",
            "closed_day(text, text, jsonb)",
            "closed_boundary()",
            "may_close_months(text)",
        ):
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {PRIVATE}.{function}")
    else:
        for table in GUARDED:
            for op_name in ("insert", "update", "delete"):
                connection.exec_driver_sql(
                    f"DROP TRIGGER IF EXISTS sodesk_closed_{table}_{op_name}"
                )
    op.drop_table("closed_months")
