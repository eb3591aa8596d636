"""sodesk: profitability, subsidies and guidance for Dutch social development companies.

The package is layered: ``domain`` (pure rules over Decimal) <- ``storage`` (SQLAlchemy,
Alembic) <- ``reports`` (data objects and their JSON, PDF and Excel renderers) <-
``services`` (use cases) <- ``ui`` (PySide6) and ``cli`` (headless commands).
"""

__version__ = "0.1.0"
