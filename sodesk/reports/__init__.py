"""Reports: a plain data object per report (the same one that becomes the JSON), built from
domain rules over aggregated storage reads, and renderers (JSON, PDF, Excel) over it."""
