"""Municipalities (gemeenten), clients (opdrachtgevers), activities and their rates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sodesk.domain.enums import (
    GuidanceAllowanceBasis,
    LksRegime,
    LwBasis,
    Placeable,
    RateUnit,
    WorkType,
)
from sodesk.storage.base import Base, Code, Fraction, Money, Name, Price
from sodesk.storage.enum_type import enum_column_type


class MunicipalityRow(Base):
    """Gemeente: pays the wage subsidy for its residents and sets the regime."""

    __tablename__ = "municipalities"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]
    region: Mapped[str | None] = mapped_column(String(100))
    lks_regime: Mapped[LksRegime] = mapped_column(enum_column_type(LksRegime, "lks_regime"))
    lks_fixed_fraction: Mapped[Fraction | None]
    lw_basis: Mapped[LwBasis] = mapped_column(
        enum_column_type(LwBasis, "lw_basis"), default=LwBasis.MINIMUM_WAGE
    )
    #: the function-wage basis came from an older version's default: to be confirmed (R2)
    lw_basis_unconfirmed: Mapped[bool] = mapped_column(default=False, server_default=false())
    guidance_basis: Mapped[GuidanceAllowanceBasis] = mapped_column(
        enum_column_type(GuidanceAllowanceBasis, "guidance_basis"),
        default=GuidanceAllowanceBasis.PLACE,
    )
    version: Mapped[int] = mapped_column(default=1)
    years: Mapped[list[MunicipalityYearRow]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MunicipalityYearRow(Base):
    """A municipality's yearly figures: target, guidance allowance, Wsw subsidy per FTE."""

    __tablename__ = "municipality_years"
    __table_args__ = (
        UniqueConstraint("municipality_id", "year"),
        CheckConstraint("target_places IS NULL OR target_places >= 0", name="target"),
        CheckConstraint(
            "guidance_allowance_per_place IS NULL OR guidance_allowance_per_place >= 0",
            name="allowance",
        ),
        CheckConstraint("wsw_subsidy_per_fte IS NULL OR wsw_subsidy_per_fte >= 0", name="wsw"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    year: Mapped[int]
    target_places: Mapped[int | None]
    guidance_allowance_per_place: Mapped[Money | None]
    wsw_subsidy_per_fte: Mapped[Money | None]
    municipality: Mapped[MunicipalityRow] = relationship(back_populates="years")


class ClientRow(Base):
    """Opdrachtgever: who pays for the work."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]


class ActivityRow(Base):
    """Activiteit / opdracht: a line of work for a client with one work type."""

    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    work_type: Mapped[WorkType] = mapped_column(enum_column_type(WorkType, "work_type"))
    version: Mapped[int] = mapped_column(default=1)
    client: Mapped[ClientRow] = relationship()
    rates: Mapped[list[RateRow]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="RateRow.valid_from"
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RateRow(Base):
    """Tariefafspraak: price per hour, per piece or per month, valid from/to."""

    __tablename__ = "rates"
    __table_args__ = (
        UniqueConstraint("activity_id", "valid_from"),
        CheckConstraint("price >= 0", name="price_non_negative"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="valid_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]
    unit: Mapped[RateUnit] = mapped_column(enum_column_type(RateUnit, "rate_unit"))
    price: Mapped[Price]
    note: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(default=1)
    activity: Mapped[ActivityRow] = relationship(back_populates="rates")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class WaitingListRow(Base):
    """Wachtlijst: a person with a positive advice not (yet) employed; no name needed."""

    __tablename__ = "waiting_list"
    __table_args__ = (UniqueConstraint("municipality_id", "reference"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    reference: Mapped[Code]
    advice_date: Mapped[dt.date]
    placeable: Mapped[Placeable] = mapped_column(enum_column_type(Placeable, "placeable"))
    reason: Mapped[str | None] = mapped_column(String(500))
    placed_on: Mapped[dt.date | None]
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
