"""Dated statutory figures, national tables and the company's yearly parameters.

The statutory and national rows come from ``resources/reference`` (see its SOURCES.md) and
are loaded on first start; a controller may correct or add rows (the minimum wage from
1 July 2026 was not known when the table was made).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sodesk.domain.enums import WorkType
from sodesk.storage.base import Base, Fraction, Hours, Money, Price
from sodesk.storage.enum_type import enum_column_type


class MinimumWageRow(Base):
    """Wettelijk minimumloon (WML): an hourly amount from 2024, monthly before."""

    __tablename__ = "minimum_wage"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)
    valid_from: Mapped[dt.date] = mapped_column(primary_key=True)
    amount: Mapped[Price]
    unit: Mapped[str] = mapped_column(
        String(10), CheckConstraint("unit IN ('hour', 'month')", name="unit")
    )
    note: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(String(300))


class LksParameterRow(Base):
    """Loonkostensubsidie parameters: holiday allowance, cap, employer-cost surcharge."""

    __tablename__ = "lks_parameters"
    valid_from: Mapped[dt.date] = mapped_column(primary_key=True)
    holiday_allowance: Mapped[Fraction]
    cap_fraction_of_wml: Mapped[Fraction]
    employer_cost_surcharge: Mapped[Fraction]
    status: Mapped[str | None] = mapped_column(String(300))


class FixedRegimeRow(Base):
    """A fixed-percentage subsidy regime (vaste LKS): start regime, 70 %, 80 %, 68 % from 2028."""

    __tablename__ = "fixed_lks_regimes"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    valid_from: Mapped[dt.date | None]
    fraction_of_wml: Mapped[Fraction]
    applies_to: Mapped[str | None] = mapped_column(String(300))
    surcharge_on_top: Mapped[bool]
    status: Mapped[str | None] = mapped_column(String(300))


class NationalRealisationRow(Base):
    """Landelijke realisatie beschut werk on a date."""

    __tablename__ = "national_realisation"
    date: Mapped[dt.date] = mapped_column(primary_key=True)
    people_with_indication: Mapped[int | None]
    people_working_with_advice: Mapped[int | None]
    target_jobs_31h: Mapped[int | None]
    source: Mapped[str | None] = mapped_column(String(300))


class NationalTargetRow(Base):
    """Landelijke taakstelling in jobs of 31 hours a week."""

    __tablename__ = "national_targets"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    target_jobs_31h: Mapped[int]
    source: Mapped[str | None] = mapped_column(String(300))


class RegionRow(Base):
    """Arbeidsmarktregio: target end 2025 and people working in September 2025."""

    __tablename__ = "regions"
    region: Mapped[str] = mapped_column(String(100), primary_key=True)
    target_end_2025: Mapped[int]
    working_sep_2025: Mapped[int]
    share_percent: Mapped[Money]


class WorkTypeMixRow(Base):
    """Sector reference: share of sheltered workers per work type (seed 004 table 5)."""

    __tablename__ = "worktype_mix"
    work_type: Mapped[WorkType] = mapped_column(
        enum_column_type(WorkType, "work_type"), primary_key=True
    )
    dutch: Mapped[str] = mapped_column(String(100))
    sector_2023_percent: Mapped[Money]
    case_studies_2024_percent: Mapped[Money]


class CompanyYearRow(Base):
    """The company's own yearly parameters: employer charges, coach cost, Wsw full time."""

    __tablename__ = "company_years"
    __table_args__ = (
        CheckConstraint("employer_charges >= 0", name="charges_non_negative"),
        CheckConstraint("coach_hourly_cost >= 0", name="coach_cost_non_negative"),
        CheckConstraint("wsw_fulltime_hours > 0", name="wsw_fulltime_positive"),
    )
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    employer_charges: Mapped[Fraction]
    coach_hourly_cost: Mapped[Money]
    wsw_fulltime_hours: Mapped[Hours] = mapped_column(default=Decimal(36))


class OverheadRateRow(Base):
    """Overhead per productive hour for a work type in a year (housing, management)."""

    __tablename__ = "overhead_rates"
    __table_args__ = (
        UniqueConstraint("year", "work_type"),
        CheckConstraint("rate_per_productive_hour >= 0", name="rate_non_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    work_type: Mapped[WorkType] = mapped_column(enum_column_type(WorkType, "work_type"))
    rate_per_productive_hour: Mapped[Money]


class PensionAgeRow(Base):
    """AOW-leeftijd: the statutory pension age in a calendar year (workforce outlook)."""

    __tablename__ = "pension_age"
    __table_args__ = (CheckConstraint("months >= 0 AND months < 12", name="months"),)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    years: Mapped[int]
    months: Mapped[int]
    status: Mapped[str | None] = mapped_column(String(300))


class SettingRow(Base):
    """Small company-wide settings kept with the data (company name, assumptions)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))
