"""The words of a figure explanation (herkomst): which figures there are, their Dutch names,
the rule behind each in Dutch with its DOMAIN.md number, and how derived figures are made.

Why apart: the command line, the window and the municipal PDF's appendix say the same rule in
the same words; the builders (:mod:`sodesk.reports.explain`) only compute.
"""

from __future__ import annotations

from sodesk.domain.amounts import SLOT

#: where each attributed amount sits in a line's row (:meth:`Amounts.row` order)
ATTRIBUTED = {
    name: SLOT[name]
    for name in (
        "wage_cost",
        "lks",
        "lks_fixed_68",
        "guidance_subsidy",
        "wsw_subsidy",
        "guidance_cost",
    )
}
PRODUCTIVE_SLOT = SLOT["productive_hours"]

#: derived figures: their parts with a sign (R5, R7)
COMPOSITE: dict[str, tuple[tuple[str, int], ...]] = {
    "ntw": (("revenue", 1), ("purchase_value", -1)),
    "cost": (("wage_cost", 1), ("guidance_cost", 1), ("overhead", 1)),
    "income": (
        ("revenue", 1),
        ("purchase_value", -1),
        ("lks", 1),
        ("guidance_subsidy", 1),
        ("wsw_subsidy", 1),
    ),
    "result": (
        ("revenue", 1),
        ("purchase_value", -1),
        ("lks", 1),
        ("guidance_subsidy", 1),
        ("wsw_subsidy", 1),
        ("wage_cost", -1),
        ("guidance_cost", -1),
        ("overhead", -1),
    ),
    "earning_gap": (("revenue", 1), ("purchase_value", -1), ("wage_value_norm", -1)),
}

#: every figure of an activity line that an explanation adds up
ACTIVITY_FIGURES = (
    "productive_hours",
    "revenue",
    "purchase_value",
    "ntw",
    "wage_cost",
    "lks",
    "lks_fixed_68",
    "guidance_cost",
    "guidance_subsidy",
    "wsw_subsidy",
    "overhead",
    "cost",
    "income",
    "result",
    "wage_value_norm",
    "hours_without_wage_value",
    "earning_gap",
)
#: every figure of a municipality's finance that an explanation adds up: the activity line's
#: sums without the wage-value norm and what derives from it (the municipal report has none)
MUNICIPAL_FIGURES = tuple(
    f
    for f in ACTIVITY_FIGURES
    if f not in ("wage_value_norm", "hours_without_wage_value", "earning_gap")
)
#: figures that are ratios or rates: not a sum, so not explained as one
RATIOS = (
    "ntw_per_hour",
    "coverage_percent",
    "cost_price_per_hour",
    "break_even_rate",
    "current_rate",
    "pieces",
    "months_covered",
)
HOURS_FIGURES = frozenset({"productive_hours", "hours_without_wage_value"})

#: Dutch names of the figures (DOMAIN.md "Words on screen and on paper")
FIGURE_NAMES = {
    "productive_hours": "Productieve uren",
    "revenue": "Omzet",
    "purchase_value": "Inkoopwaarde",
    "ntw": "Netto toegevoegde waarde (NTW)",
    "wage_cost": "Loonkosten",
    "lks": "Loonkostensubsidie (LKS)",
    "lks_fixed_68": "LKS bij vast 68 % (2028)",
    "guidance_cost": "Begeleidingskosten",
    "guidance_subsidy": "Begeleidingsvergoeding",
    "wsw_subsidy": "Rijksbijdrage Wsw",
    "overhead": "Overhead",
    "cost": "Kosten",
    "income": "Opbrengsten en subsidies",
    "result": "Resultaat",
    "wage_value_norm": "Loonwaardenorm",
    "hours_without_wage_value": "Uren zonder loonwaarde",
    "earning_gap": "Verschil NTW en loonwaardenorm",
}

