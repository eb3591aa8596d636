"""English source names of the domain's codes, translated through Qt like every visible string.

The Dutch translation of each is the domain's own Dutch label (``enum.label``), filled into
the shipped .ts file by scripts/update_translations.py, so the two cannot drift apart.
Keyed per enum class: two StrEnum members with the same code ("other") are equal as strings.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from sodesk.domain.enums import GuidanceKind, RateUnit, TargetGroup, WorkType
from sodesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

ENGLISH: dict[type[Enum], dict[Enum, str]] = {
    WorkType: {
        WorkType.SHELTERED_INSIDE: QT_TRANSLATE_NOOP("Labels", "Sheltered inside"),
        WorkType.WORK_ON_LOCATION: QT_TRANSLATE_NOOP("Labels", "Work on location"),
        WorkType.GROUP_SECONDMENT: QT_TRANSLATE_NOOP("Labels", "Group secondment"),
        WorkType.INDIVIDUAL_SECONDMENT: QT_TRANSLATE_NOOP("Labels", "Individual secondment"),
        WorkType.SUPPORTED_EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Supported employment"),
    },
    TargetGroup: {
        TargetGroup.SHELTERED: QT_TRANSLATE_NOOP("Labels", "Sheltered work"),
        TargetGroup.WSW: QT_TRANSLATE_NOOP("Labels", "Wsw"),
        TargetGroup.JOBS_AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Jobs agreement"),
        TargetGroup.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    GuidanceKind: {
        GuidanceKind.WORK_FLOOR: QT_TRANSLATE_NOOP("Labels", "Work-floor guidance"),
        GuidanceKind.LIFE_DOMAINS: QT_TRANSLATE_NOOP("Labels", "Guidance on life domains"),
        GuidanceKind.JOB_COACHING: QT_TRANSLATE_NOOP("Labels", "Job coaching"),
        GuidanceKind.INDUCTION: QT_TRANSLATE_NOOP("Labels", "Induction"),
        GuidanceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other guidance"),
    },
    RateUnit: {
        RateUnit.HOUR: QT_TRANSLATE_NOOP("Labels", "per hour"),
        RateUnit.PIECE: QT_TRANSLATE_NOOP("Labels", "per piece"),
        RateUnit.MONTH: QT_TRANSLATE_NOOP("Labels", "per month"),
    },
}


def label(member: Enum) -> str:
    """The member's name in the application's language."""
    return QCoreApplication.translate(CONTEXT, ENGLISH[type(member)][member])
