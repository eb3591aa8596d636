"""An explanation (herkomst) as JSON, CSV or an Excel workbook.

Why: the same rows go to a script (JSON), a spreadsheet (CSV, the JSON's row keys as
header) or a controller (Excel). Amounts, hours and shares stay unrounded: the rows must add
up to the total exactly, which rounded rows would not. In CSV and Excel, text that begins
with ``=``, ``+``, ``-`` or ``@`` (an activity code, a parameter value typed by a user) is
never taken for a formula: CSV prefixes it with a quote, Excel stores it as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from sodesk.domain import display
from sodesk.reports.cells import csv_field, workbook_bytes
from sodesk.reports.explain import ExplainRow, Explanation
from sodesk.reports.json_format import dumps

ROW_KEYS = (
    "personnel_number",
    "month",
    "amount",
    "paid_hours",
    "productive_hours",
    "share",
    "wage_value",
    "minimum_wage",
    "regime",
    "parameters",
    "source",
)


def value_text(value: object) -> object:
    """A value for JSON: Decimal as its exact text, dates in ISO, enums by their code."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def row_json(row: ExplainRow) -> dict[str, Any]:
    return {
        "personnel_number": row.personnel_number,
        "month": f"{row.month:%Y-%m}",
        "amount": str(row.amount),
        "paid_hours": value_text(row.paid_hours),
        "productive_hours": value_text(row.productive_hours),
        "share": value_text(row.share),
        "wage_value": value_text(row.wage_value),
        "minimum_wage": value_text(row.minimum_wage),
        "regime": row.regime,
        "parameters": {name: value_text(v) for name, v in row.parameters.items()},
        "source": row.source,
    }


def explanation_json(explanation: Explanation) -> dict[str, Any]:
    """The JSON of INTERFACES.md: activity (or municipality), figure, period, total, rule,
    rows."""
    return {
        "activity": explanation.code if explanation.subject == "activity" else None,
        "municipality": explanation.code if explanation.subject == "municipality" else None,
        "figure": explanation.figure,
        "from": explanation.period.start.isoformat(),
        "to": explanation.period.end.isoformat(),
        "total": str(explanation.total),
        "rule": explanation.rule,
        "rows": [row_json(row) for row in explanation.rows],
    }


def render_json(explanation: Explanation) -> bytes:
    return dumps(explanation_json(explanation))


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(csv_field(str(value)))


def render_csv(explanation: Explanation) -> bytes:
    """One line per row, the JSON's row keys as header, ``,`` between fields (UTF-8 with a
    byte-order mark, so Excel reads the accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ROW_KEYS)
    numbers = {"amount", "paid_hours", "productive_hours", "share", "wage_value", "minimum_wage"}
    for row in explanation.rows:
        data = row_json(row)
        writer.writerow(
            ["" if data[k] is None else data[k] if k in numbers else _csv_text(data[k])
             for k in ROW_KEYS]
        )  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


EXCEL_HEADERS = (
    ("Personeelsnummer", 16),
    ("Maand", 10),
    ("Bedrag", 16),
    ("Betaalde uren", 12),
    ("Productieve uren", 12),
    ("Aandeel", 10),
    ("Loonwaarde", 11),
    ("WML per uur", 11),
    ("Regime", 16),
    ("Bron", 34),
    ("Parameters", 80),
)
_TABLE_ROW = 6


def parameters_text(parameters: dict[str, object]) -> str:
    """The parameters of a row as one Dutch line: ``naam = waarde; ...``."""
    return "; ".join(f"{name} = {_dutch(value)}" for name, value in parameters.items())


def _dutch(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, dt.date):
        return display.date_nl(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def render_xlsx(explanation: Explanation) -> bytes:
    """One sheet "Herkomst": what is explained, the rule, the total, then the rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from sodesk.reports.excel import NUMBER
    from sodesk.reports.excel_style import EURO, HEADER_FILL, HEADER_FONT, PERCENT

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Herkomst"
    amount_format = NUMBER if explanation.is_hours else EURO
    head = [
        f"Herkomst: {explanation.figure_name} van {explanation.name}",
        f"Periode {display.date_nl(explanation.period.start)} t/m "
        f"{display.date_nl(explanation.period.end)}",
        explanation.rule,
    ]
    for number, text in enumerate(head, start=1):
        _text(sheet.cell(row=number, column=1), text)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    sheet.cell(row=3, column=1).alignment = Alignment(wrap_text=False)
    sheet.cell(row=4, column=1, value="Totaal").font = Font(bold=True)
    total = sheet.cell(row=4, column=3, value=explanation.total)
    total.number_format = amount_format
    total.font = Font(bold=True)
    for column, (title, width) in enumerate(EXCEL_HEADERS, start=1):
        cell = sheet.cell(row=_TABLE_ROW, column=column, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{_TABLE_ROW + 1}"
    for index, row in enumerate(explanation.rows, start=_TABLE_ROW + 1):
        values: list[tuple[object, str | None]] = [
            (row.personnel_number, None),
            (f"{row.month:%Y-%m}", None),
            (row.amount, amount_format),
            (row.paid_hours, NUMBER),
            (row.productive_hours, NUMBER),
            (row.share, PERCENT),
            (row.wage_value, PERCENT),
            (row.minimum_wage, EURO),
            (row.regime, None),
            (row.source, None),
            (parameters_text(row.parameters), None),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=index, column=column)
            if isinstance(value, str):
                _text(cell, value)
            else:
                cell.value = value
                if number_format and value is not None:
                    cell.number_format = number_format
    return workbook_bytes(workbook)


def _text(cell: Any, text: str) -> None:
    """Text as text: :func:`workbook_bytes` keeps it from becoming a formula."""
    cell.value = text


RENDERERS = {"json": render_json, "csv": render_csv, "xlsx": render_xlsx}
