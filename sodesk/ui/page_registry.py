"""The pages of the main window in navigation order, by name, so each is imported and built
only when it is first shown.

Why: at start-up the user sees the Overview only, yet importing the nine page modules (with
their reports, charts and services) and building their widgets is a large part of the time
until the window appears, and keeps the UI thread from yielding to the Overview's report
job. The navigation needs only each page's key and title, which are here;
a page's title is translated in its class's context, and ``Page.title()`` is read here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sodesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the pages ask this module for their titles
    from sodesk.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """Where a page's class lives and what the navigation calls it."""

    key: str
    module: str
    class_name: str
    title_source: str  # English; the page's ``title()`` is this, translated
    group: str = ""  # a key of GROUPS: the part of the user's work the page belongs to

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        assert page_class.key == self.key, (page_class.key, self.key)
        return page_class


def _spec(key: str, class_name: str, title: str, group: str) -> PageSpec:
    return PageSpec(key, f"sodesk.ui.pages.{key}", class_name, title, group)


#: the navigation's groups, by the user's work, in order; the pages of a group follow each
#: other in PAGES
GROUPS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("Navigation", "Daily work"),
    "money": QT_TRANSLATE_NOOP("Navigation", "Money"),
    "municipal": QT_TRANSLATE_NOOP("Navigation", "Municipalities"),
    "admin": QT_TRANSLATE_NOOP("Navigation", "Administration"),
}


def group_title(group: str) -> str:
    return QCoreApplication.translate("Navigation", GROUPS[group])


PAGES: tuple[PageSpec, ...] = (
    _spec("overview", "OverviewPage", QT_TRANSLATE_NOOP("OverviewPage", "Overview"), "daily"),
    _spec("workers", "WorkersPage", QT_TRANSLATE_NOOP("WorkersPage", "Workers"), "daily"),
    _spec("hours", "HoursPage", QT_TRANSLATE_NOOP("HoursPage", "Hours"), "daily"),
    _spec("guidance", "GuidancePage", QT_TRANSLATE_NOOP("GuidancePage", "Guidance"), "daily"),
    _spec(
        "activities", "ActivitiesPage", QT_TRANSLATE_NOOP("ActivitiesPage", "Activities"), "money"
    ),
    _spec("analyses", "AnalysesPage", QT_TRANSLATE_NOOP("AnalysesPage", "Analyses"), "money"),
    _spec(
        "municipalities",
        "MunicipalitiesPage",
        QT_TRANSLATE_NOOP("MunicipalitiesPage", "Municipalities"),
        "municipal",
    ),
    _spec("reports", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports"), "municipal"),
    _spec("settings", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings"), "admin"),
)


def spec_of(key: str) -> PageSpec:
    """The spec of the page ``key``."""
    return next(spec for spec in PAGES if spec.key == key)
