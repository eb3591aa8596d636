"""The ``sodesk`` command: the desktop application without arguments, headless subcommands
with (INTERFACES.md "Command line"). Exit status: 0 done, 1 bad input, 2 usage error.

Headless commands import no Qt, so a controller's monthly batch starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from sodesk import __version__
from sodesk.domain.workforce import DEFAULT_CRITICAL_MASS

OK, BAD_INPUT, USAGE, CRASHED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"sodesk: {message}", file=sys.stderr)
        raise SystemExit(USAGE)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum (JJJJ-MM-DD)") from None


def _month(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen maand (JJJJ-MM)") from None


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="database-URL (anders SODESK_DATABASE_URL, anders het "
        "SQLite-bestand in de gebruikersmap)",
    )
def _size(text: str) -> tuple[int, int]:
    """``1920x1080`` as (1920, 1080), the window size of ``sodesk screenshots``."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"'{text}' is geen venstergrootte (bijv. 1920x1080)")
    return size


def _sign_in_options(parser: argparse.ArgumentParser, user: object, stdin: object) -> None:
    parser.add_argument(
        "--user",
        metavar="NAAM",
        default=user,
        help="meld u aan als NAAM (verplicht als de database gebruikers heeft; dezelfde "
        "rechten als in het venster)",
    )
    parser.add_argument(
        "--password-stdin",
        dest="user_password_stdin",
        action="store_true",
        default=stdin,
        help="lees het wachtwoord van --user van de standaardinvoer (anders een prompt)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sodesk",
        description="sodesk: rendement, subsidies en begeleiding "
        "voor sociaal ontwikkelbedrijven. Zonder opdracht opent het venster.",
    )
    parser.add_argument("--version", action="version", version=f"sodesk {__version__}")
    _database_option(parser, None)
    _sign_in_options(parser, None, False)
    # the same options after the subcommand too (not for db: its --password-stdin is the
    # database login's); SUPPRESS keeps a value given before the subcommand
    signed = _Parser(add_help=False)
    _database_option(signed, argparse.SUPPRESS)
    _sign_in_options(signed, argparse.SUPPRESS, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", parents=[signed], help="vul de database met een fictief bedrijf")
    demo.add_argument("--workers", type=int, default=400)
    demo.add_argument("--years", type=int, default=1)
    demo.add_argument("--seed", type=int, default=1)
    demo_end = demo.add_mutually_exclusive_group()
    demo_end.add_argument(
        "--end-year",
        type=int,
        help="laatste kalenderjaar van de demogegevens, tot en met 31 december "
        "(standaard: het huidige jaar, tot en met gisteren)",
    )
    demo_end.add_argument(
        "--until",
        type=_date,
        metavar="DATUM",
        help="laatste dag van de demogegevens, JJJJ-MM-DD (standaard: gisteren)",
    )
    demo.add_argument(
        "--if-empty", action="store_true", help="doe niets als de database al gegevens bevat"
    )

    imp = sub.add_parser(
        "import", parents=[signed], help="lees een map met CSV-bestanden of een .xlsx in"
    )
    imp.add_argument("path", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="controleer alleen; schrijf niets")
    imp.add_argument(
        "--profile",
        type=Path,
        metavar="BESTAND",
        help="lees de export van een ander systeem met dit importprofiel (.toml); "
        "zonder: het eigen formaat van sodesk",
    )

    report = sub.add_parser("report", parents=[signed], help="maak een rapport")
    report.add_argument("kind", choices=["activities", "municipal", "questionnaire", "outlook"])
    report.add_argument("--from", dest="start", type=_date, required=True)
    report.add_argument("--to", dest="end", type=_date, required=True)
    report.add_argument("--format", choices=["json", "pdf", "xlsx"], default="json")
    report.add_argument("--out", type=Path)
    report.add_argument("--municipality", metavar="CODE")
    report.add_argument(
        "--critical-mass",
        type=int,
        metavar="N",
        help="bij outlook: het minste aantal personen per werksoort "
        f"(standaard {DEFAULT_CRITICAL_MASS})",
    )

    explain = sub.add_parser(
        "explain",
        parents=[signed],
        help="toon de medewerker-maanden achter één cijfer (herkomst)",
        description="De medewerker-maanden (of facturen en inkopen) achter één cijfer van het "
        "activiteitenrapport of de gemeenterapportage, met de regel en de parameters; de "
        "rijen tellen op tot het cijfer.",
    )
    explain.add_argument("kind", choices=["activities"])
    subject = explain.add_mutually_exclusive_group(required=True)
    subject.add_argument(
        "--activity", metavar="CODE", help="activiteit of non-productive:WERKSOORT"
    )
    subject.add_argument("--municipality", metavar="CODE", help="gemeentecode")
    explain.add_argument("--figure", metavar="FIELD", required=True, help="bijv. lks, wage_cost")
    explain.add_argument("--from", dest="start", type=_date, required=True)
    explain.add_argument("--to", dest="end", type=_date, required=True)
    explain.add_argument("--format", choices=["json", "xlsx", "csv"], default="json")
    explain.add_argument("--out", type=Path)

    verify = sub.add_parser(
        "verify",
        parents=[signed],
        help="geeft de database van vandaag hetzelfde rapport als dit bestand?",
        description="Leest de vingerafdruk van een rapport (JSON, PDF of Excel), maakt het "
        "rapport opnieuw en zegt of het gelijk is; zo niet, welke maanden en cijfers "
        "verschillen. Exit 0: gelijk, 1: verschilt of onleesbaar bestand.",
    )
    verify.add_argument("file", type=Path, metavar="BESTAND")

    db = sub.add_parser(
        "db",
        help="databasebeheer",
        description="upgrade: breng het schema bij. grant [LOGIN]: geef de groepsrol "
        "(PostgreSQL) de rechten die een werkplek nodig heeft en maak LOGIN daarin aan.",
    )
    _database_option(db, argparse.SUPPRESS)
    db.add_argument("action", choices=["upgrade", "grant"])
    db.add_argument("login", nargs="?", help="bij grant: de databaselogin van een gebruiker")
    db.add_argument("--group", default="sodesk_users", help="bij grant: de groepsrol")
    db.add_argument(
        "--print", action="store_true", help="bij grant: toon de opdrachten, voer niets uit"
    )
    db.add_argument(
        "--password-stdin",
        action="store_true",
        help="bij grant: lees het wachtwoord van LOGIN van de standaardinvoer",
    )

    period = sub.add_parser(
        "period",
        parents=[signed],
        help="maandafsluiting: sluit maanden af, heropen ze of toon ze",
        description="close JJJJ-MM: sluit die maand af en elke eerdere open maand (na een "
        "controle; met onvolledigheden alleen met --force). reopen JJJJ-MM --reason TEKST: "
        "heropen die maand en elke latere afgesloten maand. list: de maanden met hun status.",
    )
    period.add_argument("action", choices=["close", "reopen", "list"])
    period.add_argument("month", nargs="?", type=_month, metavar="JJJJ-MM")
    period.add_argument(
        "--force", action="store_true", help="bij close: sluit af ondanks de onvolledigheden"
    )
    period.add_argument("--reason", metavar="TEKST", help="bij reopen: waarom (verplicht)")
    period.add_argument(
        "--format", choices=["table", "json"], default="table", help="bij list (standaard table)"
    )

    backup = sub.add_parser(
        "backup", parents=[signed], help="maak een consistente kopie van de database"
    )
    backup.add_argument("file", type=Path)
    restore = sub.add_parser("restore", parents=[signed], help="zet een kopie terug")
    restore.add_argument("file", type=Path)

    shots = sub.add_parser(
        "screenshots", parents=[signed], help="sla van elke pagina een PNG op"
    )
    shots.add_argument("dir", type=Path)
    shots.add_argument("--lang", choices=["nl", "en"], default="nl")
    shots.add_argument(
        "--size",
        type=_size,
        default=(1366, 768),
        metavar="BxH",
        help="venstergrootte, bijv. 1920x1080 (standaard 1366x768)",
    )
    shots.add_argument(
        "--palette",
        choices=["light", "dark", "system"],
        default="system",
        help="licht, donker of zoals het systeem (standaard)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # a frozen build's executable is also its spawned processes' (report, company run)
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from sodesk.services.report_client import start_reports

        # first: the report process imports (and computes, for a named SQLite file) while Qt
        # starts here
        reports = start_reports(args.database)
        from sodesk.ui.app import run_app

        return run_app(args.database, reports)
    from sodesk.services import commands

    if args.command == "screenshots":
        from sodesk.ui.screenshots import save_screenshots

        try:
            return save_screenshots(
                args.database,
                args.dir,
                args.lang,
                user=args.user,
                password_stdin=args.user_password_stdin,
                size=args.size,
                palette=None if args.palette == "system" else args.palette,
            )
        except commands.BadInput as error:
            for line in error.lines:
                print(line, file=sys.stderr)
            return BAD_INPUT
    from sodesk.services.database import DatabaseNotUsable, unreachable
    from sodesk.services.logs import log_unexpected
    from sodesk.services.periods import ClosedMonthError
    from sodesk.services.permissions import PermissionDenied

    handler = getattr(commands, f"cmd_{args.command}")
    try:
        return int(handler(args))
    except commands.BadInput as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return BAD_INPUT
    except commands.UsageProblem as error:
        print(f"sodesk: {error}", file=sys.stderr)
        return USAGE
    except PermissionDenied as refused:  # the signed-in role may not: as in the window
        print(f"sodesk: {refused.message}", file=sys.stderr)
        return BAD_INPUT
    except ClosedMonthError as refused:  # a change inside a closed month
        print(f"sodesk: {refused.message}", file=sys.stderr)
        return BAD_INPUT
    except DatabaseNotUsable as error:  # too new, or an old schema this login may not upgrade
        print(f"sodesk: {error}", file=sys.stderr)
        return BAD_INPUT
    except Exception as error:
        detail = unreachable(error)
        if detail is not None:  # locked, unreachable, refused: the user can act
            print(f"sodesk: de database is niet bereikbaar of bezet: {detail}", file=sys.stderr)
            return BAD_INPUT
        # a bug: details to the log, a short message here
        path = log_unexpected(error)
        print(
            f"sodesk: onverwachte fout ({type(error).__name__}: {error}); details in {path}",
            file=sys.stderr,
        )
        return CRASHED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
