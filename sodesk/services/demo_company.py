"""The fictional company behind ``sodesk demo``: its municipalities, clients and activities.

Kept apart from the generator so the names can be read (and changed) at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.enums import LksRegime, LwBasis, RateUnit, WorkType

COMPANY_NAME = "SW-bedrijf De Schakel"


@dataclass(frozen=True)
class DemoMunicipality:
    code: str
    name: str
    region: str
    regime: LksRegime
    fixed_fraction: Decimal | None
    lw_basis: LwBasis
    share: float  # of the workers
    target_places: int  # per 100 workers of the demo


MUNICIPALITIES = (
    DemoMunicipality(
        "GM0001",
        "Lindenhout",
        "Midden-Utrecht",
        LksRegime.MEASURED,
        None,
        LwBasis.MINIMUM_WAGE,
        0.5,
        30,
    ),
    DemoMunicipality(
        "GM0002",
        "Ravenstein",
        "Midden-Utrecht",
        LksRegime.FIXED,
        Decimal("0.80"),
        LwBasis.MINIMUM_WAGE,
        0.3,
        18,
    ),
    DemoMunicipality(
        "GM0003",
        "Oosterveld",
        "FoodValley",
        LksRegime.MEASURED,
        None,
        LwBasis.MINIMUM_WAGE,
        0.2,
        12,
    ),
)

CLIENTS = (
    ("VDIJK", "Verpakkingen Van Dijk BV"),
    ("BAKKER", "Bakkerij Kruimel"),
    ("ELEKTRO", "Elektrotechniek Hermans"),
    ("FIETS", "Fietsfabriek De Trapper"),
    ("GMLIND", "Gemeente Lindenhout, openbare ruimte"),
    ("GMRAV", "Gemeente Ravenstein, vastgoed"),
    ("WONEN", "Woningcorporatie Thuis aan de Linde"),
    ("ZORG", "Zorggroep Het Baken"),
    ("POST", "Postverwerking Midden BV"),
    ("TUIN", "Tuincentrum Groenrijk"),
    ("KANT", "Kantoorcentrum De Poort"),
    ("LOG", "Logistiek Centrum A12"),
    ("CATER", "Catering Smaakvol"),
    ("SCHOOL", "Scholengroep Vlietland"),
    ("EIGEN", "De Schakel, eigen producten"),
)


@dataclass(frozen=True)
class DemoActivity:
    code: str
    name: str
    client: str
    work_type: WorkType
    unit: RateUnit
    price: Decimal  # per hour, per piece, or per month
    pieces_per_hour: Decimal = Decimal(0)
    purchase_share: Decimal = Decimal(0)  # of revenue spent on materials
    invoiced: bool = False  # the finance system knows the revenue


W = WorkType
U = RateUnit
ACTIVITIES = (
    DemoActivity(
        "A01",
        "Inpakken kerstpakketten",
        "VDIJK",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("0.42"),
        Decimal("11"),
        Decimal("0.10"),
    ),
    DemoActivity("A02", "Ompakken zuivel", "VDIJK", W.SHELTERED_INSIDE, U.HOUR, Decimal("8.75")),
    DemoActivity(
        "A03",
        "Broodzakken vouwen",
        "BAKKER",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("0.065"),
        Decimal("95"),
    ),
    DemoActivity(
        "A04",
        "Kabelbomen assembleren",
        "ELEKTRO",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("1.85"),
        Decimal("4.2"),
        Decimal("0.25"),
    ),
    DemoActivity(
        "A05", "Fietsonderdelen voormonteren", "FIETS", W.SHELTERED_INSIDE, U.HOUR, Decimal("11.50")
    ),
    DemoActivity(
        "A06",
        "Mailings kuvertreren",
        "POST",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("0.028"),
        Decimal("260"),
    ),
    DemoActivity(
        "A07",
        "Houtwerkplaats: vogelhuisjes",
        "EIGEN",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("6.50"),
        Decimal("1.6"),
        Decimal("0.35"),
    ),
    DemoActivity("A08", "Textielsortering", "ZORG", W.SHELTERED_INSIDE, U.HOUR, Decimal("7.25")),
    DemoActivity(
        "A09",
        "Montage verlichtingsarmaturen",
        "ELEKTRO",
        W.SHELTERED_INSIDE,
        U.HOUR,
        Decimal("12.40"),
    ),
    DemoActivity(
        "A10",
        "Stickeren en labelen",
        "LOG",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("0.035"),
        Decimal("210"),
    ),
    DemoActivity(
        "A11",
        "Kaarsen gieten",
        "EIGEN",
        W.SHELTERED_INSIDE,
        U.PIECE,
        Decimal("2.10"),
        Decimal("5"),
        Decimal("0.30"),
    ),
    DemoActivity(
        "A12", "Retourverwerking webwinkel", "LOG", W.SHELTERED_INSIDE, U.HOUR, Decimal("9.80")
    ),
    DemoActivity(
        "B01",
        "Groenonderhoud parken Lindenhout",
        "GMLIND",
        W.WORK_ON_LOCATION,
        U.MONTH,
        Decimal("14500.00"),
        purchase_share=Decimal("0.06"),
    ),
    DemoActivity(
        "B02",
        "Schoonmaak gemeentehuis Ravenstein",
        "GMRAV",
        W.WORK_ON_LOCATION,
        U.MONTH,
        Decimal("9800.00"),
        purchase_share=Decimal("0.05"),
    ),
    DemoActivity(
        "B03",
        "Schoonmaak kantoren De Poort",
        "KANT",
        W.WORK_ON_LOCATION,
        U.HOUR,
        Decimal("24.50"),
        purchase_share=Decimal("0.04"),
    ),
    DemoActivity(
        "B04",
        "Tuinonderhoud woningcorporatie",
        "WONEN",
        W.WORK_ON_LOCATION,
        U.HOUR,
        Decimal("27.00"),
        purchase_share=Decimal("0.05"),
    ),
    DemoActivity(
        "B05",
        "Zwerfvuil en rondgang wijken",
        "GMLIND",
        W.WORK_ON_LOCATION,
        U.MONTH,
        Decimal("6200.00"),
    ),
    DemoActivity(
        "B06",
        "Kantinediensten scholen",
        "SCHOOL",
        W.WORK_ON_LOCATION,
        U.HOUR,
        Decimal("19.75"),
        purchase_share=Decimal("0.30"),
    ),
    DemoActivity(
        "C01",
        "Groepsdetachering magazijn A12",
        "LOG",
        W.GROUP_SECONDMENT,
        U.HOUR,
        Decimal("23.50"),
        invoiced=True,
    ),
    DemoActivity(
        "C02",
        "Groepsdetachering productie Van Dijk",
        "VDIJK",
        W.GROUP_SECONDMENT,
        U.HOUR,
        Decimal("22.00"),
        invoiced=True,
    ),
    DemoActivity(
        "C03", "Groepsdetachering tuincentrum", "TUIN", W.GROUP_SECONDMENT, U.HOUR, Decimal("21.25")
    ),
    DemoActivity(
        "C04", "Groepsdetachering catering", "CATER", W.GROUP_SECONDMENT, U.HOUR, Decimal("20.50")
    ),
    DemoActivity(
        "D01",
        "Individuele detachering logistiek",
        "LOG",
        W.INDIVIDUAL_SECONDMENT,
        U.HOUR,
        Decimal("26.00"),
        invoiced=True,
    ),
    DemoActivity(
        "D02",
        "Individuele detachering zorg",
        "ZORG",
        W.INDIVIDUAL_SECONDMENT,
        U.HOUR,
        Decimal("24.00"),
    ),
    DemoActivity(
        "D03",
        "Individuele detachering bakkerij",
        "BAKKER",
        W.INDIVIDUAL_SECONDMENT,
        U.HOUR,
        Decimal("23.00"),
    ),
    DemoActivity(
        "E01",
        "Begeleid werken regionale werkgevers",
        "EIGEN",
        W.SUPPORTED_EMPLOYMENT,
        U.MONTH,
        Decimal("1500.00"),
    ),
    DemoActivity(
        "E02",
        "Begeleid werken tuincentrum",
        "TUIN",
        W.SUPPORTED_EMPLOYMENT,
        U.HOUR,
        Decimal("4.50"),
    ),
    DemoActivity(
        "E03", "Begeleid werken zorg", "ZORG", W.SUPPORTED_EMPLOYMENT, U.HOUR, Decimal("4.00")
    ),
)

#: Work-type mix of the demo's workers, near the sector's (reference/worktype_mix_2023.csv).
WORK_TYPE_MIX = (
    (W.SHELTERED_INSIDE, 0.57),
    (W.WORK_ON_LOCATION, 0.19),
    (W.GROUP_SECONDMENT, 0.09),
    (W.INDIVIDUAL_SECONDMENT, 0.07),
    (W.SUPPORTED_EMPLOYMENT, 0.08),
)

#: Overhead per productive hour by work type (housing weighs on sheltered_inside).
OVERHEAD = {
    W.SHELTERED_INSIDE: Decimal("6.80"),
    W.WORK_ON_LOCATION: Decimal("3.40"),
    W.GROUP_SECONDMENT: Decimal("1.90"),
    W.INDIVIDUAL_SECONDMENT: Decimal("1.10"),
    W.SUPPORTED_EMPLOYMENT: Decimal("0.80"),
}

COACHES = (
    "Anouk de Vries",
    "Bram Jansen",
    "Fatima El Amrani",
    "Henk Visser",
    "Iris Bakker",
    "Joost Mulder",
    "Lotte Smit",
    "Mehmet Yilmaz",
)

FIRST_NAMES = (
    "Daan",
    "Sem",
    "Lucas",
    "Milan",
    "Levi",
    "Finn",
    "Noah",
    "Jesse",
    "Thijs",
    "Ruben",
    "Bas",
    "Emma",
    "Julia",
    "Mila",
    "Sophie",
    "Tess",
    "Sara",
    "Anna",
    "Noor",
    "Lieke",
    "Fleur",
    "Mohamed",
    "Youssef",
    "Ayoub",
    "Fenna",
    "Roos",
    "Kees",
    "Gerrit",
    "Annie",
    "Willem",
    "Joke",
    "Marco",
    "Sandra",
    "Patrick",
    "Esther",
    "Dennis",
    "Mariska",
    "Erik",
    "Anja",
    "Richard",
)
LAST_NAMES = (
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "El Idrissi",
    "Öztürk",
)
