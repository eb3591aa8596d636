"""The database enforces the rights: sign-in throttle and lockout columns on both backends; on
PostgreSQL the users table is closed to the desks' group (sign-in and user management through
SECURITY DEFINER functions), the audit log is written by triggers on every audited table and
closed to direct writes, and import runs are append-only

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07

The functions and triggers are owned by whoever runs the migration: the administrator's role
that owns the schema. Every SECURITY DEFINER function has a fixed search_path. What is frozen
here (which tables are audited, how a value is written to the log, the throttle's numbers) is
the rule of this revision; storage/audit.py and storage/accounts.py follow the same rules for
SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: table -> its primary key columns (the audit log's record key, joined with "/")
AUDITED = {
    "workers": ["id"],
    "employments": ["id"],
    "placements": ["id"],
    "wage_values": ["id"],
    "wage_value_tasks": ["id"],
    "rates": ["id"],
    "revenue": ["id"],
    "purchases": ["id"],
    "production": ["id"],
    "activities": ["id"],
    "municipalities": ["id"],
    "municipality_years": ["id"],
    "minimum_wage": ["valid_from"],
    "lks_parameters": ["valid_from"],
    "fixed_lks_regimes": ["name"],
    "company_years": ["year"],
    "overhead_rates": ["id"],
    "users": ["id"],
    "waiting_list": ["id"],
    "guidance": ["id"],
}
PRIVATE = "sodesk_private"
SEARCH_PATH = "SET search_path = pg_catalog, public, pg_temp"

#: the functions a desk's group may call (granted by `sodesk db grant` and below)
PUBLIC_FUNCTIONS = (
    "sodesk_has_users()",
    "sodesk_list_users()",
    "sodesk_password_setting(text)",
    "sodesk_sign_in(text, text, text, text)",
    "sodesk_create_user(text, text, text, text, text, text)",
    "sodesk_deactivate_user(text, text)",
    "sodesk_unlock_user(text, text)",
    "sodesk_audit_event(text, text, text, text, text, text, text)",
)

_PRIVATE_SQL = f"""
CREATE SCHEMA {PRIVATE};
REVOKE ALL ON SCHEMA {PRIVATE} FROM PUBLIC;

