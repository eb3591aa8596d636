"""No English in the Dutch window and no Dutch in the English one: every page, as each role
sees it on demo data.

Every widget's text, tooltip, placeholder and title, every combo item and tab, every table's
headers and first rows are read and their words checked against English words that are no
Dutch words. Domain-made sentences count too: the shipped parameter remarks, the audit log
of a new user who was then blocked (users/active/True/job_coach), warnings with dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QListWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sodesk.domain.enums import Role
from sodesk.services import parameters as svc
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui import i18n
from sodesk.ui.screenshots import screenshot_window

PASSWORD = "lang-genoeg-1"

#: English words that are no Dutch words (nor names, codes or keys on a keyboard)
_WORDS = """the and with not yes save cancel true false hour hours month months piece pieces users
    user active published age look files delete add edit choose all none from this that are
    your you select close show hide error warning unknown missing required name number value
    rate price page settings overview workers worker activities activity guidance
    municipality municipalities reports report loss profit result wage employment placement
    measurement measured people person persons weeks year years day days law announced verify
    should would could please click sheltered inside location secondment supported target
    group groups allowance surcharge outlook below above until since only there here new
    file quit exit back next previous"""
#: not listed: "help", the Dutch name of the Help menu too (as Windows and Qt name it in Dutch)
ENGLISH = frozenset(_WORDS.split())
#: file names and technical names a user may meet as they are
#: file names, addresses and folders (a folder a test made may be named after the test)
NAMES = re.compile(r"\S+\.(?:csv|md|xlsx|pdf|json|sqlite3)\b|https?://\S+|(?:[A-Za-z]:)?[\\/]\S+")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _texts(root: QWidget, rows: bool = True) -> set[str]:
    found: set[str] = set()
    for widget in (root, *root.findChildren(QWidget)):
        for name in ("text", "toolTip", "placeholderText", "windowTitle", "title"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    found.add(value)
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QListWidget):
            found |= {widget.item(i).text() for i in range(widget.count())}
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found |= _model_texts(widget, rows)
        found |= {action.text() for action in widget.actions() if action.text()}
    return found


def _model_texts(view: QAbstractItemView, rows: bool = True) -> set[str]:
    model, root = view.model(), QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model
        columns = 1
    found = set()
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            found.add(header)
    for row in range(min(model.rowCount(root), 40) if rows else 0):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str) and value:
                    found.add(value)
    return found


def english_in(text: str) -> list[str]:
    return [w for w in WORD.findall(NAMES.sub("", text)) if w.lower() in ENGLISH]


def test_the_word_list_finds_english_and_passes_dutch() -> None:
    assert english_in("users → active: True → False") == ["users", "active", "True", "False"]
    assert english_in("age 22 and over; full-time gross") == ["age", "and"]
    assert english_in("Nog geen gemeenten: importeer municipalities.csv.") == []
    assert english_in("2 regels, 17,75 uur deze week; open einde, of over") == []


#: Dutch words that are no English words, for the English window (not "gemeente": the
#: municipalities' names in the data are "Gemeente ...", which stay as they are)
_DUTCH = """uren uur gemeenten medewerker medewerkers activiteit activiteiten begeleiding
    instellingen opslaan annuleren verwijderen nieuw nieuwe wijzigen periode maand maanden jaar
    jaren weken dagen niet geen alle voor met zonder vanaf bedrag totaal resultaat verlies winst
    loonwaarde beschut plaatsing dienstverband overzicht rapporten bestand gebruiker gebruikers
    actief waar onwaar nee kies toevoegen sluiten tonen fout waarschuwing onbekend ontbreekt
    verplicht naam nummer waarde tarief prijs pagina werknemers gegevens gemeten afgerond
    gepubliceerd aangekondigd volwassenen zie bij"""
DUTCH = frozenset(_DUTCH.split())


def dutch_in(text: str) -> list[str]:
    return [w for w in WORD.findall(NAMES.sub("", text)) if w.lower() in DUTCH]


def _signed_in(workspace: Workspace, role: Role) -> SignedIn:
    """An administrator, and ``role``'s user beside them (a job coach named as the coach of
    the demo's caseloads); the second signed in."""
    svc.create_first_administrator(workspace, "beheer", "Bea Beheer", PASSWORD)
    admin = svc.sign_in_workspace(workspace, "beheer", PASSWORD)
    svc.add_user(
        workspace.sessions, "coach.anouk", "Anouk de Coach", Role.JOB_COACH, PASSWORD, who=admin
    )
    svc.deactivate_user(workspace.sessions, "coach.anouk", "beheer", who=admin)
    if role is Role.ADMINISTRATOR:
        return admin
    name = {Role.JOB_COACH: _a_coach(workspace)}.get(role, f"De {role.value}")
    username = role.value.replace("_", "-")
    svc.add_user(workspace.sessions, username, name, role, PASSWORD, who=admin)
    return svc.sign_in_workspace(workspace, username, PASSWORD)


