"""Gemeenten: every municipality with its regime, target, realisation and waiting list.

The list on the left shows per municipality the LKS regime, the target of the period's year
and the realisation on the period's last day (or today, when earlier): persons and jobs of
31 hours (R10), and the waiting list. The card on the right edits the regime and the figures
per year (Ctrl+S saves both in one transaction, in a job while the window stays responsive;
a save based on an old version is refused with a message), keeps the waiting list, and
shows realisation per year up to 2030. Municipalities whose function-wage basis was carried
over from an older version's default are named above the list until the controller confirms
or changes the choice on their card (R2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import LksRegime
from sodesk.services import municipalities as svc
from sodesk.services.errors import InputRejected
from sodesk.services.imports import may_import
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.input_texts import input_text
from sodesk.ui.jobs import Cancelled, Progress
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.parts import current_record, find_row, sorted_table, two_panes
from sodesk.ui.saving import SaveRunner
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.empty_state import EmptyState
from sodesk.ui.widgets.municipality_card import MunicipalityCardView
from sodesk.ui.widgets.origin_dialog import may_explain, open_origin


def regime_text(settings: svc.RegimeSettings) -> str:
    if settings.regime is LksRegime.FIXED:
        return QCoreApplication.translate("MunicipalitiesPage", "Fixed %1").replace(
            "%1", display.percent(settings.fixed_fraction)
        )
    return QCoreApplication.translate("MunicipalitiesPage", "Measured")


LIST = (
    Field(QT_TRANSLATE_NOOP("MunicipalitiesPage", "Code"), lambda r: r.code),
    Field(QT_TRANSLATE_NOOP("MunicipalitiesPage", "Name"), lambda r: r.name),
    Field(QT_TRANSLATE_NOOP("MunicipalitiesPage", "Region"), lambda r: r.region or ""),
    Field(QT_TRANSLATE_NOOP("MunicipalitiesPage", "LKS regime"), lambda r: regime_text(r.settings)),
    figure_column(
        QT_TRANSLATE_NOOP("MunicipalitiesPage", "Target"),
        lambda r: r.target,
        lambda target: "–" if target is None else str(target),
    ),
    figure_column(QT_TRANSLATE_NOOP("MunicipalitiesPage", "Persons"), lambda r: r.persons, str),
    figure_column(
        QT_TRANSLATE_NOOP("MunicipalitiesPage", "Jobs (31 h)"),
        lambda r: r.jobs_31h,
        lambda jobs: display.number(jobs, 1),
    ),
    figure_column(
        QT_TRANSLATE_NOOP("MunicipalitiesPage", "Waiting list"), lambda r: r.waiting, str
    ),
)


@dataclass(frozen=True)
class MunicipalitiesView:
    on: dt.date
    municipalities: list[svc.MunicipalitySummary]
    cards: dict[int, svc.MunicipalityCard]


class MunicipalitiesPage(Page):
    key = "municipalities"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._reloading_saved = False  # the settings were written; the fresh card is on the way
        self._loaded_for: dt.date | None = None
        self._want: int | None = None
        self.view: MunicipalitiesView | None = None
        self.model = RecordTableModel("MunicipalitiesPage", LIST, self)
        self.saving = SaveRunner(self.context.jobs, self)
        self._build()
        self.saving.lock(self.save, self.discard, self.table, self.card.regime)
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.save = QPushButton(self.tr("Save settings"))
        self.save.setToolTip(self.tr("Save the regime and the figures per year (Ctrl+S)"))
        self.discard = QPushButton(self.tr("Discard changes"))
        layout.addLayout(self.header_row([self.saving.bar, self.discard, self.save]))
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.status = self.status_line("municipalitiesStatus")
        layout.addWidget(self.status)
        self.review = QLabel()
        self.review.setObjectName("lwBasisToReview")
        self.review.setWordWrap(True)
        self.review.setStyleSheet("font-weight: bold;")
        set_tone(self.review, "warning")
        self.review.setVisible(False)
        layout.addWidget(self.review)
        layout.addWidget(self._build_list_and_card(), 1)
        self.empty = EmptyState(
            self.tr("No municipalities yet: import municipalities.csv."),
            importable=may_import(self.who()),
            centred=False,
        )
        self.empty.import_requested.connect(self.import_requested)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        self._show_dirty()

    def _build_list_and_card(self) -> QSplitter:
        """The list over the card of the selected municipality (the card needs the width)."""
        self.table, self.proxy = sorted_table(self.model, self)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.card = MunicipalityCardView(self.context.workspace, self.context.jobs)
        self.card.waiting.who = self.who()
        return two_panes(self.table, self.card, (170, 470), (1, 3), vertical=True)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.save.clicked.connect(self.save_settings)
        self.discard.clicked.connect(self._discard)
        self.card.regime.edited.connect(self._show_dirty)
        self.card.regime.confirm_requested.connect(lambda: self.save_settings(confirm_basis=True))
        self.card.waiting.saved.connect(self._waiting_saved)
        if may_explain(self.who()):  # Herkomst: money roles only
            self.card.add_origin_tab()
            self.card.explain_requested.connect(
                lambda code, figure: open_origin(self, self.context, "municipality", code, figure)
            )
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_settings)

    # -- loading -------------------------------------------------------------------------------
    def _on(self) -> dt.date:
        return min(self.context.period.end, dt.date.today())

    def refresh(self, force: bool = False) -> None:
        on = self._on()
        if not force and on == self._loaded_for and self._job is None:
            return
        if not self.can_leave():
            return
        self._load()

    def is_busy(self) -> bool:
        return self._job is not None or self.is_saving()

    def _load(self) -> None:
        workspace, on, today = self.context.workspace, self._on(), dt.date.today()
        who = self.who()
        self._want = self._want or self._selected_id()

        def work(_progress: Progress, _cancelled: Cancelled) -> MunicipalitiesView:
            with workspace.sessions() as session:
                rows = svc.municipality_list(session, on, who=who)
                cards = {}
                for row in rows:
                    card = svc.municipality_card(session, row.id, on, today, who=who)
                    if card is not None:
                        cards[row.id] = card
                return MunicipalitiesView(on, rows, cards)

        self.start_job("_job", work, self._loaded, self._failed)

    def _loaded(self, view: MunicipalitiesView) -> None:
        self._reloading_saved = False
        self._loaded_for = view.on
        self.view = view
        want, self._want = self._want, None
        self.model.set_rows(view.municipalities)
        self.caption.setText(
            self.tr("Target of %1 and realisation on %2 (persons and jobs of 31 hours).")
            .replace("%1", str(view.on.year))
            .replace("%2", display.date_nl(view.on))
        )
        self.empty.setVisible(not view.municipalities)
        to_review = [f"{m.code} {m.name}" for m in view.municipalities if m.lw_basis_to_review]
        self.review.setText(
            self.tr("Confirm or change the wage-value basis (function wage) of: %1").replace(
                "%1", ", ".join(to_review)
            )
        )
        self.review.setVisible(bool(to_review))
        self.select(want)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(
            self.tr("The municipalities could not be read: %1").replace("%1", message)
        )
        self.loaded.emit()

    def _selected_id(self) -> int | None:
        record = current_record(self.table)
        return None if record is None else record.id

    def select(self, municipality_id: int | None) -> None:
        """Select the municipality (the first when None or unknown) and show its card."""
        row = find_row(self.proxy, lambda r: municipality_id is None or r.id == municipality_id)
        if row is None and self.proxy.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._show(self.proxy.index(row, 0).data(ROW_ROLE).id)

    def _show(self, municipality_id: int) -> None:
        if self.view is None or municipality_id not in self.view.cards:
            return
        self.card.show_card(self.view.cards[municipality_id], self.view.on)
        self._show_dirty()

    def _selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        shown = self.card.card.summary.id if self.card.card else None
        if record is None or record.id == shown:
            return
        if not self.can_leave():
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectionModel().blockSignals(False)
            return
        self._show(record.id)

    # -- saving --------------------------------------------------------------------------------
    def _show_dirty(self) -> None:
        dirty = self.card.regime.is_dirty()
        self.save.setEnabled(dirty)
        self.discard.setEnabled(dirty)
        if dirty:
            self.status.setText(self.tr("Unsaved changes: Ctrl+S saves them."))

    def is_saving(self) -> bool:
        return self.saving.is_running() or self.card.waiting.saving.is_running()

    def wait_for_save(self) -> None:
        self.saving.wait()
        self.card.waiting.saving.wait()

    def save_settings(self, confirm_basis: bool = False) -> bool:
        """Start saving the regime and the changed years in one transaction, in a job; False
        when no save starts (a percentage that does not parse is refused at once). The outcome
        shows when the job ends (``saving.finished`` says whether it wrote). With
        ``confirm_basis`` the settings as shown also confirm an inherited function wage."""
        card = self.card.card
        if card is None or self.is_saving():
            return False
        self.card.regime.years.setFocus()  # an open cell editor commits first
        try:
            settings = self.card.regime.settings()
        except InputRejected as error:
            self.card.regime.message.say(input_text(error.findings[0]))
            return False
        except ValueError as error:  # the fixed percentage as typed
            self.card.regime.message.say(str(error))
            return False
        sessions, summary = self.context.workspace.sessions, card.summary
        who = self.who()
        years = self.card.regime.years_model.changes()

        def work() -> int | InputRejected:
            try:
                return svc.save_municipality(
                    sessions, summary.id, summary.version, settings, years, confirm_basis, who=who
                )
            except InputRejected as error:  # a refusal, shown beside the form
                return error

        self.status.setText(self.tr("Saving %1…").replace("%1", summary.name))
        self.saving.start(
            work,
            lambda result: self._saved(summary, result),
            self._save_failed,
            focus=self.card.regime.years,
        )
        return True

    def _saved(
        self, summary: svc.MunicipalitySummary, result: int | InputRejected
    ) -> bool:
        if isinstance(result, InputRejected):
            self.status.clear()
            self.card.regime.message.say(result.message)
            self._show_dirty()
            return False
        self.card.regime.message.clear_message()
        self.status.setText(
            self.tr("Saved: %1 (version %2).")
            .replace("%1", summary.name)
            .replace("%2", str(result))
        )
        self._want = summary.id
        self.save.setEnabled(False)  # until the fresh card (and its version) arrives
        self._load()
        self._reloading_saved = True
        return True

    def _save_failed(self, message: str) -> None:
        self.status.setText(self.tr("The settings could not be saved: %1").replace("%1", message))
        self._show_dirty()

    def _discard(self) -> None:
        if self.card.card is not None and self.view is not None:
            self.card.show_card(self.card.card, self.view.on)
        self.status.setText(self.tr("Changes discarded."))
        self._show_dirty()

    def _waiting_saved(self, _entry: int) -> None:
        self.status.setText(self.tr("Waiting list saved."))
        self._load()

    def can_leave(self) -> bool:
        if self.is_saving():
            self.status.setText(self.tr("Saving: wait until it is saved."))
            return False
        reloading = self._reloading_saved and self._job is not None  # saved: nothing to lose
        return self.leave_unsaved(
            self.card.regime.is_dirty() and not reloading,
            lambda: self.save_settings() and self.saving.wait(),
            self._discard,
        )

    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Unsaved settings"),
            self.tr("The municipality's settings have unsaved changes. Save them?"),
        )