-- one row per successful sign-in: the token's hash, bound to the user and the database login
CREATE TABLE {PRIVATE}.sign_ins (
    token_hash text PRIMARY KEY,
    username varchar(80) NOT NULL,
    db_login text NOT NULL,
    at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
REVOKE ALL ON {PRIVATE}.sign_ins FROM PUBLIC;

-- a number without the zeros its column's scale adds, two decimals kept: 12.5000 -> 12.50
CREATE FUNCTION {PRIVATE}.decimal_text(number text) RETURNS text
LANGUAGE sql IMMUTABLE {SEARCH_PATH} AS $$
    SELECT CASE WHEN position('.' IN number) = 0 THEN number
        ELSE rpad(rtrim(number, '0'),
                  greatest(length(rtrim(number, '0')), position('.' IN number) + 2), '0')
    END
$$;

-- how a value is written to the log (storage/audit.py _logged): no hash, a BSN masked
CREATE FUNCTION {PRIVATE}.audit_text(field text, value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE {SEARCH_PATH} AS $$
    SELECT CASE
        WHEN value IS NULL OR jsonb_typeof(value) = 'null' THEN NULL
        WHEN field = 'password_hash' THEN
            CASE WHEN (value #>> '{{}}') = '' THEN '' ELSE '•••' END
        WHEN field = 'bsn' THEN
            repeat('•', greatest(length(value #>> '{{}}') - 3, 0)) || right(value #>> '{{}}', 3)
        WHEN jsonb_typeof(value) = 'boolean' THEN
            CASE WHEN value = 'true'::jsonb THEN 'True' ELSE 'False' END
        -- a price of scale 4 as it was typed: 12.5000 -> 12.50 (two decimals kept)
        WHEN jsonb_typeof(value) = 'number' THEN
            {PRIVATE}.decimal_text(value #>> '{{}}')
        ELSE value #>> '{{}}'
    END
$$;

-- the sodesk user a desk names for its transaction (SET LOCAL / set_config(..., true))
CREATE FUNCTION {PRIVATE}.audit_user() RETURNS text
LANGUAGE sql STABLE {SEARCH_PATH} AS $$
    SELECT left(coalesce(nullif(current_setting('sodesk.user', true), ''), 'buiten sodesk'), 80)
$$;

CREATE FUNCTION {PRIVATE}.write_audit(
    p_user text, p_table text, p_key text, p_action text, p_field text, p_old text, p_new text,
    p_reason text
) RETURNS void LANGUAGE sql {SEARCH_PATH} AS $$
    INSERT INTO public.audit_log
        (at, "user", db_user, table_name, record_key, action, field, old_value, new_value, reason)
    VALUES (
        date_trunc('second', localtimestamp), coalesce(left(p_user, 80), {PRIVATE}.audit_user()),
        left(session_user, 80),
        p_table, left(p_key, 200), p_action, p_field, p_old, p_new,
        left(coalesce(p_reason, nullif(current_setting('sodesk.reason', true), '')), 500)
    )
$$;

-- every change of an audited row, one log row per changed field (columns in table order)
CREATE FUNCTION {PRIVATE}.audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH} AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    whole jsonb := coalesce(new_row, old_row);
    key text;
    column_name text;
    old_value jsonb;
    new_value jsonb;
BEGIN
    SELECT string_agg(whole ->> part, '/' ORDER BY position) INTO key
        FROM unnest(TG_ARGV) WITH ORDINALITY AS parts(part, position);
    FOR column_name IN
        SELECT attname FROM pg_attribute
        WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped ORDER BY attnum
    LOOP
        CONTINUE WHEN column_name IN ('version', 'failed_sign_ins', 'retry_after');
        CONTINUE WHEN column_name = 'id' AND TG_OP <> 'UPDATE';
        old_value := nullif(old_row -> column_name, 'null'::jsonb);
        new_value := nullif(new_row -> column_name, 'null'::jsonb);
        CONTINUE WHEN old_value IS NOT DISTINCT FROM new_value;
        IF TG_TABLE_NAME = 'guidance' AND column_name = 'note' THEN
            -- a guidance note is for coaches; the log's readers see that it changed
            old_value := CASE WHEN old_value IS NOT NULL THEN to_jsonb('•••'::text) END;
            new_value := CASE WHEN new_value IS NOT NULL THEN to_jsonb('•••'::text) END;
        END IF;
        PERFORM {PRIVATE}.write_audit(
            NULL, TG_TABLE_NAME, key, lower(TG_OP), column_name,
            {PRIVATE}.audit_text(column_name, old_value),
            {PRIVATE}.audit_text(column_name, new_value), NULL
        );
    END LOOP;
    RETURN NULL;
END
$$;

-- may the caller manage users? The schema owner's role (and its members) always; otherwise a
-- token that sodesk_sign_in gave this very login for an active, unlocked administrator
CREATE FUNCTION {PRIVATE}.may_manage_users(p_token text) RETURNS boolean
LANGUAGE sql STABLE {SEARCH_PATH} AS $$
    SELECT pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'public.users'::regclass),
                       'MEMBER')
        OR EXISTS (
            SELECT FROM {PRIVATE}.sign_ins s JOIN public.users u ON u.username = s.username
            WHERE s.token_hash = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
              AND s.db_login = session_user
              AND u.active AND u.role = 'administrator' AND u.failed_sign_ins < 10
        )
$$;
"""

_PUBLIC_SQL = f"""
CREATE FUNCTION public.sodesk_has_users() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH} AS $$
    SELECT EXISTS (SELECT FROM public.users)
$$;

-- names and roles for the settings page: never a hash
CREATE FUNCTION public.sodesk_list_users()
RETURNS TABLE (username text, display_name text, role text, active boolean, locked boolean)
LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH} AS $$
    SELECT username, display_name, role, active, failed_sign_ins >= 10
    FROM public.users ORDER BY username
$$;

-- the stored hash without its digest (algorithm, parameters, salt) and the digest's length,
-- so the desk can hash the typed password the same way; a made-up salt for an unknown name
CREATE FUNCTION public.sodesk_password_setting(p_username text)
RETURNS TABLE (setting text, digest_length integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH} AS $$
#variable_conflict use_column
DECLARE
    stored text;
BEGIN
    SELECT password_hash INTO stored FROM public.users
        WHERE username = lower(btrim(p_username)) AND password_hash LIKE '$argon2%';
    IF stored IS NULL THEN
        RETURN QUERY SELECT '$argon2id$v=19$m=65536,t=3,p=4$' || rtrim(encode(substr(sha256(
            convert_to('sodesk:' || lower(btrim(p_username)) || current_database(), 'UTF8')),
            1, 16), 'base64'), '='), 32;
        RETURN;
    END IF;
    RETURN QUERY SELECT regexp_replace(stored, '\\$[^$]*$', ''),
        (length(substring(stored FROM '[^$]*$')) * 3 / 4)::integer;
END
$$;

-- one sign-in: compares the desk's hash of the typed password with the stored one, counts
-- failures, makes the next try wait 0.5 s x 2^(n-3) after the third and locks after the
-- tenth (a try during the wait is refused unchecked and counts); all of it audited
CREATE FUNCTION public.sodesk_sign_in(
    p_username text, p_candidate text, p_rehash text, p_token text
) RETURNS TABLE (outcome text, display_name text, role text, wait_seconds numeric)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
#variable_conflict use_column
DECLARE
    account public.users%ROWTYPE;
    moment timestamp := clock_timestamp() AT TIME ZONE 'UTC';
    failures integer;
    why text;
BEGIN
    SELECT * INTO account FROM public.users
        WHERE username = lower(btrim(p_username)) FOR UPDATE;
    IF NOT FOUND OR NOT account.active OR account.password_hash IS NULL THEN
        RETURN QUERY SELECT 'failed', NULL::text, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    IF account.failed_sign_ins >= 10 THEN
        PERFORM {PRIVATE}.write_audit(account.username, 'users', account.id::text, 'sign_in',
            'failed_sign_ins',
            account.failed_sign_ins::text, account.failed_sign_ins::text,
            'aanmelding geweigerd: account vergrendeld');
        RETURN QUERY SELECT 'locked', NULL::text, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    IF account.retry_after IS NULL OR moment >= account.retry_after THEN
        IF p_candidate IS NOT NULL AND p_candidate = account.password_hash THEN
            IF account.failed_sign_ins > 0 THEN
                PERFORM {PRIVATE}.write_audit(account.username, 'users', account.id::text,
                    'sign_in',
                    'failed_sign_ins', account.failed_sign_ins::text, '0',
                    'aangemeld na mislukte pogingen');
            END IF;
            UPDATE public.users SET failed_sign_ins = 0, retry_after = NULL,
                password_hash = coalesce(p_rehash, password_hash)
                WHERE id = account.id;
            IF p_token IS NOT NULL THEN
                INSERT INTO {PRIVATE}.sign_ins (token_hash, username, db_login) VALUES (
                    encode(sha256(convert_to(p_token, 'UTF8')), 'hex'), account.username,
                    session_user);
            END IF;
            RETURN QUERY SELECT 'ok', account.display_name::text, account.role::text,
                NULL::numeric;
            RETURN;
        END IF;
        why := 'onjuist wachtwoord';
    ELSE
        why := 'te snel na een mislukte poging';
    END IF;
    failures := account.failed_sign_ins + 1;
    UPDATE public.users SET failed_sign_ins = failures,
        retry_after = CASE WHEN failures >= 3 AND failures < 10 THEN moment
            + least(0.5 * power(2, failures - 3), 60) * interval '1 second' END
        WHERE id = account.id;
    IF failures >= 10 THEN
        PERFORM {PRIVATE}.write_audit(account.username, 'users', account.id::text, 'lock',
            'failed_sign_ins',
            account.failed_sign_ins::text, failures::text,
            why || '; vergrendeld na 10 mislukte aanmeldingen');
        RETURN QUERY SELECT 'locked', NULL::text, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    PERFORM {PRIVATE}.write_audit(account.username, 'users', account.id::text, 'sign_in',
        'failed_sign_ins', account.failed_sign_ins::text, failures::text, why);
    RETURN QUERY SELECT CASE WHEN why = 'onjuist wachtwoord' THEN 'failed' ELSE 'wait' END,
        NULL::text, NULL::text,
        CASE WHEN failures >= 3 THEN least(0.5 * power(2, failures - 3), 60)::numeric END;
END
$$;

-- a new user: by someone who may manage users, or the first administrator of an empty table
-- (who is signed in at once with p_token); returns ok, exists or denied
CREATE FUNCTION public.sodesk_create_user(
    p_token text, p_username text, p_display_name text, p_role text, p_hash text,
    p_new_token text
) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
#variable_conflict use_column
DECLARE
    first boolean;
BEGIN
    LOCK TABLE public.users IN SHARE ROW EXCLUSIVE MODE;
    first := NOT EXISTS (SELECT FROM public.users);
    IF NOT (first AND p_role = 'administrator') AND NOT {PRIVATE}.may_manage_users(p_token)
    THEN
        RETURN 'denied';
    END IF;
    IF EXISTS (SELECT FROM public.users WHERE username = p_username) THEN
        RETURN 'exists';
    END IF;
    INSERT INTO public.users (username, display_name, role, password_hash, active)
        VALUES (p_username, p_display_name, p_role, p_hash, true);
    IF first AND p_new_token IS NOT NULL THEN
        INSERT INTO {PRIVATE}.sign_ins (token_hash, username, db_login) VALUES (
            encode(sha256(convert_to(p_new_token, 'UTF8')), 'hex'), p_username, session_user);
    END IF;
    RETURN 'ok';
END
$$;

-- block a user's log-in (never the last active administrator); ok, unknown, last or denied
CREATE FUNCTION public.sodesk_deactivate_user(p_token text, p_username text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
#variable_conflict use_column
DECLARE
    account public.users%ROWTYPE;
BEGIN
    IF NOT {PRIVATE}.may_manage_users(p_token) THEN
        RETURN 'denied';
    END IF;
    LOCK TABLE public.users IN SHARE ROW EXCLUSIVE MODE;
    SELECT * INTO account FROM public.users WHERE username = p_username;
    IF NOT FOUND THEN
        RETURN 'unknown';
    END IF;
    IF account.role = 'administrator' AND account.active AND (
        SELECT count(*) FROM public.users WHERE role = 'administrator' AND active) <= 1 THEN
        RETURN 'last';
    END IF;
    UPDATE public.users SET active = false WHERE id = account.id;
    RETURN 'ok';
END
$$;

-- lift a lockout (audited); ok, unknown or denied
CREATE FUNCTION public.sodesk_unlock_user(p_token text, p_username text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
#variable_conflict use_column
DECLARE
    account public.users%ROWTYPE;
BEGIN
    IF NOT {PRIVATE}.may_manage_users(p_token) THEN
        RETURN 'denied';
    END IF;
    SELECT * INTO account FROM public.users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'unknown';
    END IF;
    UPDATE public.users SET failed_sign_ins = 0, retry_after = NULL WHERE id = account.id;
    PERFORM {PRIVATE}.write_audit(NULL, 'users', account.id::text, 'unlock', 'failed_sign_ins',
        account.failed_sign_ins::text, '0', NULL);
    RETURN 'ok';
END
$$;

-- an audit event that is no table change (a BSN shown, say): never insert/update/delete, so a
-- desk cannot forge a change; the login is the real one, a BSN is masked
CREATE FUNCTION public.sodesk_audit_event(
    p_table text, p_key text, p_action text, p_field text, p_old text, p_new text,
    p_reason text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SEARCH_PATH} AS $$
BEGIN
    IF p_action IS NULL OR lower(p_action) IN ('insert', 'update', 'delete') THEN
        RAISE EXCEPTION 'audit event: action % is a table change', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM {PRIVATE}.write_audit(NULL, p_table, p_key, p_action, p_field,
        {PRIVATE}.audit_text(p_field, to_jsonb(p_old)),
        {PRIVATE}.audit_text(p_field, to_jsonb(p_new)), p_reason);
END
$$;
"""

#: the groups that already have a desk's rights: whoever may read workers besides the owner
_GROUPS = """
SELECT DISTINCT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a
WHERE c.oid = 'public.workers'::regclass AND a.privilege_type = 'SELECT'
  AND a.grantee <> c.relowner AND a.grantee <> 0
"""


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("retry_after", sa.DateTime(), nullable=True))
    if not _postgres():
        return
    connection = op.get_bind()
    # psycopg reads % as a placeholder here (%ROWTYPE, RAISE's %): doubled, it stays one %
    connection.exec_driver_sql(_PRIVATE_SQL.replace("%", "%%"))
    connection.exec_driver_sql(_PUBLIC_SQL.replace("%", "%%"))
    for function in PUBLIC_FUNCTIONS:
        connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION public.{function} FROM PUBLIC")
    for table, key in AUDITED.items():
        connection.exec_driver_sql(
            f"CREATE TRIGGER sodesk_audit AFTER INSERT OR UPDATE OR DELETE ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {PRIVATE}.audit_row({', '.join(key)})"
        )
    for (group,) in connection.exec_driver_sql(_GROUPS).all():
        connection.exec_driver_sql(f"REVOKE ALL ON public.users FROM {group}")
        connection.exec_driver_sql(
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.audit_log FROM {group}"
        )
        connection.exec_driver_sql(
            f"REVOKE UPDATE, DELETE, TRUNCATE ON public.import_runs FROM {group}"
        )
        for function in PUBLIC_FUNCTIONS:
            connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION public.{function} TO {group}")


def downgrade() -> None:
    if _postgres():
        connection = op.get_bind()
        for table in AUDITED:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS sodesk_audit ON public.{table}")
        for function in PUBLIC_FUNCTIONS:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS public.{function}")
        connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PRIVATE} CASCADE")
        for (group,) in connection.exec_driver_sql(_GROUPS).all():
            connection.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.users TO {group}"
            )
            connection.exec_driver_sql(f"GRANT INSERT ON public.audit_log TO {group}")
            connection.exec_driver_sql(
                f"GRANT UPDATE, DELETE ON public.import_runs TO {group}"
            )
    with op.batch_alter_table("users") as batch:
        batch.drop_column("retry_after")
        batch.drop_column("failed_sign_ins")
