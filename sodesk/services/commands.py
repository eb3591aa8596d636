"""The headless commands behind ``sodesk`` subcommands, returning an exit status.

Problems a user can mend (bad input, unknown municipality) are raised as :class:`BadInput`
with one line per problem; the command line prints them and exits with status 1.

A database with users asks the command line to sign in too (``--user NAME``, the password
from a hidden prompt or ``--password-stdin``): the same sign-in and the same permission table
(services.permissions) as the window, so a job coach's command line gets what her window
gets. A refusal is bad input (exit 1). ``db upgrade`` and ``db grant`` are the database
login's business (the schema and its rights), not a sodesk user's: they do not sign in.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from pathlib import Path

from sodesk.domain.display import number
from sodesk.services.errors import InputRejected
from sodesk.services.permissions import Action, PermissionDenied, require
from sodesk.services.users import LoginFailed, SignedIn
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage.database import transaction


class BadInput(Exception):
    """Input the user can correct; ``lines`` are printed one per line on stderr."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class UsageProblem(Exception):
    """The command was called in a way that cannot work (exit status 2)."""


def sign_in_for(
    workspace: Workspace,
    user: str | None,
    password_stdin: bool,
    action: Action | None = None,
) -> SignedIn | None:
    """Sign the command in when the database has users (None when it has none), then check
    ``action`` against the permission table.

    Raises:
        BadInput: users but no ``user``, a failed sign-in, or an action the role may not do.
    """
    from sodesk.services.parameters import has_users, sign_in_workspace

    if not has_users(workspace):
        return None
    if not user:
        raise BadInput(
            [
                "Deze database heeft gebruikers: meld u aan met --user NAAM (het wachtwoord "
                "via de prompt of --password-stdin)."
            ]
        )
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Wachtwoord voor {user}: ")
    try:
        who = sign_in_workspace(workspace, user, password)
    except LoginFailed as failed:
        raise BadInput([f"sodesk: {failed}"]) from None
    if action is not None:
        try:
            require(who, action)
        except PermissionDenied as refused:
            raise BadInput([f"sodesk: {refused.message}"]) from None
    return who


def _signed_in(
    args: argparse.Namespace, workspace: Workspace, action: Action | None
) -> SignedIn | None:
    return sign_in_for(
        workspace,
        getattr(args, "user", None),
        bool(getattr(args, "user_password_stdin", False)),
        action,
    )


def cmd_db(args: argparse.Namespace) -> int:
    if args.action == "grant":
        return _grant(args)
    if args.login or args.print or args.password_stdin or args.group != "sodesk_users":
        raise UsageProblem("db upgrade neemt geen login, --group, --print of --password-stdin")
    workspace = open_workspace(args.database)
    print(f"Database bijgewerkt: {workspace.description}")
    workspace.close()
    return 0


def _grant(args: argparse.Namespace) -> int:
    """``sodesk db grant [LOGIN]``: the group's rights, and LOGIN in the group (PostgreSQL)."""
    from sodesk.storage.grants import GrantProblem, grant, group_statements, login_statements

    try:
        if args.print:
            statements = group_statements(args.group)
            if args.login:
                statements += login_statements(args.login, args.group)
            print(";\n".join(statements) + ";")
            return 0
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
        workspace = open_workspace(args.database)
        try:
            grant(workspace.engine, args.login, args.group, password)
        finally:
            workspace.close()
    except GrantProblem as problem:
        raise BadInput([f"sodesk db grant: {problem}"]) from None
    done = f"Rechten van {args.group} gezet"
    if args.login:
        done += f"; {args.login} is lid" + ("" if password else " (nog zonder wachtwoord)")
    print(done, file=sys.stderr)
    return 0


#: the Dutch names of what ``sodesk demo`` counts (services.demo.fill_demo's keys)
DEMO_COUNTS = {
    "workers": "medewerkers",
    "activities": "activiteiten",
    "hours": "urenregels",
    "guidance": "begeleidingsregels",
    "wage_values": "loonwaardemetingen",
}


