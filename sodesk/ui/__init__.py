"""The PySide6 desktop application. Nothing outside ``sodesk.ui`` and the entry points
imports this package (an import-linter contract)."""
