"""The calculation engine: the company run as a pure function of plain records.

Layers: :mod:`sodesk.domain` holds the rules of one worker-month; the engine applies them to
a whole company and period (:func:`sodesk.engine.run.run`), fed by a source that reads
(:class:`sodesk.engine.run.Source`, the database's in :mod:`sodesk.storage.company_source`);
the reports build their tables from its :class:`~sodesk.engine.run.CompanyRun`. No database,
Qt or file format is known here.
"""
