"""PDF reports (rapporten als PDF) with reportlab platypus: a small toolkit and renderers.

The toolkit, shared by the activity report and the municipal report:

* :mod:`.fonts`: DejaVu Sans registered once (Helvetica fallback with a warning).
* :mod:`.styles`: colours and paragraph styles; :func:`text`, :func:`keep` and
  :func:`counted` for running text.
* :mod:`.document`: :class:`ReportDocument` (A4, cover / portrait / landscape page
  templates, report title in the header, company and "pagina x van y" in the footer),
  :func:`portrait`, :func:`landscape`, ``PORTRAIT_WIDTH``, ``LANDSCAPE_WIDTH``.
* :mod:`.tables`: :func:`figure_table` with :class:`Column`, :class:`FigureRow`,
  :class:`RowKind` and the cell makers :func:`money`, :func:`pct`, :func:`num`.
* :mod:`.charts`: :func:`bar_chart` with :class:`Bar`.
* :mod:`.incomplete_box`: :func:`report_cover` (the cover, with the "Onvolledig" box when
  the report lacks parameters).
* :mod:`.pages`: :func:`cover_page`, :func:`key_figures` (tiles) and
  :func:`accountability_pages` (Verantwoording: parameters by Dutch name through
  :mod:`sodesk.reports.parameter_labels`, warnings in plain Dutch through
  :mod:`sodesk.reports.finding_texts` and :mod:`.warning_groups`).
* :mod:`.glossary`: :func:`glossary_pages` (Begrippenlijst), the very last section.

Renderers: :func:`render_activities_pdf` (:mod:`.activities`) and
:func:`render_municipal_pdf` (:mod:`.municipal`, pages 4-8 in :mod:`.municipal_parts`).

Every figure is formatted by :mod:`sodesk.domain.display`; nothing here rounds or computes.
Renderers return bytes; callers write them with ``sodesk.reports.files.write_atomically``.
"""

from sodesk.reports.pdf.activities import render_activities_pdf
from sodesk.reports.pdf.municipal import render_municipal_pdf

__all__ = ["render_activities_pdf", "render_municipal_pdf"]
