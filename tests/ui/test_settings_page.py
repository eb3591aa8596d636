"""The Settings page as a controller and an administrator use it: read, add, change, say why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.domain.enums import Role
from sodesk.domain.period import Period
from sodesk.services import parameters as svc
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.ui.jobs import JobRunner
from sodesk.ui.pages.base import Context
from sodesk.ui.pages.settings import SettingsPage
from sodesk.ui.widgets.settings_editor import ParameterDialog, ask_reason

PASSWORD = "lang-genoeg-1"


def _open(qtbot: QtBot, workspace: Workspace, role: Role | None) -> SettingsPage:
    """The page as MainWindow builds it, for a user signed in with ``role`` (None: nobody)."""
    who: SignedIn | None = None
    if role is not None:
        svc.create_first_administrator(workspace, "beheer", "Bea Beheer", PASSWORD)
        if role is not Role.ADMINISTRATOR:
            svc.add_user(workspace.sessions, "gebruiker", "Gert Gebruiker", role, PASSWORD)
            who = svc.sign_in_workspace(workspace, "gebruiker", PASSWORD)
        else:
            who = svc.sign_in_workspace(workspace, "beheer", PASSWORD)
    jobs = JobRunner()
    context = Context(workspace, jobs, Period.year(2025))
    context.user = who  # type: ignore[attr-defined]
    page = SettingsPage(context)
    page._test_jobs = jobs  # type: ignore[attr-defined]  # keep the runner alive
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()
    return page


@pytest.fixture
def controller_page(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[SettingsPage]:
    page = _open(qtbot, demo_workspace, Role.CONTROLLER)
    yield page
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)


def answer_reason(qtbot: QtBot, text: str | None) -> list[str]:
    """Answer the next reason question (the real QInputDialog) with ``text``; None cancels."""
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or dialog.objectName() != "reasonDialog":
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.labelText())
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    QTimer.singleShot(0, answer)
    return asked


def _rows(workspace: Workspace, table: type) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _texts(page: SettingsPage, key: str) -> list[list[str]]:
    proxy = page.show_kind(key).proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_every_parameter_shows_as_a_dutch_table(
    controller_page: SettingsPage, qtmodeltester: Callable
) -> None:  # type: ignore[type-arg]
    page = controller_page
    assert page.title() == "Instellingen"
    assert [page.kinds.item(r).text() for r in range(page.kinds.count())] == [
        "Minimumloon",
        "LKS-parameters",
        "Vaste regelingen",
        "Bedrijfsjaren",
        "Opslagen",
        "AOW-leeftijd",
    ]
    wml = _texts(page, "minimum_wage")
    assert wml[-1][:3] == ["01-01-2026", "€ 14,71", "per uur"]
    assert wml[9][:3] == ["01-07-2023", "€ 1.995,00", "per maand"]
    assert _texts(page, "lks")[-1][1:4] == ["8 %", "70 %", "23,5 %"]
    sheltered = next(r for r in _texts(page, "regimes") if r[0] == "Beschut werk vanaf 2028")
    assert sheltered[1:4] == ["01-01-2028", "68 %", "ja"]
    assert _texts(page, "pension_age")[-1][1] == "67 jaar en 3 maanden"
    assert _texts(page, "company_years")  # the demo company has its years
    # the shipped tables' remarks in Dutch, not as their CSV files write them
    assert "vanaf 22 jaar; voltijd bruto zonder vakantiegeld" in wml[0]
    shown = " ".join(
        " ".join(str(cell) for cell in row)
        for key in ("minimum_wage", "lks", "regimes", "pension_age")
        for row in _texts(page, key)
    )
    assert "gepubliceerd" in shown and "wetsvoorstel" in shown
    for english in ("age 22", "published", "announced", "verify", "workers with", "law "):
        assert english not in shown, english
    for table in page.tables.values():
        qtmodeltester.check(table.model)
        qtmodeltester.check(table.proxy)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    # a controller reads no audit log
    assert tabs == ["Gedateerde parameters", "Algemeen", "Periodes"]


def test_the_next_half_year_is_added_with_a_reason(
    controller_page: SettingsPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    table = controller_page.show_kind("minimum_wage")
    filled: list[ParameterDialog] = []

    def fill_editor() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ParameterDialog):
            QTimer.singleShot(20, fill_editor)
            return
        filled.append(dialog)
        assert dialog.values()["valid_from"] == dt.date(2026, 7, 1)  # the next half year
        assert dialog.values()["unit"] == "hour"
        dialog.inputs["amount"].setText("15,01")  # type: ignore[attr-defined]
        asked.extend(answer_reason(qtbot, "Staatscourant mei 2026"))
        dialog.save_button.click()

    asked: list[str] = []
    QTimer.singleShot(0, fill_editor)
    with qtbot.waitSignal(controller_page.loaded, timeout=30_000):
        table.add_button.click()
    assert filled
    assert "Opgeslagen: Minimumloon (01-07-2026)" in controller_page.status.text()
    assert _texts(controller_page, "minimum_wage")[-1][:3] == ["01-07-2026", "€ 15,01", "per uur"]
    with demo_workspace.sessions() as session:
        logged = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == "minimum_wage", t.AuditRow.field == "amount"
            )
        ).all()
    newest = max(logged, key=lambda r: r.id)
    assert (newest.user, newest.reason) == ("gebruiker", "Staatscourant mei 2026")


def test_a_bad_value_is_refused_beside_its_field_and_nothing_is_asked_or_written(
    controller_page: SettingsPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    before = _rows(demo_workspace, t.MinimumWageRow)
    dialog = controller_page.show_kind("minimum_wage").make_editor(adding=True)
    assert dialog is not None
    qtbot.addWidget(dialog)
    asked: list[object] = []
    dialog.ask_reason = lambda parent: asked.append(parent)  # type: ignore[assignment,func-returns-value]
    dialog.inputs["amount"].setText("veertien")  # type: ignore[attr-defined]
    dialog.submit()
    message = dialog.messages["amount"]
    assert not message.isHidden() and "veertien" in message.text()
    assert asked == [] and dialog.result() == 0
    dialog.inputs["amount"].setText("15,01")  # type: ignore[attr-defined]
    dialog.ask_reason = ask_reason  # the real question again
    asked_text = answer_reason(qtbot, None)  # the user cancels the reason: nothing is written
    dialog.submit()
    assert asked_text == ["Waarom deze wijziging? De reden komt in het wijzigingslogboek."]
    assert _rows(demo_workspace, t.MinimumWageRow) == before
    assert dialog.result() == 0


def test_an_existing_date_is_refused_after_the_reason(
    controller_page: SettingsPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    dialog = controller_page.show_kind("minimum_wage").make_editor(adding=True)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.inputs["valid_from"].setDate(dt.date(2026, 1, 1))  # type: ignore[attr-defined]
    dialog.inputs["amount"].setText("14,99")  # type: ignore[attr-defined]
    answer_reason(qtbot, "dubbel")
    dialog.submit()
    assert "al een regel" in dialog.messages["valid_from"].text()
    with demo_workspace.sessions() as session:
        assert session.get(t.MinimumWageRow, dt.date(2026, 1, 1)).amount == Decimal("14.71")


def test_a_change_keeps_the_key_and_the_administrator_sees_it_in_the_changes(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.ADMINISTRATOR)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Gedateerde parameters",
        "Algemeen",
        "Wijzigingen",
        "Periodes",
        "Gebruikers",
    ]
    table = page.show_kind("company_years")
    table.table.selectRow(table.proxy.rowCount() - 1)
    year = table.selected().year
    dialog = table.make_editor(adding=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.inputs["year"].isEnabled()
    dialog.inputs["employer_charges"].setText("27,5 %")  # type: ignore[attr-defined]
    answer_reason(qtbot, "jaarrekening")
    dialog.submit()
    assert dialog.result() == ParameterDialog.DialogCode.Accepted
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh(force=True)
    assert page.changes is not None
    proxy = page.changes.proxy
    first = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    # in words a user reads: Dutch table and field, a decimal comma
    assert first[1:5] == ["beheer", "bedrijfsjaar", str(year), "werkgeverslasten"]
    assert first[5].endswith("→ 0,275") and first[6] == "jaarrekening"
    assert "27,5 %" in _texts(page, "company_years")[-1]
    assert proxy.rowCount() <= svc.AUDIT_ROWS
    texts = " ".join(str(proxy.index(r, 5).data()) for r in range(page.changes.model.rowCount()))
    assert "$argon2" not in texts


def test_users_are_added_with_a_role_and_blocked(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from sodesk.ui.widgets.settings_users import AddUserDialog

    page = _open(qtbot, demo_workspace, Role.ADMINISTRATOR)
    users = page.users
    assert users is not None
    assert [users.proxy.index(r, 0).data() for r in range(users.proxy.rowCount())] == ["beheer"]
    dialog = AddUserDialog(demo_workspace.sessions, page)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.username.setText("coach.anouk")
    form.display_name.setText("Anouk de Coach")
    form.role.setCurrentIndex(form.role.findData(Role.JOB_COACH))
    form.password.setText("kort")
    form.repeat.setText("anders")
    dialog.submit()
    assert form.messages["repeat"].text() == "De twee wachtwoorden verschillen."
    form.repeat.setText("kort")
    dialog.submit()
    assert "minstens 10 tekens" in form.messages["password"].text()
    form.password.setText("zomer-2025-x")
    form.repeat.setText("zomer-2025-x")
    dialog.submit()
    assert dialog.created is not None and dialog.created.role is Role.JOB_COACH
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        users.changed.emit("Gebruiker coach.anouk toegevoegd.")
    row = next(
        r for r in range(users.proxy.rowCount()) if users.proxy.index(r, 0).data() == "coach.anouk"
    )
    assert [users.proxy.index(row, c).data() for c in range(4)] == [
        "coach.anouk",
        "Anouk de Coach",
        "Jobcoach",
        "actief",
    ]
    users.table.selectRow(row)
    users.confirm = lambda _parent, question: "coach.anouk" in question  # type: ignore[assignment]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        users.block_button.click()
    assert users.proxy.index(row, 3).data() == "geblokkeerd"
    # the log of these changes in Dutch: not users/active/True/job_coach
    assert page.changes is not None
    logged = [
        [page.changes.proxy.index(r, c).data() for c in range(2, 6)]
        for r in range(page.changes.proxy.rowCount())
    ]
    assert ["gebruiker", logged[0][1], "actief", "ja → nee"] in logged
    assert any(line[0] == "gebruiker" and line[2:] == ["rol", "– → Jobcoach"] for line in logged)
    words = " ".join(" ".join(line) for line in logged)
    for english in ("users", "active", "True", "job_coach", "nieuw"):
        assert english not in words.split(), english
    own = next(
        r for r in range(users.proxy.rowCount()) if users.proxy.index(r, 0).data() == "beheer"
    )
    users.table.selectRow(own)
    users.confirm = lambda _parent, _question: True  # type: ignore[assignment]
    users.block_button.click()
    assert "eigen account" in users.message.text()


def test_a_locked_account_shows_locked_and_the_administrator_unlocks_it(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from sodesk.services.users import LoginFailed, SignInLocked

    page = _open(qtbot, demo_workspace, Role.ADMINISTRATOR)
    svc.add_user(demo_workspace.sessions, "coach.anouk", "Anouk", Role.JOB_COACH, "zomer-2025-x")
    other_desk = open_workspace(str(demo_workspace.url))
    for _ in range(10):
        with pytest.raises(LoginFailed):
            svc.sign_in_workspace(other_desk, "coach.anouk", "fout-wachtwoord")
    users = page.users
    assert users is not None
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        users.changed.emit("")
    row = next(
        r for r in range(users.proxy.rowCount()) if users.proxy.index(r, 0).data() == "coach.anouk"
    )
    assert users.proxy.index(row, 3).data() == "vergrendeld"
    users.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        users.unlock_button.click()
    assert users.proxy.index(row, 3).data() == "actief"
    assert svc.sign_in_workspace(other_desk, "coach.anouk", "zomer-2025-x").role is Role.JOB_COACH
    with pytest.raises(LoginFailed) as wrong:
        svc.sign_in_workspace(other_desk, "coach.anouk", "fout-wachtwoord")
    assert not isinstance(wrong.value, SignInLocked)
    other_desk.close()


def test_a_manager_reads_but_does_not_change_and_nobody_signed_in_is_a_preview(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.MANAGER)
    table = page.show_kind("minimum_wage")
    assert not table.add_button.isEnabled() and table.make_editor(adding=True) is None
    assert "Wijzigingen" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert page.general.role.text() == "Manager"
    preview = SettingsPage(Context(demo_workspace, page.context.jobs, page.context.period))
    qtbot.addWidget(preview)
    assert preview.general.who.text().startswith("Niemand")
    assert [preview.tabs.tabText(i) for i in range(preview.tabs.count())] == [
        "Gedateerde parameters",
        "Algemeen",
        "Periodes",
    ]


def test_language_and_database_are_kept_for_the_next_start(
    controller_page: SettingsPage,
) -> None:
    general = controller_page.general
    assert "geheim" not in general.current.text() and general.current.text().startswith("sqlite")
    general.language.setCurrentIndex(general.language.findData("en"))
    general.language.activated.emit(general.language.currentIndex())
    assert QSettings().value("language") == "en"
    assert "volgende start" in general.language_note.text()
    general.next_url.setText("mysql://iemand@server/db")
    assert not general.store_database_url()
    assert "mysql" in general.database_message.text()
    general.next_url.setText("postgresql://sodesk@dbserver/sodesk")
    assert general.store_database_url()
    assert QSettings().value("database_url") == "postgresql://sodesk@dbserver/sodesk"
    general.next_url.setText("")
    assert general.store_database_url()
    assert QSettings().value("database_url") is None
    QSettings().remove("language")
