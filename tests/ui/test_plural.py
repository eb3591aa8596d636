"""Counts read as Dutch: "1 regel", "2 regels", never "1 regels"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sodesk.ui.plural import counted


def test_one_and_many_use_their_own_translated_phrase(dutch_app: QApplication) -> None:
    one = QApplication.translate("HoursPage", "%1 worker over their contract")
    many = QApplication.translate("HoursPage", "%1 workers over their contract")
    assert counted(1, one, many) == "1 medewerker boven het contract"
    assert counted(0, one, many) == "0 medewerkers boven hun contract"
    assert counted(12, one, many) == "12 medewerkers boven hun contract"
    line = QApplication.translate("ActivitiesPage", "%1 line below cost price")
    lines = QApplication.translate("ActivitiesPage", "%1 lines below cost price")
    assert counted(1, line, lines) == "1 regel onder de kostprijs"