def _a_coach(workspace: Workspace) -> str:
    from sodesk.services.guidance import coaches

    with workspace.sessions() as session:
        return coaches(session)[0]


def _foreign_words(
    qtbot: QtBot,
    workspace: Workspace,
    who: SignedIn,
    found_in: Callable[[str], list[str]],
    rows: bool = True,
) -> dict[str, list[str]]:
    window = screenshot_window(workspace, who)
    qtbot.addWidget(window)
    foreign: dict[str, list[str]] = {}
    for page in window.pages:
        window.show_page(page.key)
        qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=120_000)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=120_000)
        for text in _texts(page, rows):
            if words := found_in(text):
                foreign[f"{page.key}: {text[:120]}"] = words
    for text in _texts(window, rows):
        if words := found_in(text):
            foreign[f"window: {text[:120]}"] = words
    return foreign


ROLES = [Role.ADMINISTRATOR, Role.CONTROLLER, Role.MANAGER, Role.JOB_COACH]


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_no_english_word_on_any_page_of_the_dutch_window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, role: Role
) -> None:
    who = _signed_in(demo_workspace, role)
    assert _foreign_words(qtbot, demo_workspace, who, english_in) == {}


@pytest.fixture
def english_app(dutch_app: QApplication) -> Iterator[QApplication]:
    """The application in English for one test, Dutch again afterwards."""
    for translator in dutch_app._sodesk_translators:  # type: ignore[attr-defined]
        dutch_app.removeTranslator(translator)
    dutch_app._sodesk_translators = i18n.install(dutch_app, "en")  # type: ignore[attr-defined]
    try:
        yield dutch_app
    finally:
        dutch_app._sodesk_translators = i18n.install(dutch_app, "nl")  # type: ignore[attr-defined]
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def test_the_dutch_word_list_finds_dutch_and_passes_english() -> None:
    assert dutch_in("Nieuwe regel opslaan") == ["Nieuwe", "opslaan"]
    assert dutch_in("Gemeente Lindenhoven: 12 hours this week, all municipalities") == []


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.JOB_COACH], ids=["admin", "coach"])
def test_no_dutch_word_on_any_page_of_the_english_window(
    english_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, role: Role
) -> None:
    """The window's own texts and table headers; not the tables' rows: the data (names,
    notes, the shipped reference's remarks, the audit log's values) stay as they were entered."""
    who = _signed_in(demo_workspace, role)
    foreign = _foreign_words(qtbot, demo_workspace, who, dutch_in, rows=False)
    assert foreign == {}


def _overview_with_findings(qtbot: QtBot, workspace: Workspace) -> set[str]:
    """The overview page's texts with every kind of the domain's findings as its warnings
    (the demo has none to show)."""
    from dataclasses import replace

    from sodesk.services.overview import overview_of
    from sodesk.services.report_data import build_activity_report
    from sodesk.ui.pages.overview import OverviewPage
    from tests.ui.test_domain_finding_texts import _findings

    window = screenshot_window(workspace, _signed_in(workspace, Role.CONTROLLER))
    qtbot.addWidget(window)
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=120_000)
    with workspace.sessions() as session:
        report = build_activity_report(session, window.context.period, workspace.company_name())
    findings = [f for f in _findings() if not f.code.startswith("outlook.")]
    page._show_period_line(overview_of(replace(report, warnings=findings)))
    tip = page.period_line.toolTip().splitlines()
    assert len(tip) == len({f.code for f in findings}) > 10
    return _texts(page, rows=False)


def test_the_english_window_says_the_domains_findings_in_english(
    english_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    texts = _overview_with_findings(qtbot, demo_workspace)
    assert {text: dutch_in(text) for text in texts if dutch_in(text)} == {}


def test_the_dutch_window_says_the_domains_findings_in_dutch(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    texts = _overview_with_findings(qtbot, demo_workspace)
    assert {text: english_in(text) for text in texts if english_in(text)} == {}
