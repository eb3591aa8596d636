"""Every table of sodesk, imported here so that ``Base.metadata`` knows them all."""

from sodesk.storage.tables.admin import AuditRow, ImportRunRow, UserRow
from sodesk.storage.tables.organisation import (
    ActivityRow,
    ClientRow,
    MunicipalityRow,
    MunicipalityYearRow,
    RateRow,
    WaitingListRow,
)
from sodesk.storage.tables.people import (
    EmploymentRow,
    PlacementRow,
    WageValueRow,
    WageValueTaskRow,
    WorkerRow,
)
from sodesk.storage.tables.periods import ClosedMonthRow
from sodesk.storage.tables.reference import (
    CompanyYearRow,
    FixedRegimeRow,
    LksParameterRow,
    MinimumWageRow,
    NationalRealisationRow,
    NationalTargetRow,
    OverheadRateRow,
    PensionAgeRow,
    RegionRow,
    SettingRow,
    WorkTypeMixRow,
)
from sodesk.storage.tables.results import MonthResultRow
from sodesk.storage.tables.work import (
    GuidanceRow,
    HourRow,
    PeriodEntryRow,
    ProductionRow,
    PurchaseRow,
    RevenueRow,
)

__all__ = [
    "ActivityRow",
    "AuditRow",
    "ClientRow",
    "ClosedMonthRow",
    "CompanyYearRow",
    "EmploymentRow",
    "FixedRegimeRow",
    "GuidanceRow",
    "HourRow",
    "ImportRunRow",
    "LksParameterRow",
    "MinimumWageRow",
    "MonthResultRow",
    "MunicipalityRow",
    "MunicipalityYearRow",
    "NationalRealisationRow",
    "NationalTargetRow",
    "OverheadRateRow",
    "PensionAgeRow",
    "PeriodEntryRow",
    "PlacementRow",
    "ProductionRow",
    "PurchaseRow",
    "RateRow",
    "RegionRow",
    "RevenueRow",
    "SettingRow",
    "UserRow",
    "WageValueRow",
    "WageValueTaskRow",
    "WaitingListRow",
    "WorkTypeMixRow",
    "WorkerRow",
]
