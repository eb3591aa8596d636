"""What every page of the main window has: a title, the shared context, and a refresh."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from sodesk.domain.period import Period
from sodesk.services.report_client import ReportClient
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import JobRunner


@dataclass
class Context:
    """What the header of the window chose, shared by every page."""

    workspace: Workspace
    jobs: JobRunner
    period: Period
    municipality: str | None = None
    #: the report process heavy reports are computed in (None: in the page's own job)
    reports: ReportClient | None = None


class Page(QWidget):
    """A page in the stacked area; ``refresh`` is called when it shows or the context changes."""

    #: the object name also names the page's screenshot file
    key = "page"
    #: emitted when the page has finished loading what ``refresh`` asked for
    loaded = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(self.key)

    def title(self) -> str:
        raise NotImplementedError

    def heading_label(self) -> QLabel:
        """The page's title as its header, in the one style of every page (ui/style.py)."""
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(self.title())
        return heading

    def refresh(self) -> None:
        """Load what the page shows for the current context (off the UI thread if slow)."""

    def can_leave(self) -> bool:
        """False when the user chose to stay (a page with unsaved changes asks first)."""
        return True

    def is_busy(self) -> bool:
        """True while the page is still loading (screenshots and tests wait for it)."""
        return False

    def is_saving(self) -> bool:
        """True while a save of this page runs in a job (the page cannot be left meanwhile)."""
        return False

    def wait_for_save(self) -> None:
        """Keep the event loop running until this page's save has ended (the window closing)."""
