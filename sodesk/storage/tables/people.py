"""Workers (medewerkers), their employments, wage-value measurements and placements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sodesk.domain.enums import ReassessTerm, TargetGroup, WorkType
from sodesk.storage.base import Base, Code, Fraction, Hours, Name, Price
from sodesk.storage.enum_type import enum_column_type


class WorkerRow(Base):
    """Medewerker: a person employed by the company, of one target group (doelgroep)."""

    __tablename__ = "workers"
    id: Mapped[int] = mapped_column(primary_key=True)
    personnel_number: Mapped[Code] = mapped_column(unique=True)
    first_name: Mapped[Name]
    last_name: Mapped[Name]
    birth_date: Mapped[dt.date | None]
    bsn: Mapped[str | None] = mapped_column(String(9))
    target_group: Mapped[TargetGroup] = mapped_column(enum_column_type(TargetGroup, "target_group"))
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    indication_date: Mapped[dt.date | None]
    coach: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(default=1)
    employments: Mapped[list[EmploymentRow]] = relationship(
        back_populates="worker", cascade="all, delete-orphan", order_by="EmploymentRow.start_date"
    )
    wage_values: Mapped[list[WageValueRow]] = relationship(
        back_populates="worker", cascade="all, delete-orphan", order_by="WageValueRow.measured_on"
    )
    placements: Mapped[list[PlacementRow]] = relationship(
        back_populates="worker", cascade="all, delete-orphan", order_by="PlacementRow.start_date"
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class EmploymentRow(Base):
    """Dienstverband: contract hours per week and hourly wage from a start date."""

    __tablename__ = "employments"
    __table_args__ = (
        UniqueConstraint("worker_id", "start_date"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_range"),
        CheckConstraint(
            "contract_hours_per_week > 0 AND contract_hours_per_week <= 60", name="contract_hours"
        ),
        CheckConstraint("hourly_wage >= 0", name="wage_non_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    contract_hours_per_week: Mapped[Hours]
    hourly_wage: Mapped[Price]
    version: Mapped[int] = mapped_column(default=1)
    worker: Mapped[WorkerRow] = relationship(back_populates="employments")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class WageValueRow(Base):
    """Loonwaardemeting: the measured wage value (a fraction: 0.44 is 44 %) on a date."""

    __tablename__ = "wage_values"
    __table_args__ = (
        UniqueConstraint("worker_id", "measured_on"),
        CheckConstraint("wage_value >= 0 AND wage_value <= 1", name="wage_value_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"))
    measured_on: Mapped[dt.date]
    wage_value: Mapped[Fraction]
    method: Mapped[str | None] = mapped_column(String(100))
    assessor: Mapped[str | None] = mapped_column(String(100))
    reassess_term: Mapped[ReassessTerm | None] = mapped_column(
        enum_column_type(ReassessTerm, "reassess_term")
    )
    version: Mapped[int] = mapped_column(default=1)
    worker: Mapped[WorkerRow] = relationship(back_populates="wage_values")
    tasks: Mapped[list[WageValueTaskRow]] = relationship(
        back_populates="measurement", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class WageValueTaskRow(Base):
    """A main task of a measurement: time share, tempo, quality, net work time (R1)."""

    __tablename__ = "wage_value_tasks"
    __table_args__ = (
        UniqueConstraint("wage_value_id", "task"),
        CheckConstraint(
            "time_share >= 0 AND time_share <= 1 AND tempo >= 0 AND quality >= 0 "
            "AND quality <= 1 AND net_work_time >= 0 AND net_work_time <= 1",
            name="task_ranges",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    wage_value_id: Mapped[int] = mapped_column(ForeignKey("wage_values.id", ondelete="CASCADE"))
    task: Mapped[Name]
    time_share: Mapped[Fraction]
    tempo: Mapped[Fraction]
    quality: Mapped[Fraction]
    net_work_time: Mapped[Fraction]
    measurement: Mapped[WageValueRow] = relationship(back_populates="tasks")


class PlacementRow(Base):
    """Plaatsing: a worker assigned to a work type, activity or external employer."""

    __tablename__ = "placements"
    __table_args__ = (
        UniqueConstraint("worker_id", "start_date"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"))
    work_type: Mapped[WorkType] = mapped_column(enum_column_type(WorkType, "work_type"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    employer: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    version: Mapped[int] = mapped_column(default=1)
    worker: Mapped[WorkerRow] = relationship(back_populates="placements")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
