"""The sort proxy keeps rows that already stand in the wanted order as they are (Qt then
compares nothing), and sorts them whenever they do not: after a load, a change of a value,
a search and its clearing, in both directions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.models.sort_proxy import ValueSortProxy


@dataclass(frozen=True)
class Row:
    name: str
    amount: Decimal | None


FIELDS = (
    Field("Name", lambda r: r.name),
    Field("Amount", lambda r: "" if r.amount is None else str(r.amount), lambda r: r.amount),
)


def _shown(proxy: ValueSortProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


@pytest.fixture
def proxy(qapp: QApplication) -> ValueSortProxy:
    model = RecordTableModel("Test", FIELDS)
    proxy = ValueSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    model.setParent(proxy)
    return proxy


def test_rows_in_order_keep_the_source_order_without_a_qt_sort(
    proxy: ValueSortProxy, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    model = proxy.sourceModel()
    model.set_rows([Row("Anja", Decimal(3)), Row("Bram", None), Row("Cor", Decimal(1))])
    assert _shown(proxy) == ["Anja", "Bram", "Cor"]
    assert proxy.sortColumn() == 0  # what the user asked for
    assert QSortFilterProxyModel.sortColumn(proxy) == -1  # Qt's own: the source order
    qtmodeltester.check(proxy)


def test_rows_out_of_order_are_sorted_and_sorted_again_after_a_load(
    proxy: ValueSortProxy,
) -> None:
    model = proxy.sourceModel()
    model.set_rows([Row("Anja", Decimal(1))])
    model.set_rows([Row("Cor", Decimal(1)), Row("Anja", Decimal(2)), Row("Bram", None)])
    assert _shown(proxy) == ["Anja", "Bram", "Cor"]
    assert QSortFilterProxyModel.sortColumn(proxy) == 0
    model.set_rows([Row("Anja", Decimal(1)), Row("Bram", Decimal(2))])  # in order again
    assert _shown(proxy) == ["Anja", "Bram"]
    assert QSortFilterProxyModel.sortColumn(proxy) == -1


def test_other_columns_and_descending_order_sort_on_raw_values(proxy: ValueSortProxy) -> None:
    model = proxy.sourceModel()
    model.set_rows([Row("Anja", Decimal(10)), Row("Bram", None), Row("Cor", Decimal(9))])
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == ["Bram", "Cor", "Anja"]  # None first, 9 before 10
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["Cor", "Bram", "Anja"]
    assert proxy.sortOrder() == Qt.SortOrder.DescendingOrder
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == ["Anja", "Bram", "Cor"]


def test_a_search_and_its_clearing_keep_the_order(proxy: ValueSortProxy) -> None:
    model = proxy.sourceModel()
    model.set_rows([Row(name, None) for name in ("Anja", "Anne", "Bram", "Cor", "Corrie")])
    proxy.set_search("co")
    assert _shown(proxy) == ["Cor", "Corrie"]
    proxy.set_search("")
    assert _shown(proxy) == ["Anja", "Anne", "Bram", "Cor", "Corrie"]