def cmd_demo(args: argparse.Namespace) -> int:

    from sodesk.domain.completeness import box_lines
    from sodesk.domain.display import date_nl
    from sodesk.services.demo import database_is_empty, demo_gaps, demo_last_day, fill_demo

    workspace = open_workspace(args.database)
    try:
        _signed_in(args, workspace, Action.IMPORT)
        with transaction(workspace.sessions) as session:
            if not database_is_empty(session):
                if args.if_empty:
                    return 0
                raise BadInput(
                    [
                        "De database bevat al gegevens; demogegevens gaan alleen in een "
                        "lege database. Kies met --database een ander bestand."
                    ]
                )
            if args.workers < 1 or args.years < 1:
                raise UsageProblem("--workers en --years moeten minstens 1 zijn")
            last_day = demo_last_day(args.end_year, args.until)
            counts = fill_demo(
                session, workers=args.workers, years=args.years, seed=args.seed, until=last_day
            )
            gaps = box_lines(demo_gaps(session, last_day))
        written = ", ".join(
            f"{number(Decimal(count), 0)} {DEMO_COUNTS.get(key, key)}"
            for key, count in counts.items()
        )
        print(f"Demogegevens geschreven: {written}", file=sys.stderr)
        print(f"Laatste dag met gegevens: {date_nl(last_day)}", file=sys.stderr)
        if gaps:
            print(
                f"Let op, {last_day.year} is onvolledig: de referentiegegevens van deze versie "
                "reiken niet zo ver. Vul aan bij Instellingen:",
                file=sys.stderr,
            )
            for line in gaps:
                print(f"- {line}", file=sys.stderr)
        return 0
    finally:
        workspace.close()


def cmd_import(args: argparse.Namespace) -> int:
    from sodesk.storage.imports.loader import import_source
    from sodesk.storage.imports.problems import ImportFailed
    from sodesk.storage.imports.profiles import ProfileError, load_profile

    if not args.path.exists():
        raise BadInput([f"{args.path}: bestaat niet"])
    profile = None
    if args.profile is not None:
        try:
            profile = load_profile(args.profile)
        except ProfileError as error:
            raise BadInput([str(error), "Niets ingelezen: het profiel is onbruikbaar."]) from None
    workspace = open_workspace(args.database)
    try:
        _signed_in(args, workspace, Action.IMPORT)
        summary = import_source(
            workspace.sessions, args.path, dry_run=args.dry_run, profile=profile
        )
    except ImportFailed as failed:
        raise BadInput(failed.lines()) from None
    finally:
        workspace.close()
    print(summary.describe(), file=sys.stderr)
    return 0


