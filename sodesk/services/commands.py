"""The headless commands behind ``sodesk`` subcommands, returning an exit status.

Problems a user can mend (bad input, unknown municipality) are raised as :class:`BadInput`
with one line per problem; the command line prints them and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sodesk.services.workspace import open_workspace
from sodesk.storage.database import transaction


class BadInput(Exception):
    """Input the user can correct; ``lines`` are printed one per line on stderr."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class UsageProblem(Exception):
    """The command was called in a way that cannot work (exit status 2)."""


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


def cmd_demo(args: argparse.Namespace) -> int:
    from sodesk.services.demo import database_is_empty, fill_demo

    workspace = open_workspace(args.database)
    try:
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
            counts = fill_demo(
                session,
                workers=args.workers,
                years=args.years,
                seed=args.seed,
                end_year=args.end_year,
            )
        print(
            "Demogegevens geschreven: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
            file=sys.stderr,
        )
        return 0
    finally:
        workspace.close()


def cmd_import(args: argparse.Namespace) -> int:
    from sodesk.storage.imports.loader import import_source
    from sodesk.storage.imports.problems import ImportFailed

    if not args.path.exists():
        raise BadInput([f"{args.path}: bestaat niet"])
    workspace = open_workspace(args.database)
    try:
        summary = import_source(workspace.sessions, args.path, dry_run=args.dry_run)
    except ImportFailed as failed:
        raise BadInput(
            [str(p) for p in failed.problems]
            + [f"Niets ingelezen: {len(failed.problems)} probleem/problemen."]
        ) from None
    finally:
        workspace.close()
    print(summary.describe(), file=sys.stderr)
    return 0


def _write_output(data: bytes, out: Path | None) -> None:
    from sodesk.reports.files import write_atomically

    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomically(out, data)


def cmd_report(args: argparse.Namespace) -> int:
    from sodesk.services import reports as build

    if args.end < args.start:
        raise BadInput([f"--to {args.end} ligt voor --from {args.start}"])
    workspace = open_workspace(args.database)
    try:
        data = build.render(
            workspace,
            args.kind,
            args.start,
            args.end,
            args.format,
            municipality=args.municipality,
            critical_mass=args.critical_mass,
        )
    except build.ReportInputError as error:
        raise BadInput([str(error)]) from None
    except build.UnsupportedFormat as error:
        raise UsageProblem(str(error)) from None
    finally:
        workspace.close()
    out = args.out
    if out is None and args.format != "json":  # a PDF or workbook is never sent to a terminal
        out = Path(
            build.default_file_name(args.kind, args.start, args.end, args.format, args.municipality)
        )
    _write_output(data, out)
    if out is not None:
        print(f"Rapport geschreven: {out}", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from sodesk.storage.backup import BackupError, backup

    workspace = open_workspace(args.database)
    try:
        backup(workspace.engine, args.file)
    except BackupError as error:
        raise BadInput([str(error)]) from None
    finally:
        workspace.close()
    print(f"Kopie gemaakt: {args.file}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sodesk.storage.backup import BackupError, restore

    if not args.file.exists():
        raise BadInput([f"{args.file}: bestaat niet"])
    workspace = open_workspace(args.database, migrate=False)
    try:
        restore(workspace.engine, args.file)
    except BackupError as error:
        raise BadInput([str(error)]) from None
    finally:
        workspace.close()
    print(f"Teruggezet uit: {args.file}", file=sys.stderr)
    return 0
