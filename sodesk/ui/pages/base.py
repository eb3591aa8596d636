"""What every page of the main window has: a title, the shared context, and a refresh.

Besides, what several pages share so that each says it once: the header row (the title on
the left, choosers and actions on the right), the page's jobs (a newer one cancels the older,
and only the newest's result arrives) and the unsaved-changes question asked before a page
with unsaved edits is left or its context changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget

from sodesk.domain.period import Period
from sodesk.services.report_client import ReportClient
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Job, JobRunner, Work
from sodesk.ui.widgets.fields import button_row

# the answers of the unsaved-changes question
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


@dataclass
class Context:
    """What the header of the window chose, shared by every page."""

    workspace: Workspace
    jobs: JobRunner
    period: Period
    municipality: str | None = None
    # the report process heavy reports are computed in (None: in the page's own job)
    reports: ReportClient | None = None
    # who signed in (None: a database without users, or the preview without a log-in)
    user: SignedIn | None = None


def ask_save_discard(parent: QWidget, title: str, text: str) -> str:
    """Ask with Save, Discard and Cancel buttons; the answer is SAVE, DISCARD or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    save = box.addButton(
        QCoreApplication.translate("Page", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Page", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("Page", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save:
        return SAVE
    if box.clickedButton() is discard:
        return DISCARD
    return CANCEL


def ask_standard(parent: QWidget, title: str, text: str) -> str:
    """The same question through QMessageBox.question (Qt's own button texts, Save default)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, text, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
    )
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer, CANCEL)


class Page(QWidget):
    """A page in the stacked area; ``refresh`` is called when it shows or the context changes."""

    #: the object name also names the page's screenshot file
    key = "page"
    #: emitted when the page has finished loading what ``refresh`` asked for
    loaded = Signal()
    #: the user asked to import a file (the window opens the import dialog)
    import_requested = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(self.key)

    #: the page's main job while one runs (see ``start_job``)
    _job: Job | None = None

    def title(self) -> str:
        """The page's name, as the navigation shows it (sodesk.ui.page_registry)."""
        from sodesk.ui.page_registry import spec_of  # the registry imports no page

        return spec_of(self.key).title()

    def who(self) -> SignedIn | None:
        """The signed-in user (None without a log-in: screenshots and tests may do all)."""
        return getattr(self.context, "user", None)

    # -- the header ----------------------------------------------------------------------------
    def heading_label(self) -> QLabel:
        """The page's title as its header, in the one style of every page (ui/style.py)."""
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(self.title())
        return heading

    def header_row(
        self, right: Sequence[QWidget] = (), left: Sequence[QWidget] = ()
    ) -> QHBoxLayout:
        """The header: the title, ``left`` beside it, then ``right`` against the right edge."""
        top = button_row(left, right)
        if left:
            top.insertSpacing(0, 12)
        top.insertWidget(0, self.heading_label())
        return top

    def status_line(self, name: str) -> QLabel:
        """The line under the header that says what the page did or could not do."""
        status = QLabel()
        status.setObjectName(name)
        status.setWordWrap(True)
        return status

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Load what the page shows for the current context (off the UI thread if slow);
        ``force`` loads again when the data changed underneath (an import)."""

    def is_busy(self) -> bool:
        """True while the page is still loading (screenshots and tests wait for it)."""
        return False

    def start_job(
        self,
        slot: str,
        work: Work,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> Job:
        """Run ``work`` off the UI thread as the page's job in the attribute ``slot``.

        A job still in ``slot`` is cancelled; ``succeeded`` (the result) or ``failed`` (the
        message) is called for the newest job only, after ``slot`` is None again, so that
        ``is_busy`` already says whether anything else still runs.
        """
        previous = getattr(self, slot, None)
        if previous is not None:
            previous.cancel()
        job = Job(work)

        def current() -> bool:
            if getattr(self, slot) is not job:
                return False  # an older request's answer
            setattr(self, slot, None)
            return True

        def on_success(result: object) -> None:
            if current():
                succeeded(result)

        def on_failure(message: str, _details: str) -> None:
            if current():
                failed(message)

        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(on_failure)
        setattr(self, slot, self.context.jobs.start(job))
        return job

    def finished_one(self) -> None:
        """One of the page's jobs ended: ``loaded`` once none runs any more."""
        if not self.is_busy():
            self.loaded.emit()

    # -- leaving -------------------------------------------------------------------------------
    def can_leave(self) -> bool:
        """False when the user chose to stay (a page with unsaved changes asks first)."""
        return True

    def unsaved_question(self) -> tuple[str, str]:
        """The title and text of the page's unsaved-changes question (in the page's words)."""
        raise NotImplementedError

    def ask_unsaved(self) -> str:
        """Ask what to do with unsaved changes: SAVE, DISCARD or CANCEL (tests replace it)."""
        return ask_save_discard(self, *self.unsaved_question())

    def leave_unsaved(
        self,
        dirty: bool,
        save: Callable[[], bool],
        discard: Callable[[], object],
        ask: Callable[[], str] | None = None,
    ) -> bool:
        """True when the page may be left: nothing ``dirty``, saved, or discarded on request.

        ``ask`` puts the question (the page's ``ask_unsaved`` by default); Save leaves only
        when ``save`` wrote, Discard calls ``discard`` and leaves, Cancel stays.
        """
        if not dirty:
            return True
        answer = (ask or self.ask_unsaved)()
        if answer == SAVE:
            return save()
        if answer == DISCARD:
            discard()
            return True
        return False

    def is_saving(self) -> bool:
        """True while a save of this page runs in a job (the page cannot be left meanwhile)."""
        return False

    def wait_for_save(self) -> None:
        """Keep the event loop running until this page's save has ended (the window closing)."""
