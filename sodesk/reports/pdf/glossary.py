"""The glossary (begrippenlijst) at the very end of a report: each term in one plain sentence.

Why: a report goes to a municipal official, an alderman or a controller who meets NTW, LKS,
loonwaarde and dekkingsgraad without the sector's background. One list for every report, so
a term means the same in each; the sentences follow DOMAIN.md (glossary and rules R1-R10)
and name the figures as the reports compute them (fte of 37 hours, jobs of 31 hours).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from sodesk.reports.pdf.styles import RULE, styles, text

HEADING = "Begrippenlijst"

TERMS: tuple[tuple[str, str], ...] = (
    ("Afgesloten maand", "Een maand die de controller heeft afgesloten (maandafsluiting): de "
     "cijfers ervan zijn bewaard zoals ze toen waren en veranderen niet meer, tot de maand met "
     "een reden wordt heropend."),
    ("Banen van 31 uur", "Contracturen per week gedeeld door 31: de eenheid waarin het Rijk de "
     "taakstelling beschut werk vastlegt. Twee medewerkers van elk 15,5 uur zijn samen één baan."),
    ("Begeleid werken", "Werksoort: de medewerker is in dienst van een gewone werkgever en wordt "
     "door het bedrijf begeleid."),
    ("Begeleidingsvergoeding", "Het bedrag dat de gemeente per plaats beschut werk per jaar "
     "betaalt voor de begeleiding, naar rato van de dagen in dienst."),
    ("Beschut werk", "Werk in een beschutte omgeving voor wie volgens UWV alleen daar kan werken "
     "(Participatiewet art. 10b); de gemeente biedt die plaatsen aan."),
    ("Dekkingsgraad", "Opbrengsten en subsidies gedeeld door de kosten. Bij 100 % is een "
     "activiteit precies kostendekkend; daaronder maakt zij verlies."),
    ("Fte", "Voltijdbaan: gemiddelde contracturen per week gedeeld door 37 (de volledige "
     "werkweek van de cao Aan de Slag); voor de rijksbijdrage Wsw telt een volledige week van 36 "
     "uur, tenzij het bedrijf anders instelt."),
    ("Kostendekkend tarief", "Het tarief per uur, stuk of maand waarbij het resultaat van een "
     "activiteit precies nul is."),
    ("Kostprijs", "Alle kosten van een activiteit (loon, begeleiding, overhead) per productief "
     "uur."),
    ("LKS", "Loonkostensubsidie: wat de gemeente de werkgever betaalt voor het deel van het "
     "minimumloon dat de medewerker met zijn loonwaarde niet verdient, ten hoogste 70 % van het "
     "WML, met vakantietoeslag en een opslag voor werkgeverslasten."),
    ("Loonwaarde", "De arbeidsprestatie van een medewerker als percentage van wat een gewone "
     "werknemer in dezelfde functie presteert, vastgesteld met een loonwaardemeting."),
    ("Niet-productief", "Betaalde uren zonder productief werk: verlof, verzuim en leegloop "
     "tussen opdrachten. Ze staan apart per werksoort en kosten loon zonder omzet."),
    ("NTW", "Netto toegevoegde waarde: omzet min inkoop, wat het werk zelf opbrengt."),
    ("Opslag werkgeverslasten", "Toeslag op de loonkostensubsidie voor sociale premies en "
     "pensioen van de werkgever: 23,5 % sinds 2018."),
    ("Overhead", "Huisvesting, leiding en staf, toegerekend als een tarief per productief uur "
     "dat per werksoort verschilt."),
    ("Personen", "Medewerkers geteld als hoofden, ongeacht hun uren, zoals UWV telt."),
    ("Productieve uren", "Uren die een medewerker op een activiteit werkte."),
    ("Realisatie", "Het aantal beschut werkers in dienst op een dag, tegen de taakstelling van "
     "dat jaar, in banen van 31 uur en in personen."),
    ("Resultaat", "Opbrengsten en subsidies min kosten; negatief is verlies."),
    ("Rijksbijdrage Wsw", "Het bedrag per fte per jaar dat de gemeente voor Wsw-medewerkers "
     "doorbetaalt."),
    ("Taakstelling", "Het aantal beschutte banen van 31 uur dat een gemeente in een jaar moet "
     "realiseren (ministeriële regeling)."),
    ("Vingerafdruk", "Een code onderaan elke pagina die vastlegt uit welke gegevens dit "
     "rapport is berekend. Met sodesk verify kan het bedrijf later aantonen dat dezelfde "
     "gegevens hetzelfde rapport geven, of laten zien welke maanden en cijfers verschillen."),
    ("Wachtlijst", "Mensen met een positief advies beschut werk die (nog) niet in dienst zijn."),
    ("Werksoort", "Hoe en waar iemand werkt: beschut binnen, werken op locatie, "
     "groepsdetachering, individuele detachering of begeleid werken."),
    ("WML", "Wettelijk minimumloon; sinds 2024 een bedrag per uur, aangepast op 1 januari en "
     "1 juli."),
    ("Wsw", "Wet sociale werkvoorziening: de regeling van vóór 2015, gesloten voor nieuwe "
     "medewerkers; wie er nog onder valt, werkt in dezelfde teams."),
)  # fmt: skip
"""Each term and its meaning, alphabetical."""


def glossary_pages(width: float) -> list[Flowable]:
    """The glossary: a heading and the terms in a two-column list.

    Put it last (on a new portrait page): it is the reader's reference for the whole report.

    Args:
        width: the frame width in points (``PORTRAIT_WIDTH``).
    """
    s = styles()
    entry = ParagraphStyle("glossary", parent=s.body, fontSize=9, leading=12, spaceAfter=2)
    rows = [
        [Paragraph(f"<b>{text(term)}</b>", entry), Paragraph(text(meaning), entry)]
        for term, meaning in TERMS
    ]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ]
        )
    )
    return [
        Paragraph(HEADING, s.heading),
        Paragraph(
            "De begrippen van dit rapport in gewone woorden, op alfabet.",
            s.small,
        ),
        table,
    ]