_R6 = (
    "Per medewerker-maand toegerekend (R6): met betaalde uren P, productieve uren p_a op de "
    "activiteit en p = som p_a krijgt de activiteit p_a / P en de regel niet-productief van "
    "de werksoort (P - p) / P; bij p > P krijgt de activiteit p_a / p."
)
RULES = {
    "wage_cost": "R4 Loonkosten: betaalde uren x uurloon x (1 + vakantiegeld) x (1 + "
    "werkgeverslasten); betaalde uren = contracturen per week x dagen in dienst / 7. " + _R6,
    "lks": "R2 Loonkostensubsidie gemeten: min(max(1 - lw, 0), loonkostensubsidie-plafond 70 %) "
    "x WML x (1 + vakantiegeld 8 %) x (1 + opslag 23,5 %) per betaald uur (bij grondslag "
    "functieloon: min(max(WML - lw x uurloon, 0), 70 % x WML)); R3 vaste regimes: p x WML x "
    "(1 + vakantiegeld) x (1 + opslag), met p het startregime (50 %, eerste zes maanden "
    "zonder meting), het vaste percentage van de gemeente of wettelijk 68 % vanaf 2028. "
    + _R6,
    "lks_fixed_68": "R12 LKS bij het wettelijke vaste regime van 68 %: 68 % x WML x (1 + "
    "vakantiegeld) x (1 + opslag, als die erbovenop komt) per betaald uur, alleen beschut "
    "werk. " + _R6,
    "guidance_subsidy": "R9 Begeleidingsvergoeding: vergoeding per plaats per jaar x dagen in "
    "dienst / dagen in het jaar (grondslag per baan: ook x contracturen / 31); alleen beschut "
    "werk. " + _R6,
    "wsw_subsidy": "R2b Rijksbijdrage Wsw: bedrag per fte per jaar x contracturen / "
    "voltijduren x dagen in dienst / dagen in het jaar; alleen Wsw. " + _R6,
    "guidance_cost": "R7 Begeleidingskosten: begeleidingsuren x uurkosten jobcoach. Met een "
    "activiteit naar die activiteit; zonder naar de activiteiten van die maand naar rato p_a / "
    "p, naar niet-productief als p = 0 (R6).",
    "productive_hours": "Productieve uren: de geregistreerde uren van de medewerker op deze "
    "regel, per maand.",
    "overhead": "R7 Overhead: productieve uren x het overheadtarief van dat jaar voor de "
    "werksoort van de activiteit, per medewerker-maand.",
    "wage_value_norm": "R7 Loonwaardenorm: productieve uren x loonwaarde x WML, met de "
    "loonwaarde en het WML van elke dag; uren zonder loonwaarde tellen niet mee.",
    "hours_without_wage_value": "R7 Uren zonder loonwaarde: productieve uren op dagen zonder "
    "loonwaardemeting of WML.",
    "revenue": "R5 Omzet: gefactureerd, per factuur het deel van haar dagen binnen de periode; "
    "zonder factuur uit de tariefafspraken, per maand: uurtarief x productieve uren van elke "
    "dag, stukstarief x stuks, maandbedrag x dagen / dagen in de maand.",
    "purchase_value": "R5 Inkoopwaarde: per inkoopregel het deel van haar dagen binnen de "
    "periode.",
    "ntw": "R5 NTW = omzet - inkoopwaarde.",
    "cost": "R7 Kosten = loonkosten + begeleidingskosten + overhead.",
    "income": "R7 Opbrengsten en subsidies = NTW + LKS + begeleidingsvergoeding + "
    "Rijksbijdrage Wsw.",
    "result": "R7 Resultaat = opbrengsten en subsidies - kosten.",
    "earning_gap": "R7 Verschil NTW en loonwaardenorm = NTW - loonwaardenorm.",
}
COMPOSITE_ROWS = (
    " Rijen: per medewerker-maand de som van de onderdelen (kosten en inkoop negatief); omzet "
    "en inkoop per factuur-, inkoop- of tariefregel."
)
MUNICIPAL_OWN = (
    " Voor een gemeente: de eigen maandbedragen van haar medewerkers, niet verdeeld over "
    "activiteiten."
)
MUNICIPAL_SHARE = (
    " Voor een gemeente: haar aandeel in elke activiteit naar rato van de productieve uren van "
    "haar medewerkers op die activiteit in de periode (R6-verdeling, som exact)."
)


#: Dutch names of the LKS regimes a row names (R2, R3)
REGIME_NAMES = {
    "measured": "Gemeten loonwaarde",
    "municipal_fixed": "Vast percentage gemeente",
    "start_without_measurement": "Startregime zonder meting",
    "statutory_sheltered_2028": "Wettelijk vast 68 %",
}


def regime_label(regimes: str | None) -> str:
    """A row's regimes (``"measured, municipal_fixed"``) in Dutch; ``"–"`` for none."""
    if not regimes:
        return "–"
    return ", ".join(REGIME_NAMES.get(name, name) for name in regimes.split(", "))
