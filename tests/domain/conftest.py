"""Fixtures for the domain tests (factories live in tests/domain/factories.py)."""

from __future__ import annotations

import pytest

from sodesk.domain.parameters import ParameterSet
from tests.domain.factories import reference_parameters


@pytest.fixture
def params() -> ParameterSet:
    """The reference parameters."""
    return reference_parameters()