def _deliver(workspace: Workspace, out: Path | None, data: bytes, what: str) -> None:
    """``data`` to standard output, or written to ``out`` (a checked path) with a line on
    stderr that says ``what`` went where."""
    from sodesk.services.output import write_output

    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_output(workspace, out, data)
        print(f"{what} geschreven: {out}", file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from sodesk.services import reports as build
    from sodesk.services.output import OutputRefused, check_output

    if args.end < args.start:
        raise BadInput([f"--to {args.end} ligt voor --from {args.start}"])
    workspace = open_workspace(args.database)
    out = args.out
    if out is None and args.format != "json":  # a PDF or workbook is never sent to a terminal
        out = Path(
            build.default_file_name(args.kind, args.start, args.end, args.format, args.municipality)
        )
    try:
        who = _signed_in(args, workspace, Action.READ_MONEY)
        if out is not None:
            check_output(workspace, out)  # before the work: a refused path costs no wait
        data = build.render(
            workspace,
            args.kind,
            args.start,
            args.end,
            args.format,
            municipality=args.municipality,
            critical_mass=args.critical_mass,
            who=who,
        )
        _deliver(workspace, out, data, "Rapport")
    except (OutputRefused, InputRejected) as error:
        raise BadInput([str(error)]) from None
    except build.UnsupportedFormat as error:
        raise UsageProblem(str(error)) from None
    finally:
        workspace.close()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """``sodesk verify FILE``: 0 the same report today, 1 it differs (or no report)."""
    from sodesk.services.errors import InputRejected
    from sodesk.services.verify import Unreadable, read_stamp, verify_file

    try:
        read_stamp(args.file)  # before opening the database: a wrong file costs no wait
    except Unreadable as error:
        raise BadInput([f"sodesk: {error}"]) from None
    workspace = open_workspace(args.database)
    try:
        who = _signed_in(args, workspace, Action.READ_MONEY)
        verdict = verify_file(workspace, args.file, who=who)
    except (Unreadable, InputRejected) as error:
        raise BadInput([f"sodesk: {error}"]) from None
    finally:
        workspace.close()
    print("\n".join(verdict.lines()))
    return 0 if verdict.same else 1


def cmd_explain(args: argparse.Namespace) -> int:
    """``sodesk explain activities``: the rows behind one figure (JSON to stdout by default)."""
    from sodesk.services import explain
    from sodesk.services.output import OutputRefused, check_output

    workspace = open_workspace(args.database)
    try:
        explanation = explain.explain(
            workspace,
            _signed_in(args, workspace, Action.EXPLAIN),
            args.start,
            args.end,
            args.figure,
            activity=args.activity,
            municipality=args.municipality,
        )
        data = explain.render(explanation, args.format)
        out = args.out
        if out is None and args.format != "json":  # a workbook is never sent to a terminal
            out = Path(explain.default_file_name(explanation, args.format))
        if out is not None:
            check_output(workspace, out)
        _deliver(workspace, out, data, "Herkomst")
    except (InputRejected, OutputRefused) as error:
        raise BadInput([str(error)]) from None
    finally:
        workspace.close()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from sodesk.services.output import OutputRefused, write_backup
    from sodesk.storage.backup import BackupError

    workspace = open_workspace(args.database)
    try:
        _signed_in(args, workspace, Action.BACKUP)
        write_backup(workspace, args.file)
    except (OutputRefused, BackupError) as error:
        raise BadInput([str(error)]) from None
    finally:
        workspace.close()
    print(f"Kopie gemaakt: {args.file}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sodesk.storage.backup import BackupError, read_manifest, restore

    if not args.file.exists():
        raise BadInput([f"{args.file}: bestaat niet"])
    try:
        read_manifest(args.file)  # a damaged file is told before the database is opened
    except BackupError as error:
        raise BadInput([str(error)]) from None
    workspace = open_workspace(args.database, migrate=False)
    try:
        _signed_in(args, workspace, Action.RESTORE)
        restore(workspace.engine, args.file)
    except BackupError as error:
        raise BadInput([str(error)]) from None
    finally:
        workspace.close()
    print(f"Teruggezet uit: {args.file}", file=sys.stderr)
    return 0


def cmd_period(args: argparse.Namespace) -> int:
    """``sodesk period close|reopen|list``: month closing, with the window's rights."""
    from sodesk.services import period_command

    if args.action != "list" and args.month is None:
        raise UsageProblem(f"period {args.action} vraagt een maand (JJJJ-MM)")
    if args.action != "close" and args.force:
        raise UsageProblem("--force hoort alleen bij period close")
    if args.action != "reopen" and args.reason is not None:
        raise UsageProblem("--reason hoort alleen bij period reopen")
    workspace = open_workspace(args.database)
    try:
        action = {
            "close": Action.CLOSE_MONTHS,
            "reopen": Action.REOPEN_MONTHS,
            "list": None,
        }[args.action]
        who = _signed_in(args, workspace, action)
        return period_command.run(workspace, who, args, BadInput)
    finally:
        workspace.close()
