"""The two tables of the import dialog: rows per file after a good check, or every problem.

Both are :class:`RecordTableModel` over the service's records (FileCount, ImportProblem), so
they sort on raw values through ValueSortProxy: a row number as a number, an absent row (a
problem of a whole file) first. ``problems_as_text`` is what the copy button puts on the
clipboard: tab-separated with a header, so it pastes into a spreadsheet as columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from sodesk.services.imports import ImportProblem
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel, figure_column

_C = "ImportDialog"


def _optional(value: object) -> str:
    return "" if value is None else str(value)


def _one_line(value: str | None) -> str:
    """A cell value on one line: line breaks and tabs shown as escapes (as the CLI does)."""
    if value is None:
        return ""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)


PROBLEM_FIELDS: tuple[Field, ...] = (
    Field(QT_TRANSLATE_NOOP("ImportDialog", "File"), lambda p: p.file),
    figure_column(QT_TRANSLATE_NOOP("ImportDialog", "Row"), lambda p: p.row, _optional),
    Field(QT_TRANSLATE_NOOP("ImportDialog", "Column"), lambda p: _optional(p.column)),
    Field(QT_TRANSLATE_NOOP("ImportDialog", "Value"), lambda p: _one_line(p.value)),
    Field(QT_TRANSLATE_NOOP("ImportDialog", "Problem"), lambda p: p.message),
)

COUNT_FIELDS: tuple[Field, ...] = (
    Field(QT_TRANSLATE_NOOP("ImportDialog", "File"), lambda c: c.file),
    figure_column(QT_TRANSLATE_NOOP("ImportDialog", "Rows"), lambda c: c.rows, str),
)


def problem_model(parent: object = None) -> RecordTableModel:
    """File, row, column, value and message of each problem."""
    return RecordTableModel(_C, PROBLEM_FIELDS, parent)


def count_model(parent: object = None) -> RecordTableModel:
    """File and rows of each file of a good check."""
    return RecordTableModel(_C, COUNT_FIELDS, parent)


def problems_as_text(problems: Sequence[ImportProblem]) -> str:
    """Tab-separated lines with a translated header, for the clipboard."""
    header = [QCoreApplication.translate(_C, f.header) for f in PROBLEM_FIELDS]
    lines = ["\t".join(header)]
    lines += ["\t".join(f.text(p) for f in PROBLEM_FIELDS) for p in problems]
    return "\n".join(lines) + "\n"
