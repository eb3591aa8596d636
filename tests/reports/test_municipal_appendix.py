"""The municipal PDF's appendix "Hoe de cijfers tot stand komen": per figure the rule, the
parameters and the totals per work type and wage-value band, adding up to the report's
figures, without a name or personnel number. Also: an explanation never carries a BSN.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from pypdf import PdfReader
from sqlalchemy import select

from sodesk.domain import display
from sodesk.domain.money import ZERO, cents
from sodesk.domain.period import Period
from sodesk.reports.explain_format import render_json
from sodesk.reports.explain_origin import APPENDIX_FIGURES, BANDS, WORK_TYPES, municipal_origin
from sodesk.services import explain as explain_service
from sodesk.services import reports
from sodesk.services.report_data import build_municipal_report, trace_period
from sodesk.services.workspace import Workspace
from sodesk.storage import report_queries
from sodesk.storage import tables as t

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_the_groups_add_up_to_each_municipal_figure(demo_workspace: Workspace) -> None:
    company = demo_workspace.company_name()
    with demo_workspace.sessions() as session:
        trace = trace_period(session, YEAR, company)
        for code in report_queries.municipalities(session):
            report = build_municipal_report(session, YEAR, company, code)
            origin = municipal_origin(trace, code, report.parameters)
            assert [f.figure for f in origin.figures] == list(APPENDIX_FIGURES)
            for f in origin.figures:
                expected = cents(getattr(report.finance.figures, f.figure))
                assert cents(f.total) == expected, (code, f.figure)
                assert cents(sum(f.by_band.values(), ZERO)) == expected, (code, f.figure)
                assert tuple(f.by_work_type)[: len(WORK_TYPES)] == WORK_TYPES
                assert tuple(f.by_band)[: len(BANDS)] == BANDS
            lks = origin.figures[0]
            names = {p.name for p in lks.parameters}
            assert {"Wettelijk minimumloon per uur", "Opslag werkgeverslasten (LKS)"} <= names
            assert sum(1 for amount in lks.by_band.values() if amount) >= 2


def test_the_pdf_appendix_reads_back_without_names_or_numbers(
    demo_workspace: Workspace,
) -> None:
    with demo_workspace.sessions() as session:
        workers = session.execute(
            select(t.WorkerRow.personnel_number, t.WorkerRow.first_name, t.WorkerRow.last_name)
        ).all()
        code = next(iter(report_queries.municipalities(session)))
        finance = build_municipal_report(
            session, YEAR, demo_workspace.company_name(), code
        ).finance.figures
    data = reports.render(demo_workspace, "municipal", YEAR.start, YEAR.end, "pdf", code)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    first = next(i for i, page in enumerate(pages) if "Hoe de cijfers tot stand komen" in page)
    appendix = " ".join(" ".join(pages[first:]).split())
    end = appendix.find("Verantwoording")
    assert end > 0, "the appendix comes before the accountability pages"
    appendix = appendix[:end]
    for heading, amount in (
        ("Loonkostensubsidie (LKS)", finance.lks),
        ("Begeleidingsvergoeding", finance.guidance_subsidy),
        ("Netto toegevoegde waarde (NTW)", finance.ntw),
        ("Kosten", finance.cost),
        ("Resultaat", finance.result),
    ):
        assert f"{heading}: {display.euro(amount)}" in appendix
    for words in ("Beschut binnen", "20-30 %", "60 % en hoger", "Wettelijk minimumloon per uur",
                  "Werkgeverslasten", "R6", "--municipality"):  # fmt: skip
        assert words in appendix, words
    assert not re.search(r"P\d{5}", appendix)
    for number, first_name, last_name in workers:
        assert number not in appendix
        assert f"{first_name} {last_name}" not in appendix and last_name not in appendix


def test_an_explanation_never_carries_a_bsn(demo_workspace: Workspace) -> None:
    with demo_workspace.sessions() as session:
        bsns = [b for b in session.scalars(select(t.WorkerRow.bsn)) if b]
    assert bsns
    for figure in ("lks", "wage_cost", "result"):
        explanation = explain_service.explain(
            demo_workspace, None, YEAR.start, YEAR.end, figure, municipality="GM0001"
        )
        text = render_json(explanation).decode()
        assert json.loads(text)["rows"]
        assert not any(bsn in text for bsn in bsns)
