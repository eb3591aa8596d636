"""Closed sets of codes (codes en keuzelijsten) with their Dutch labels.

Rules: R2b (target groups, doelgroepen), R5 (rate units, tariefeenheden; revenue source),
R2/R3 (LKS regime, loonwaardegrondslag), R1 (re-assessment term, herbeoordelingstermijn),
R9 (guidance allowance basis, grondslag begeleidingsvergoeding), R10 (waiting list,
wachtlijst). Source: DOMAIN.md "Glossary" and "Words on screen and on paper"; the code
values are the contract of INTERFACES.md (import files and report JSON).

Every enum is a :class:`enum.StrEnum` whose value is the code in files, and whose
``label`` is the Dutch text for screens and PDFs.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class _Labelled(StrEnum):
    """A StrEnum whose members are declared as ``(code, dutch_label)``."""

    _label: str

    # ``label`` has a default only for the type checker: ``WorkType("wsw")`` looks a member
    # up by its code and never calls ``__new__``, which runs once per declared member
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        """The Dutch label shown on screen and on paper."""
        return self._label


class TargetGroup(_Labelled):
    """Target group (doelgroep), R2b."""

    SHELTERED = ("sheltered", "Beschut werk")
    WSW = ("wsw", "Wsw")
    JOBS_AGREEMENT = ("jobs_agreement", "Banenafspraak")
    OTHER = ("other", "Overig")


class WorkType(_Labelled):
    """Work type (werksoort), R6/R7/R11."""

    SHELTERED_INSIDE = ("sheltered_inside", "Beschut binnen")
    WORK_ON_LOCATION = ("work_on_location", "Werken op locatie")
    GROUP_SECONDMENT = ("group_secondment", "Groepsdetachering")
    INDIVIDUAL_SECONDMENT = ("individual_secondment", "Individuele detachering")
    SUPPORTED_EMPLOYMENT = ("supported_employment", "Begeleid werken")


class GuidanceKind(_Labelled):
    """Kind of guidance (soort begeleiding)."""

    WORK_FLOOR = ("work_floor", "Werkvloerbegeleiding")
    LIFE_DOMAINS = ("life_domains", "Begeleiding leefgebieden")
    JOB_COACHING = ("job_coaching", "Jobcoaching")
    INDUCTION = ("induction", "Inwerken")
    OTHER = ("other", "Overig")


class RateUnit(_Labelled):
    """Unit of a rate agreement (tariefeenheid), R5/R8."""

    HOUR = ("hour", "per uur")
    PIECE = ("piece", "per stuk")
    MONTH = ("month", "per maand")


class LksRegime(_Labelled):
    """A municipality's wage-subsidy regime (LKS-regime), R2/R3."""

    MEASURED = ("measured", "Gemeten loonwaarde")
    FIXED = ("fixed", "Vast percentage")


class LwBasis(_Labelled):
    """What the wage value is applied to (grondslag loonwaarde), R2."""

    FUNCTION_WAGE = ("function_wage", "Functieloon")
    MINIMUM_WAGE = ("minimum_wage", "Wettelijk minimumloon")


class ReassessTerm(_Labelled):
    """Re-assessment term of a wage-value measurement (herbeoordelingstermijn), R1."""

    WITHIN_6M = ("6m", "Binnen 6 maanden")
    MONTHS_6_12 = ("6-12m", "6 maanden tot 1 jaar")
    YEARS_1_2 = ("1-2y", "1 tot 2 jaar")
    NONE = ("none", "Geen verandering verwacht")


class Placeable(_Labelled):
    """Whether a person on the waiting list can start (plaatsbaar), R10."""

    NOW = ("now", "Nu")
    LATER = ("later", "Later")
    NOT = ("not", "Niet")


class RevenueSource(_Labelled):
    """Where an activity's revenue came from (bron omzet), R5."""

    INVOICED = ("invoiced", "Gefactureerd")
    RATES = ("rates", "Tarief x volume")


class GuidanceAllowanceBasis(_Labelled):
    """How a municipality counts the guidance allowance (grondslag begeleidingsvergoeding), R9."""

    PLACE = ("place", "Per plaats")
    JOB_31H = ("job_31h", "Per baan van 31 uur")


class Role(_Labelled):
    """User role (rol)."""

    ADMINISTRATOR = ("administrator", "Beheerder")
    MANAGER = ("manager", "Manager")
    CONTROLLER = ("controller", "Controller")
    JOB_COACH = ("job_coach", "Jobcoach")


#: The base of every enum here: for code that shows the label of a member of any of them.
Labelled = _Labelled
