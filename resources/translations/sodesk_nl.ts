<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="207" />
        <source>Grid: type a value; Tab moves right, Enter down, Ctrl+Tab leaves it</source>
        <extracomment>the kinds of widget a user operates (and a screen reader must name) how each kind of control is used from the keyboard (its description without a tooltip)</extracomment>
        <translation>Rooster: typ een waarde; Tab gaat naar rechts, Enter naar beneden, Ctrl+Tab verlaat het rooster</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="210" />
        <source>List: arrow keys move through the rows, Enter opens the selected row</source>
        <translation>Lijst: met de pijltoetsen door de regels, Enter opent de gekozen regel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="213" />
        <source>Choice list: Alt+Down opens the choices, arrow keys choose</source>
        <translation>Keuzelijst: Alt+Omlaag opent de keuzes, de pijltoetsen kiezen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="216" />
        <source>Date as dd-mm-yyyy: type it, or Up and Down change the part</source>
        <translation>Datum als dd-mm-jjjj: typ hem, of verander het deel met Omhoog en Omlaag</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="219" />
        <source>Number: type it, or Up and Down change it</source>
        <translation>Getal: typ het, of verander het met Omhoog en Omlaag</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="220" />
        <source>Tabs: Left and Right choose a tab</source>
        <translation>Tabbladen: Links en Rechts kiezen een tabblad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="221" />
        <source>Space ticks or unticks</source>
        <translation>De spatiebalk vinkt aan of uit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="222" />
        <source>Button: Space or Enter presses it</source>
        <translation>Knop: de spatiebalk of Enter drukt hem in</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="223" />
        <source>Text field: type the text</source>
        <translation>Tekstveld: typ de tekst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/accessibility.py" line="224" />
        <source>Chart: the same figures are in the table or text beside it</source>
        <translation>Grafiek: dezelfde cijfers staan in de tabel of de tekst ernaast</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="68" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="107" />
        <source>Search activity or client (Ctrl+F)</source>
        <translation>Zoek activiteit of opdrachtgever (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="108" />
        <source>All work types</source>
        <translation>Alle werksoorten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="109" />
        <source>Only below cost</source>
        <translation>Alleen onder kostprijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="110" />
        <source>Non-productive time</source>
        <translation>Niet-productieve tijd</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="113" />
        <source>Leave, illness and idle time: paid hours without production, per work type</source>
        <translation>Verlof, verzuim en leegloop: betaalde uren zonder productie, per werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="94" />
        <source>No hours in this period yet: import a file or enter hours.</source>
        <translation>Nog geen uren in deze periode: importeer een bestand of voer uren in.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="99" />
        <source>Calculating the figures of the period…</source>
        <translation>De cijfers van de periode worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="232" />
        <source>%1 to %2: result %3, coverage %4, NTW per productive hour %5; %6.</source>
        <translation>%1 t/m %2: resultaat %3, dekkingsgraad %4, NTW per productief uur %5; %6.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="236" />
        <source>%1 to %2: result incomplete (%3 without the missing parameters), coverage %4, NTW per productive hour %5; %6.</source>
        <translation>%1 t/m %2: resultaat onvolledig (%3 zonder de ontbrekende parameters), dekkingsgraad %4, NTW per productief uur %5; %6.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="250" />
        <source>%1 line below cost price</source>
        <translation>%1 regel onder de kostprijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="251" />
        <source>%1 lines below cost price</source>
        <translation>%1 regels onder de kostprijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="293" />
        <source>The figures could not be calculated: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="66" />
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="56" />
        <source>Revenue</source>
        <extracomment>the captions in order; each shows the euro amount of its field in FIGURE_OF</extracomment>
        <translation>Omzet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="57" />
        <source>Purchase value</source>
        <translation>Inkoopwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="58" />
        <source>Net added value (NTW)</source>
        <translation>Netto toegevoegde waarde (NTW)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="59" />
        <source>Wage costs</source>
        <translation>Loonkosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="60" />
        <source>Guidance costs</source>
        <translation>Begeleidingskosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="61" />
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="62" />
        <source>Wage subsidy (LKS)</source>
        <translation>Loonkostensubsidie (LKS)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="63" />
        <source>Guidance allowance</source>
        <translation>Begeleidingsvergoeding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="64" />
        <source>Wsw subsidy</source>
        <translation>Rijksbijdrage Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="65" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="66" />
        <source>Wage-value norm</source>
        <translation>Loonwaardenorm</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_figures.py" line="67" />
        <source>Gap NTW and wage-value norm</source>
        <translation>Verschil NTW en loonwaardenorm</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="61" />
        <source>Key figures</source>
        <extracomment>wide enough for the rate table and the what-if columns, narrow enough for the table the code of the activity whose rates or entries were saved (the page computes again)</extracomment>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="62" />
        <source>Rates</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="63" />
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="64" />
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="68" />
        <source>Invoiced revenue, purchase value and production of the activity</source>
        <translation>Omzet en inkoop: gefactureerde omzet, inkoopwaarde en productie van de activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="77" />
        <source>Double-click: where this comes from</source>
        <translation>Dubbelklik: waar dit cijfer vandaan komt</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_card.py" line="110" />
        <source>Select an activity to see its figures.</source>
        <translation>Kies een activiteit om haar cijfers te zien.</translation>
    </message>
</context>
<context>
    <name>ActivityEntries</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="41" />
        <source>Invoice</source>
        <extracomment>short words for the table and the kind box</extracomment>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="42" />
        <source>Purchase</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="43" />
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="54" />
        <source>%1 pcs</source>
        <translation>%1 st.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="71" />
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="83" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="85" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="91" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>ActivityMonths</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="51" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="56" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="62" />
        <source>Coverage</source>
        <translation>Dekkingsgraad</translation>
    </message>
</context>
<context>
    <name>ActivityRates</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="55" />
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="58" />
        <source>Valid to</source>
        <translation>Geldig t/m</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="60" />
        <source>open end</source>
        <translation>open einde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="68" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="58" />
        <source>without placement</source>
        <translation>zonder plaatsing</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="62" />
        <source>Non-productive: %1</source>
        <translation>Niet-productief: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="72" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="73" />
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="74" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="75" />
        <source>Productive
hours</source>
        <translation>Productieve
uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="76" />
        <source>NTW
per hour</source>
        <translation>NTW
per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="77" />
        <source>Cost price
per hour</source>
        <translation>Kostprijs
per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="78" />
        <source>Coverage</source>
        <translation>Dekkings-
graad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="79" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="80" />
        <source>Current
rate</source>
        <translation>Huidig
tarief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="81" />
        <source>Break-even
rate</source>
        <translation>Kosten-
dekkend</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="171" />
        <source>Income and subsidies do not cover the cost of this activity</source>
        <extracomment>each row's texts, made once: a view sizing its columns to their contents asks for every cell's text several times (9,600 calls when the page first shows)</extracomment>
        <translation>Opbrengsten en subsidies dekken de kosten van deze activiteit niet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="197" />
        <source>loss</source>
        <translation>verlies</translation>
    </message>
</context>
<context>
    <name>ActivityWhatIf</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="50" />
        <source>'%1' is no percentage: type e.g. -10 or 7,5.</source>
        <translation>'%1' is geen percentage: typ bv. -10 of 7,5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="57" />
        <source>'%1' lies outside %2 to %3 %.</source>
        <translation>'%1' ligt buiten %2 tot %3 %.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="116" />
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="123" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="123" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>AnalysesPage</name>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="70" />
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="110" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="119" />
        <source>2028</source>
        <translation>2028</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="120" />
        <source>Distribution key</source>
        <translation>Verdeelsleutel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="121" />
        <source>Workforce outlook</source>
        <translation>Personeelsprognose</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="122" />
        <source>Guidance and wage value</source>
        <translation>Begeleiding en loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="123" />
        <source>Re-assessments</source>
        <translation>Herbeoordelingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="146" />
        <source>Calculating the analyses of the period…</source>
        <translation>De analyses van de periode worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="181" />
        <source>The analyses could not be calculated: %1</source>
        <translation>De analyses konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/analyses.py" line="202" />
        <source>The outlook could not be calculated: %1</source>
        <translation>De prognose kon niet worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>Analysis2028</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="27" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="28" />
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="43" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="29" />
        <source>Sheltered workers</source>
        <translation>Beschut werkers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="30" />
        <source>Receive less</source>
        <translation>Gaan erop achteruit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="31" />
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="47" />
        <source>LKS now</source>
        <translation>LKS nu</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="33" />
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="49" />
        <source>LKS at 68 %</source>
        <translation>LKS bij vast 68 %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="36" />
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="51" />
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="41" />
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="42" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="45" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
</context>
<context>
    <name>AnalysisGuidance</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="51" />
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="54" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="56" />
        <source>Guidance hours</source>
        <translation>Begeleidingsuren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="61" />
        <source>Wage value at start</source>
        <translation>Loonwaarde begin</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="66" />
        <source>Wage value at end</source>
        <translation>Loonwaarde eind</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="71" />
        <source>Change (points)</source>
        <translation>Verandering (procentpunten)</translation>
    </message>
</context>
<context>
    <name>AnalysisKey</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="49" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="51" />
        <source>Share with phase-in</source>
        <translation>Aandeel met ingroeipad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="55" />
        <source>Budget old key</source>
        <translation>Budget oude sleutel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="56" />
        <source>Budget new key</source>
        <translation>Budget nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="58" />
        <source>Budget with phase-in</source>
        <translation>Budget met ingroeipad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="61" />
        <source>Phase-in against old key</source>
        <translation>Ingroeipad tegen oude sleutel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="77" />
        <source>National amount for sheltered work (€)</source>
        <translation>Landelijk bedrag beschut werk (€)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="80" />
        <source>Share of the municipality, old key (%)</source>
        <translation>Aandeel van de gemeente, oude sleutel (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="83" />
        <source>Share of realised places (%)</source>
        <translation>Aandeel gerealiseerde plaatsen (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="86" />
        <source>Share of residents with a positive advice (%)</source>
        <translation>Aandeel inwoners met positief advies (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="91" />
        <source>Weight of realised places</source>
        <translation>Gewicht gerealiseerde plaatsen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="94" />
        <source>Weight of residents with a positive advice</source>
        <translation>Gewicht inwoners met positief advies</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="118" />
        <source>%1 must not be negative ('%2').</source>
        <translation>%1 mag niet negatief zijn ('%2').</translation>
    </message>
</context>
<context>
    <name>AnalysisPlan</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="38" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="39" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="40" />
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="41" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="43" />
        <source>Last measured</source>
        <translation>Laatst gemeten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="48" />
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="58" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="59" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../sodesk/ui/app.py" line="90" />
        <source>The database could not be opened:
%1</source>
        <extracomment>QSettings key of the database chosen under Settings (used at the next start)</extracomment>
        <translation>De database kon niet worden geopend:
%1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/app.py" line="94" />
        <source>This database was chosen under Settings. Start once with --database URL and choose another there.</source>
        <translation>Deze database is gekozen onder Instellingen. Start één keer met --database URL en kies daar een andere.</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="90" />
        <source>Cancel (Esc)</source>
        <extracomment>the signed-in user every save is checked for (the card sets it)</extracomment>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="91" />
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="184" />
        <source>The last %1 changes, the newest first. Passwords are never shown.</source>
        <extracomment>the table, and beside it what the page adds (the restore panel, for administrators)</extracomment>
        <translation>De laatste %1 wijzigingen, de nieuwste eerst. Wachtwoorden worden nooit getoond.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="66" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="70" />
        <source>sodesk ran into an unexpected error. What you were doing may not have been finished; saved data is safe. Please send the details below and the log file to your administrator.</source>
        <translation>sodesk liep tegen een onverwachte fout aan. Wat u aan het doen was, is misschien niet afgemaakt; opgeslagen gegevens zijn veilig. Stuur de details hieronder en het logbestand naar uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="81" />
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="86" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="87" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="95" />
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="45" />
        <source>Someone else changed this record while you were editing it. Your change was not saved: refresh (F5), look at the new values and make your change again.</source>
        <translation>Iemand anders heeft dit gegeven gewijzigd terwijl u het bewerkte. Uw wijziging is niet opgeslagen: vernieuw (F5), bekijk de nieuwe waarden en breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/crash.py" line="52" />
        <source>The database cannot be reached or is busy. Nothing was lost: check the network or wait a moment, then try again.

%1</source>
        <translation>De database is niet bereikbaar of bezet. Er is niets verloren: controleer het netwerk of wacht even en probeer het opnieuw.

%1</translation>
    </message>
</context>
<context>
    <name>DistributionKeyTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="170" />
        <source>Use this share</source>
        <extracomment>the table was recomputed (True) or cleared because of bad input (False)</extracomment>
        <translation>Dit aandeel gebruiken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="171" />
        <source>Fill in the share of realised places from your data</source>
        <translation>Het aandeel gerealiseerde plaatsen uit uw gegevens invullen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="189" />
        <source>the municipality</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="192" />
        <source>What the new distribution key does to the budget of %1: one third new in 2027, fully new from 2029. The weights are not published: enter your own. Shares are percentages of the national amount.</source>
        <translation>Wat de nieuwe verdeelsleutel doet met het budget van %1: een derde nieuw in 2027, helemaal nieuw vanaf 2029. De gewichten zijn niet gepubliceerd: vul uw eigen gewichten in. Aandelen zijn percentages van het landelijke bedrag.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="204" />
        <source>Choose a municipality at the top to see its share of realised places.</source>
        <translation>Kies bovenaan een gemeente om haar aandeel gerealiseerde plaatsen te zien.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="206" />
        <source>No national realisation is known for this period.</source>
        <translation>Voor deze periode is geen landelijke realisatie bekend.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="211" />
        <source>From your data: %1 sheltered workers of %2 employed on %3, against %4 people working with a positive advice nationally on %5: %6 of the realised places.</source>
        <translation>Uit uw gegevens: %1 beschut werkers van %2 in dienst op %3, tegen %4 mensen die landelijk werken met een positief advies op %5: %6 van de gerealiseerde plaatsen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="248" />
        <source>The two weights must not both be zero (%1 and %2).</source>
        <translation>De twee gewichten mogen niet allebei nul zijn (%1 en %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="267" />
        <source>Fill in every field correctly to see the budgets.</source>
        <translation>Vul alle velden juist in om de budgetten te zien.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_key.py" line="274" />
        <source>Share under the new key: %1 (old key: %2). Budget of the municipality per year; the last column is red where the phase-in gives less than the old key.</source>
        <translation>Aandeel onder de nieuwe sleutel: %1 (oude sleutel: %2). Budget van de gemeente per jaar; de laatste kolom is rood waar het ingroeipad minder geeft dan de oude sleutel.</translation>
    </message>
</context>
<context>
    <name>DurationValidator</name>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="160" />
        <source>Duration is required: type e.g. 0:30 or 0,5.</source>
        <translation>Duur is verplicht: typ bijvoorbeeld 0:30 of 0,5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="166" />
        <source>'%1' is not a duration: type e.g. 0:30, 1:15, 0,5 or 0.5.</source>
        <translation>'%1' is geen tijdsduur: typ bijvoorbeeld 0:30, 1:15, 0,5 of 0.5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="170" />
        <source>Duration must lie between 0 and 24 hours ('%1').</source>
        <translation>Duur moet tussen 0 en 24 uur liggen ('%1').</translation>
    </message>
</context>
<context>
    <name>EmploymentForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="35" />
        <source>e.g. 32</source>
        <translation>bv. 32</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="36" />
        <source>e.g. 14,06</source>
        <translation>bv. 14,06</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="37" />
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="38" />
        <source>Contract hours/week</source>
        <translation>Contracturen/week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="39" />
        <source>Hourly wage</source>
        <translation>Uurloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="40" />
        <source>End the current employment the day before</source>
        <translation>Het huidige dienstverband de dag ervoor beëindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="58" />
        <source>The employment from %1 will end on %2.</source>
        <translation>Het dienstverband vanaf %1 eindigt op %2.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="75" />
        <source>New employment of %1</source>
        <translation>Nieuw dienstverband van %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../sodesk/ui/widgets/empty_state.py" line="27" />
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/empty_state.py" line="28" />
        <source>Import a folder of CSV files or an Excel workbook</source>
        <translation>Importeer een map met CSV-bestanden of een Excel-werkmap</translation>
    </message>
</context>
<context>
    <name>EndForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="187" />
        <source>open end (not ended)</source>
        <translation>open einde (niet beëindigd)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="188" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="208" />
        <source>End the employment of %1</source>
        <translation>Dienstverband van %1 beëindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="209" />
        <source>Employment from %1: %2 hours a week.</source>
        <translation>Dienstverband vanaf %1: %2 uur per week.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="213" />
        <source>End the placement of %1</source>
        <translation>Plaatsing van %1 beëindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="214" />
        <source>Placement from %1: %2 %3.</source>
        <translation>Plaatsing vanaf %1: %2 %3.</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="131" />
        <source>New entry</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="156" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="157" />
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="158" />
        <source>To</source>
        <translation>T/m</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="123" />
        <source>Entries overlapping %1 to %2, newest first</source>
        <translation>Regels in de periode %1 t/m %2, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="132" />
        <source>Save new entry</source>
        <translation>Nieuwe regel opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="133" />
        <source>Correct the entry from %1</source>
        <translation>Regel vanaf %1 corrigeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="134" />
        <source>Save correction</source>
        <translation>Correctie opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="136" />
        <source>Delete entry</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="137" />
        <source>Delete the %1? The figures are calculated again.</source>
        <translation>De %1 verwijderen? De cijfers worden opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="190" />
        <source>Pieces</source>
        <translation>Aantal stuks</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="190" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="191" />
        <source>e.g. 1.200</source>
        <translation>bv. 1.200</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="191" />
        <source>e.g. 1.234,50</source>
        <translation>bv. 1.234,50</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_entries.py" line="135" />
        <source>This line has no entries: non-productive time.</source>
        <translation>Deze regel heeft geen omzet of inkoop: niet-productieve tijd.</translation>
    </message>
</context>
<context>
    <name>EvaluateBar</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="45" />
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="55" />
        <source>Select a placement, then evaluate it.</source>
        <translation>Kies een plaatsing en evalueer die.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="46" />
        <source>Evaluate…</source>
        <translation>Evalueren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="57" />
        <source>Only their own job coach, a controller or a manager evaluates these.</source>
        <translation>Alleen de eigen jobcoach, een controller of een manager evalueert deze plaatsingen.</translation>
    </message>
</context>
<context>
    <name>FindingTexts</name>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="37" />
        <source>At %1 %2 this activity covers its costs; now %3.</source>
        <translation>Bij %1 %2 is deze activiteit kostendekkend; nu %3.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="47" />
        <source>wage costs</source>
        <translation>loonkosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="48" />
        <source>guidance costs</source>
        <translation>begeleidingskosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="51" />
        <source>guidance allowance per place</source>
        <translation>begeleidingsvergoeding per plaats</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="54" />
        <source>Wsw subsidy per fte</source>
        <translation>Wsw-subsidie per fte</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="57" />
        <source>Company parameters %1 are missing (employer's charges, hourly cost of guidance): %2 of %3 are not counted.</source>
        <translation>Bedrijfsparameters %1 ontbreken (werkgeverslasten, uurkosten begeleiding): %2 van %3 zijn niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="62" />
        <source>Overhead rate %1 for %2 is missing: overhead of %3 is not counted.</source>
        <translation>Overheadtarief %1 voor %2 ontbreekt: overhead van %3 is niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="65" />
        <source>%1: %2 %3 not entered; not counted over %4.</source>
        <translation>%1: %2 %3 niet ingevoerd; niet meegeteld over %4.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="68" />
        <source>%1 has a fixed LKS regime without a percentage: the LKS of its workers is not counted.</source>
        <translation>%1 heeft een vast LKS-regime zonder percentage: LKS van haar medewerkers is niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="72" />
        <source>State pension age from %1 not known; that of %2 used.</source>
        <translation>AOW-leeftijd vanaf %1 niet bekend; die van %2 gebruikt.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="77" />
        <source>LKS parameters (holiday allowance, maximum, surcharge) not entered: LKS of %1 is not counted.</source>
        <translation>LKS-parameters (vakantietoeslag, maximum, opslag) niet ingevoerd: LKS van %1 is niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="82" />
        <source>LKS parameters (holiday allowance, maximum, surcharge) before %2 not entered: LKS of %1 is not counted.</source>
        <translation>LKS-parameters (vakantietoeslag, maximum, opslag) voor %2 niet ingevoerd: LKS van %1 is niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="89" />
        <source>Minimum wage not entered: LKS and wage-value norm are not counted.</source>
        <translation>WML (minimumloon) niet ingevoerd: LKS en loonwaardenorm zijn niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="92" />
        <source>Minimum wage before %1 not entered: LKS and wage-value norm of %2 are not counted.</source>
        <translation>WML voor %1 niet ingevoerd: LKS en loonwaardenorm van %2 zijn niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="96" />
        <source>Minimum wage from %1 not entered; %2 used.</source>
        <translation>WML vanaf %1 niet ingevoerd; %2 gebruikt.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="98" />
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="99" />
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="100" />
        <source>Municipality %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="179" />
        <source>Worker %1 has %3 productive hours in %2, more than the %4 paid hours: divided by productive hours.</source>
        <translation>Medewerker %1 heeft in %2 %3 productieve uren, meer dan de %4 betaalde uren: verdeeld naar productieve uren.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="184" />
        <source>Worker %1 has no placement: hours and costs under 'without placement'.</source>
        <translation>Medewerker %1 heeft geen plaatsing: uren en kosten onder 'zonder plaatsing'.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="187" />
        <source>%1: the LKS was computed with the wage value over the function wage, a choice taken over from an older version of sodesk and not yet confirmed. Since 2017 the statutory minimum wage is the basis: confirm or change the choice on the Municipalities page.</source>
        <translation>%1: de LKS is berekend met de loonwaarde over het functieloon, een keuze overgenomen uit een oudere versie van sodesk en nog niet bevestigd. Sinds 2017 geldt het wettelijk minimumloon als grondslag: bevestig of wijzig de keuze op de pagina Gemeenten.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="193" />
        <source>Municipality %1 has a fixed LKS regime without a percentage: LKS set to 0.</source>
        <translation>Gemeente %1 heeft een vast LKS-regime zonder percentage: LKS op 0 gezet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="197" />
        <source>Worker %1 has no wage-value measurement on %2 and has been employed for more than %3 months: no LKS.</source>
        <translation>Medewerker %1 heeft op %2 geen loonwaardemeting en is langer dan %3 maanden in dienst: geen LKS.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="202" />
        <source>Activity %1 has no rate and no invoiced revenue in the period.</source>
        <translation>Activiteit %1 heeft geen tarief en geen gefactureerde omzet in de periode.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="205" />
        <source>Activity %1: %2 hours on days without a rate.</source>
        <translation>Activiteit %1: %2 uur op dagen zonder tarief.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="208" />
        <source>Activity %1: no piece rate on %2 for %3 pieces.</source>
        <translation>Activiteit %1: geen stukstarief op %2 voor %3 stuks.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="211" />
        <source>No company parameters for %1: wage costs set to 0.</source>
        <translation>Geen bedrijfsparameters voor %1: loonkosten op 0 gezet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="214" />
        <source>No minimum wage or LKS parameters known on %1: LKS set to 0.</source>
        <translation>Geen minimumloon of LKS-parameters bekend op %1: LKS op 0.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="217" />
        <source>Municipality %1 has no %3 for %2: set to 0.</source>
        <translation>Gemeente %1 heeft voor %2 geen %3: op 0 gezet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="220" />
        <source>No company parameters (employer's charges, hourly cost of guidance) for %1: guidance costs set to 0.</source>
        <translation>Geen bedrijfsparameters (werkgeverslasten, uurkosten begeleiding) voor %1: begeleidingskosten op 0 gezet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="228" />
        <source>No overhead rate for %1 in %2: overhead set to 0.</source>
        <translation>Geen overheadtarief voor %1 in %2: overhead op 0 gezet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="231" />
        <source>Municipality %1 has no target for %2: percentage and shortfall cannot be determined.</source>
        <translation>Gemeente %1 heeft voor %2 geen taakstelling: percentage en tekort niet te bepalen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="235" />
        <source>Labour market region '%1' of municipality %2 is not in the region table: no regional comparison.</source>
        <translation>Arbeidsmarktregio '%1' van gemeente %2 staat niet in de regiotabel: geen regionale vergelijking.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="240" />
        <source>NTW of activities without productive hours in the period belongs to no worker and is not counted here: %1.</source>
        <translation>NTW van activiteiten zonder productieve uren in de periode is aan geen medewerker toe te rekenen en telt hier niet mee: %1.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="245" />
        <source>%1 sheltered worker(s) without a placement on their last day employed: not counted in a work type.</source>
        <translation>%1 beschut werker(s) zonder plaatsing op hun laatste dag in dienst: niet in een werksoort geteld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="276" />
        <source>%1: %2 worker on 01-01-%3, below the critical mass of %4.</source>
        <translation>%1: %2 medewerker op 01-01-%3, onder de kritische massa van %4.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="279" />
        <source>%1: %2 workers on 01-01-%3, below the critical mass of %4.</source>
        <translation>%1: %2 medewerkers op 01-01-%3, onder de kritische massa van %4.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="225" />
        <source>State pension age after %1 not known: %2 years and %3 months assumed.</source>
        <translation>AOW-leeftijd na %1 onbekend: %2 jaar en %3 maanden aangenomen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="284" />
        <source>%1 worker without a birth date: stays in the outlook until the contract ends.</source>
        <translation>%1 medewerker zonder geboortedatum: die blijft in de prognose tot het contract eindigt.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="288" />
        <source>%1 workers without a birth date: they stay in the outlook until their contracts end.</source>
        <translation>%1 medewerkers zonder geboortedatum: zij blijven in de prognose tot hun contract eindigt.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/finding_texts.py" line="299" />
        <source>Distribution key 2028: assumed two thirds new, one third old (linear path; the source names only 2027 and 2029).</source>
        <translation>Verdeelsleutel 2028: aangenomen twee derde nieuw, een derde oud (lineair ingroeipad; de bron noemt alleen 2027 en 2029).</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../sodesk/ui/login.py" line="140" />
        <source>First administrator</source>
        <translation>Eerste beheerder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="146" />
        <source>This database has no users yet. Make the first administrator: they add the other users, each with a role, under Settings.</source>
        <translation>Deze database heeft nog geen gebruikers. Maak de eerste beheerder aan: die voegt onder Instellingen de andere gebruikers toe, elk met een rol.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="154" />
        <source>Create and sign in</source>
        <translation>Aanmaken en aanmelden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="154" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="43" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="50" />
        <source>A new language applies at the next start.</source>
        <translation>Een andere taal gaat in bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="51" />
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="55" />
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="58" />
        <source>Nobody: a preview without log-in (screenshots, tests)</source>
        <translation>Niemand: een voorbeeld zonder aanmelding (schermafdrukken, tests)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="62" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="63" />
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="64" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="67" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="72" />
        <source>empty: the embedded database; e.g. postgresql://user@server/sodesk</source>
        <translation>leeg: de ingebouwde database; bv. postgresql://gebruiker@server/sodesk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="74" />
        <source>Use at next start</source>
        <translation>Gebruiken bij volgende start</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="81" />
        <source>Takes effect at the next start; --database and SODESK_DATABASE_URL go first. Keep a password out of the URL: put it in a ~/.pgpass file.</source>
        <translation>Gaat in bij de volgende start; --database en SODESK_DATABASE_URL gaan voor. Zet geen wachtwoord in de URL: zet het in een ~/.pgpass-bestand.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="86" />
        <source>Now connected to</source>
        <translation>Nu verbonden met</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="87" />
        <source>At next start</source>
        <translation>Bij volgende start</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="99" />
        <source>Stored: %1 applies at the next start.</source>
        <translation>Opgeslagen: %1 gaat in bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="114" />
        <source>Stored: sodesk connects to this database at the next start.</source>
        <translation>Opgeslagen: sodesk verbindt bij de volgende start met deze database.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_general.py" line="117" />
        <source>Stored: sodesk uses the embedded database at the next start.</source>
        <translation>Opgeslagen: sodesk gebruikt bij de volgende start de ingebouwde database.</translation>
    </message>
</context>
<context>
    <name>GuidanceChart</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="88" />
        <source>Guidance hours in the period</source>
        <translation>Begeleidingsuren in de periode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="91" />
        <source>Change in wage value (points)</source>
        <translation>Verandering loonwaarde (procentpunten)</translation>
    </message>
</context>
<context>
    <name>GuidanceLine</name>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="59" />
        <source>Name or personnel number</source>
        <extracomment>the signed-in user: entries are logged under their name (services.guidance)</extracomment>
        <translation>Naam of personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="78" />
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="148" />
        <source>(no activity)</source>
        <translation>(geen activiteit)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="79" />
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="80" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="81" />
        <source>Save the line (Enter)</source>
        <translation>Regel opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="83" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="84" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="85" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="86" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="87" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="88" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="181" />
        <source>Choose a person from the list.</source>
        <translation>Kies een persoon uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="183" />
        <source>No worker '%1': choose from the list.</source>
        <translation>Geen medewerker '%1': kies uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="193" />
        <source>Choose a coach at the top of the page first.</source>
        <translation>Kies eerst bovenaan de pagina een jobcoach.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="50" />
        <location filename="../../sodesk/ui/pages/guidance.py" line="72" />
        <location filename="../../sodesk/ui/pages/guidance.py" line="94" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="51" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="53" />
        <source>Last guidance</source>
        <translation>Laatste begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="58" />
        <source>Hours 90 days</source>
        <translation>Uren 90 dagen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="64" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="65" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="66" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="67" />
        <source>Coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="68" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="69" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="74" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="77" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="80" />
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="82" />
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="95" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="96" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="97" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="254" />
        <source>Caseload of %1: %2, the longest without guidance first</source>
        <translation>Caseload van %1: %2, langst zonder begeleiding bovenaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="257" />
        <source>%1 person</source>
        <translation>%1 persoon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="257" />
        <source>%1 persons</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="66" />
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="138" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="159" />
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="187" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="188" />
        <source>Re-assessments due</source>
        <translation>Herbeoordelingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="196" />
        <source>Placements to evaluate</source>
        <translation>Plaatsingen ter evaluatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="261" />
        <source>Re-assessments due (%1)</source>
        <translation>Herbeoordelingen (%1)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="264" />
        <source>Placements to evaluate (%1)</source>
        <translation>Plaatsingen ter evaluatie (%1)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="268" />
        <source>No job coaches yet: import workers with a coach, or log guidance.</source>
        <translation>Nog geen jobcoaches: importeer medewerkers met een jobcoach, of registreer begeleiding.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="272" />
        <source>No workers have %1 as job coach.</source>
        <translation>Geen medewerkers hebben %1 als jobcoach.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="279" />
        <source>The caseload could not be read: %1</source>
        <translation>De caseload kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="328" />
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="356" />
        <source>Saved: the placement of %1 was evaluated.</source>
        <translation>Opgeslagen: de plaatsing van %1 is geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="362" />
        <source>Saved: %1 hours %2 on %3.</source>
        <translation>Opgeslagen: %1 uur %2 op %3.</translation>
    </message>
</context>
<context>
    <name>GuidanceWageValueTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="137" />
        <source>Guidance hours in the period beside the wage value in force at its start and end, for %1; the chart shows the %2 with a wage value at both ends. A point does not prove cause: other things change a wage value too.</source>
        <translation>Begeleidingsuren in de periode naast de loonwaarde aan het begin en het eind ervan, voor %1; de grafiek toont de %2 met een loonwaarde op beide momenten. Een punt bewijst geen oorzaak: ook andere dingen veranderen een loonwaarde.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="144" />
        <source>%1 measured worker</source>
        <translation>%1 gemeten medewerker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_guidance.py" line="144" />
        <source>%1 measured workers</source>
        <translation>%1 gemeten medewerkers</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="133" />
        <source>Correct…</source>
        <extracomment>one row of the form: the presenter's field name, its caption, its input (or a row of them) the activity code whose history was saved the object name of the question before a row is deleted confirm a deletion; a test drives the real dialog ask the reason of a correction (None: cancelled); set where a save needs one</extracomment>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="134" />
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="187" />
        <source>Saved; the figures are up to date.</source>
        <translation>Opgeslagen; de cijfers zijn bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="276" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="277" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/history_editor.py" line="285" />
        <source>Saved. The figures are being calculated again…</source>
        <translation>Opgeslagen. De cijfers worden opnieuw berekend…</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="65" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="107" />
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="110" />
        <source>A day of the week shown</source>
        <translation>Een dag van de getoonde week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="115" />
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="120" />
        <source>Activity or team</source>
        <translation>Activiteit of team</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="132" />
        <source>Copy last week</source>
        <translation>Vorige week kopiëren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="133" />
        <source>Fill the empty cells with last week's hours</source>
        <translation>Vul de lege cellen met de uren van vorige week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="134" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="135" />
        <source>Save week</source>
        <translation>Week opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="136" />
        <source>Save the week's hours (Ctrl+S)</source>
        <translation>De uren van de week opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="91" />
        <location filename="../../sodesk/ui/pages/hours.py" line="144" />
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="146" />
        <source>Import hours from a folder of CSV files or a workbook</source>
        <translation>Uren importeren uit een map met CSV-bestanden of een werkmap</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="226" />
        <source>Nobody is placed here this week and no hours are recorded: choose another week, activity or team, or import hours.</source>
        <translation>Niemand is hier deze week geplaatst en er zijn geen uren geschreven: kies een andere week, activiteit of team, of importeer uren.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="239" />
        <source>The hours could not be read: %1</source>
        <translation>De uren konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="250" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="258" />
        <source>Week %1 of %2 (%3 – %4)</source>
        <translation>Week %1 van %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="275" />
        <source>%1, %2 hours this week; %3.</source>
        <translation>%1, %2 uur deze week; %3.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="276" />
        <source>%1 row</source>
        <translation>%1 regel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="276" />
        <source>%1 rows</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="282" />
        <source>%1 worker over their contract</source>
        <translation>%1 medewerker boven het contract</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="283" />
        <source>%1 workers over their contract</source>
        <translation>%1 medewerkers boven hun contract</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="292" />
        <source>Unsaved changes: Ctrl+S saves the week.</source>
        <translation>Niet opgeslagen wijzigingen: Ctrl+S slaat de week op.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="322" />
        <source>Copied %1 cells from last week; check them and save.</source>
        <translation>Uit vorige week %1 cellen gekopieerd; controleer ze en sla op.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="327" />
        <source>Last week has no hours for the empty cells.</source>
        <translation>Vorige week heeft geen uren voor de lege cellen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="333" />
        <source>Changes discarded.</source>
        <translation>Wijzigingen weggegooid.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="350" />
        <source>Nothing to save.</source>
        <translation>Niets op te slaan.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="360" />
        <source>Saving the week…</source>
        <translation>De week wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="368" />
        <source>The week was not saved; nothing was written:</source>
        <translation>De week is niet opgeslagen; er is niets opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="374" />
        <source>Saved: %1 cells written, %2 removed.</source>
        <translation>Opgeslagen: %1 cellen geschreven, %2 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="382" />
        <source>The week could not be saved: %1</source>
        <translation>De week kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="386" />
        <source>Saving the week: wait until it is saved.</source>
        <translation>De week wordt opgeslagen: wacht tot dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="397" />
        <source>Unsaved hours</source>
        <translation>Niet opgeslagen uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/hours.py" line="398" />
        <source>The hours of this week have unsaved changes. Save them?</source>
        <translation>De uren van deze week hebben niet opgeslagen wijzigingen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>HoursWeekModel</name>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="39" />
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="40" />
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="41" />
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="42" />
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="43" />
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="44" />
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="45" />
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="122" />
        <source>(+%1 over contract)</source>
        <translation>(+%1 boven contract)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="130" />
        <source>Week total of %1: %2 hours, contract %3 hours</source>
        <translation>Weektotaal van %1: %2 uur, contract %3 uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="136" />
        <source>%1 of them on other activities</source>
        <translation>waarvan %1 op andere activiteiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="154" />
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="161" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="163" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="227" />
        <source>Outside the employment of %1</source>
        <translation>Buiten het dienstverband van %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="253" />
        <source>%1, %2: '%3' is not a number of hours; type e.g. 7,5, 7.5 or 7:30.</source>
        <translation>%1, %2: '%3' is geen aantal uren; typ bijvoorbeeld 7,5, 7.5 of 7:30.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/hours_week.py" line="258" />
        <source>%1, %2: %3 hours is not possible; a day has 0 to 24 hours.</source>
        <translation>%1, %2: %3 uur kan niet; een dag heeft 0 tot 24 uur.</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="101" />
        <source>Import from another system</source>
        <extracomment>a check or import ended: tests wait for it</extracomment>
        <translation>Importeren uit ander systeem</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="131" />
        <source>&lt; Back</source>
        <translation>&lt; Terug</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="132" />
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="133" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="134" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="135" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="155" />
        <source>Choose an export of your planning, payroll or bookkeeping system: a CSV file, a folder or a workbook. sodesk guesses how it is written; check the guesses against the first rows below.</source>
        <translation>Kies een export van uw planning-, salaris- of boekhoudpakket: een CSV-bestand, een map of een werkmap. sodesk raadt hoe die geschreven is; vergelijk de gok met de eerste rijen hieronder.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="165" />
        <source>No file or folder chosen yet</source>
        <translation>Nog geen bestand of map gekozen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="166" />
        <source>File…</source>
        <translation>Bestand…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="167" />
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="168" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="177" />
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="182" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="185" />
        <source>semicolon ;</source>
        <translation>puntkomma ;</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="185" />
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="185" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="187" />
        <source>comma 12,5</source>
        <translation>komma 12,5</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="187" />
        <source>point 12.5</source>
        <translation>punt 12.5</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="189" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="189" />
        <source>point 1.250</source>
        <translation>punt 1.250</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="189" />
        <source>comma 1,250</source>
        <translation>komma 1,250</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="194" />
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="195" />
        <source>sodesk table</source>
        <translation>sodesk-tabel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="196" />
        <source>Files (pattern)</source>
        <translation>Bestanden (patroon)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="197" />
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="198" />
        <source>Separator</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="199" />
        <source>Decimal mark</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="200" />
        <source>Thousands separator</source>
        <translation>Duizendtalscheiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="201" />
        <source>Date format</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="226" />
        <source>Which column of the file holds each field? (* required)</source>
        <translation>Welke kolom van het bestand bevat elk veld? (* verplicht)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="238" />
        <source>Codes sodesk does not know: choose the code they stand for (or leave them).</source>
        <translation>Codes die sodesk niet kent: kies de code waar ze voor staan (of laat ze).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="244" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="244" />
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="244" />
        <source>In sodesk</source>
        <translation>In sodesk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="258" />
        <source>Save the profile as</source>
        <translation>Profiel bewaren als</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="289" />
        <source>Choose an export</source>
        <translation>Kies een export</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="291" />
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.ods)</source>
        <translation>Exports (*.csv *.txt *.tsv *.xlsx *.ods)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="298" />
        <source>Choose a folder of exports</source>
        <translation>Kies een map met exports</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="340" />
        <source>Read %1 as %2, %3 data rows.</source>
        <translation>%1 gelezen als %2, %3 gegevensrijen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="346" />
        <source>The saved profile '%1' fits this file.</source>
        <translation>Het bewaarde profiel '%1' past bij dit bestand.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="416" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="446" />
        <source>(leave)</source>
        <translation>(laten)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="461" />
        <source>Choose a file or folder first.</source>
        <translation>Kies eerst een bestand of map.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="488" />
        <source>Step 1 of 3: the file</source>
        <translation>Stap 1 van 3: het bestand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="489" />
        <source>Step 2 of 3: columns and codes</source>
        <translation>Stap 2 van 3: kolommen en codes</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="490" />
        <source>Step 3 of 3: check and import</source>
        <translation>Stap 3 van 3: controleren en importeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="542" />
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="542" />
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="556" />
        <source>Nothing was written.</source>
        <translation>Er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="562" />
        <source>%1 rows imported. The profile is saved as %2.</source>
        <translation>%1 rijen ingelezen. Het profiel is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="575" />
        <source>No problems found: %1 rows will be written. Press Import to write every row; the profile is saved with it.</source>
        <translation>Geen problemen gevonden: %1 rijen worden weggeschreven. Kies Importeren om alle rijen weg te schrijven; het profiel wordt dan bewaard.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_assistant.py" line="589" />
        <source>%1 problems found; nothing was written.</source>
        <translation>%1 problemen gevonden; er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="337" />
        <source>The first %1 are listed.</source>
        <translation>De eerste %1 staan in de lijst.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="314" />
        <source>%1 stored hour rows will be removed: the hours file has their worker and date but not their activity.</source>
        <translation>%1 opgeslagen uurregels worden verwijderd: het urenbestand heeft hun medewerker en datum, maar niet hun activiteit.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="76" />
        <location filename="../../sodesk/ui/import_dialog.py" line="149" />
        <location filename="../../sodesk/ui/import_dialog.py" line="371" />
        <source>Import</source>
        <extracomment>a check or import ended (done, refused, cancelled or failed): tests wait for it</extracomment>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="97" />
        <source>Choose a folder of CSV files or one Excel workbook (.xlsx). First check it: nothing is written while any row has a problem. Then import it: every row or none, in one go.</source>
        <extracomment>the signed-in user the import is checked for (the window sets it)</extracomment>
        <translation>Kies een map met CSV-bestanden of één Excel-werkmap (.xlsx). Controleer eerst: zolang een rij een probleem heeft, wordt er niets geschreven. Importeer daarna: alle rijen of geen enkele, in één keer.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="106" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="109" />
        <source>No folder or workbook chosen yet</source>
        <translation>Nog geen map of werkmap gekozen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="111" />
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="112" />
        <location filename="../../sodesk/ui/import_dialog.py" line="174" />
        <source>Choose a folder of CSV files</source>
        <translation>Kies een map met CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="113" />
        <source>Workbook…</source>
        <translation>Werkmap…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="114" />
        <source>Choose one Excel workbook (.xlsx)</source>
        <translation>Kies één Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="144" />
        <source>Copy problems</source>
        <translation>Problemen kopiëren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="146" />
        <source>Copy every problem to the clipboard, to paste into a spreadsheet or e-mail</source>
        <translation>Kopieer alle problemen naar het klembord, om te plakken in een spreadsheet of e-mail</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="148" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="150" />
        <source>Write every row in one go (after a good check)</source>
        <translation>Schrijf alle rijen in één keer (na een controle zonder problemen)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="151" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="184" />
        <source>Choose an Excel workbook</source>
        <translation>Kies een Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="186" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="245" />
        <source>Check cancelled. Nothing was written.</source>
        <translation>Controle geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="248" />
        <source>Stopping the import…</source>
        <translation>De import wordt gestopt…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="259" />
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="287" />
        <source>Choose a folder or a workbook.</source>
        <translation>Kies een map of een werkmap.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="289" />
        <source>Press Check: nothing is written yet.</source>
        <translation>Klik op Controleren: er wordt nog niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="305" />
        <source>No problems found: %1 rows in %2 files will be written. Nothing has been written yet; press Import to write every row.</source>
        <translation>Geen problemen gevonden: %1 rijen in %2 bestanden worden geschreven. Er is nog niets geschreven; klik op Importeren om alle rijen te schrijven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="333" />
        <source>%1 problems found; nothing was written. Correct the files, then press Check again.</source>
        <translation>%1 problemen gevonden; er is niets geschreven. Verbeter de bestanden en klik daarna opnieuw op Controleren.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="344" />
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="352" />
        <source>%1 problems copied to the clipboard.</source>
        <translation>%1 problemen gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="369" />
        <source>Checking the files…</source>
        <translation>De bestanden worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="369" />
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/import_dialog.py" line="371" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="34" />
        <location filename="../../sodesk/ui/models/import_results.py" line="42" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="35" />
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="36" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="37" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="38" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/import_results.py" line="43" />
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
</context>
<context>
    <name>IncompleteNote</name>
    <message>
        <location filename="../../sodesk/ui/widgets/incomplete_note.py" line="47" />
        <source>Incomplete: the figures lack parameters and are not complete.</source>
        <translation>Onvolledig: de cijfers missen parameters en zijn niet volledig.</translation>
    </message>
</context>
<context>
    <name>InputTexts</name>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="28" />
        <source>BSN</source>
        <extracomment>Captions of the fields a stated refusal names, by the finding's field.</extracomment>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="29" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="30" />
        <source>Hourly wage</source>
        <translation>Uurloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="31" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="32" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="37" />
        <source>%1 fails the eleven-test (value %2).</source>
        <extracomment>What a check on one value says of it, after the field's caption and before its value.</extracomment>
        <translation>%1 voldoet niet aan de elfproef (waarde %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="38" />
        <source>%1 must not be negative (value %2).</source>
        <translation>%1 mag niet negatief zijn (waarde %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="39" />
        <source>%1 must lie between 0 and 24 hours (value %2).</source>
        <translation>%1 moet tussen 0 en 24 uur liggen (waarde %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="42" />
        <source>%1 lies before the start date %3 (value %2).</source>
        <translation>%1 ligt voor de begindatum %3 (waarde %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="49" />
        <source>%1, %2: %3 hours must lie between 0 and 24.</source>
        <extracomment>A worker's hours of one day refused on the hours page: who, day, hours (and the total).</extracomment>
        <translation>%1, %2: %3 uur moet tussen 0 en 24 uur liggen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="50" />
        <source>%1, %2: %3 hours bring the day to %4 hours over all activities, over 24.</source>
        <translation>%1, %2: %3 uur brengt de dag op %4 uur over alle activiteiten, meer dan 24.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="55" />
        <source>The time shares of the tasks add up to %1 %, not to 100 %.</source>
        <translation>De tijdsaandelen van de taken tellen op tot %1 %, niet tot 100 %.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="58" />
        <source>The month %1 is closed (month-end closing): this change would alter its figures and was not saved. A controller or administrator can reopen the month (Settings &gt; Periods, or: sodesk period reopen %2 --reason TEXT).</source>
        <translation>De maand %1 is afgesloten (maandafsluiting): deze wijziging zou de cijfers ervan veranderen en is niet opgeslagen. Een controller of beheerder kan de maand heropenen (Instellingen &gt; Periodes, of: sodesk period reopen %2 --reason TEKST).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="65" />
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="66" />
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="67" />
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="68" />
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="69" />
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="70" />
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="71" />
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="74" />
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="75" />
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="76" />
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="77" />
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="78" />
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="79" />
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="80" />
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="81" />
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="82" />
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="83" />
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="84" />
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/input_texts.py" line="85" />
        <source>Dec</source>
        <translation>dec</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="21" />
        <source>Sheltered inside</source>
        <translation>Beschut binnen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="22" />
        <source>Work on location</source>
        <translation>Werken op locatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="23" />
        <source>Group secondment</source>
        <translation>Groepsdetachering</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="24" />
        <source>Individual secondment</source>
        <translation>Individuele detachering</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="25" />
        <source>Supported employment</source>
        <translation>Begeleid werken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="28" />
        <source>Sheltered work</source>
        <translation>Beschut werk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="29" />
        <source>Wsw</source>
        <translation>Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="30" />
        <source>Jobs agreement</source>
        <translation>Banenafspraak</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="31" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="34" />
        <source>Work-floor guidance</source>
        <translation>Werkvloerbegeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="35" />
        <source>Guidance on life domains</source>
        <translation>Begeleiding leefgebieden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="36" />
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="37" />
        <source>Induction</source>
        <translation>Inwerken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="38" />
        <source>Other guidance</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="41" />
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="42" />
        <source>per piece</source>
        <translation>per stuk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="43" />
        <source>per month</source>
        <translation>per maand</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sodesk/ui/login.py" line="84" />
        <source>Sign in to sodesk</source>
        <extracomment>pages with money on them (keys of sodesk.ui.pages): hidden from job coaches pages with guidance notes: hidden from controllers</extracomment>
        <translation>Aanmelden bij sodesk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="89" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="93" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="94" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="98" />
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="98" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="107" />
        <source>This account is locked after too many failed sign-ins. Ask an administrator to unlock it.</source>
        <translation>Dit account is vergrendeld na te veel mislukte aanmeldingen. Vraag een beheerder het te ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="112" />
        <source>Too soon after a failed sign-in: wait %1 seconds.</source>
        <translation>Te snel na een mislukte aanmelding: wacht %1 seconden.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="115" />
        <source>Unknown user name or wrong password.</source>
        <translation>Onbekende gebruikersnaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/login.py" line="117" />
        <source>Wait %1 seconds before the next try.</source>
        <translation>Wacht %1 seconden voor de volgende poging.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="119" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="120" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="127" />
        <source>Import from &amp;another system…</source>
        <translation>Importeren uit &amp;ander systeem…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="133" />
        <source>E&amp;xit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="138" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="140" />
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="150" />
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="160" />
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="182" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="184" />
        <source>Signed in: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="188" />
        <source>No users: not signed in</source>
        <translation>Geen gebruikers: niet aangemeld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="190" />
        <source>Last import: %1</source>
        <translation>Laatste import: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="247" />
        <source>Imported: %1 rows from %2</source>
        <translation>Geïmporteerd: %1 rijen uit %2</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="255" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="256" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="257" />
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="258" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="355" />
        <source>Saving: the window closes when it is saved.</source>
        <translation>Bezig met opslaan: het venster sluit zodra dat klaar is.</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="75" />
        <source>e.g. Dariuz, ULW</source>
        <extracomment>the signed-in user the save is checked for (set by the card)</extracomment>
        <translation>bijv. Dariuz, ULW</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="79" />
        <source>Within 6 months</source>
        <translation>Binnen 6 maanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="80" />
        <source>6 months to 1 year</source>
        <translation>6 maanden tot 1 jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="81" />
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="82" />
        <source>No change expected</source>
        <translation>Geen verandering verwacht</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="87" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="89" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="90" />
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="108" />
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="109" />
        <source>Remove task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="122" />
        <source>Re-assessment</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="125" />
        <source>Discard (Esc)</source>
        <translation>Verwerpen (Esc)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="126" />
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="177" />
        <source>No re-assessment planned</source>
        <translation>Geen herbeoordeling gepland</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="179" />
        <source>Re-assess by %1</source>
        <translation>Herbeoordelen uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="188" />
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="193" />
        <source>Wage value: –</source>
        <translation>Loonwaarde: –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="195" />
        <source>The time shares add up to %1 instead of 100 %.</source>
        <translation>De tijdsbesteding telt op tot %1 in plaats van 100 %.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="204" />
        <source>Wage value: %1</source>
        <translation>Loonwaarde: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="207" />
        <source>Wage value: %1 measured, rounded %2</source>
        <translation>Loonwaarde: %1 gemeten, afgerond %2</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="95" />
        <source>Result (× € 1,000)</source>
        <translation>Resultaat (× € 1.000)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="95" />
        <source>Result (€)</source>
        <translation>Resultaat (€)</translation>
    </message>
</context>
<context>
    <name>MonthsPanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="172" />
        <source>Select an activity to see its months.</source>
        <extracomment>the months of a period have been computed (or failed)</extracomment>
        <translation>Kies een activiteit om de maanden te zien.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="180" />
        <source>Result per month, each month computed as the report does.</source>
        <translation>Resultaat per maand; elke maand berekend zoals het rapport dat doet.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="182" />
        <source>No figures for this line in the period.</source>
        <translation>Geen cijfers voor deze regel in de periode.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="194" />
        <source>Calculating the months of the period…</source>
        <translation>De maanden van de periode worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_months.py" line="221" />
        <source>The months could not be calculated: %1</source>
        <translation>De maanden konden niet worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="49" />
        <source>Fixed %1</source>
        <translation>Vast %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="52" />
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="56" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="57" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="58" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="59" />
        <source>LKS regime</source>
        <translation>LKS-regeling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="61" />
        <source>Target</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="65" />
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="67" />
        <source>Jobs (31 h)</source>
        <translation>Banen (31 u)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="72" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="74" />
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="101" />
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="102" />
        <source>Save the regime and the figures per year (Ctrl+S)</source>
        <translation>De regeling en de cijfers per jaar opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="103" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="118" />
        <source>No municipalities yet: import municipalities.csv.</source>
        <translation>Nog geen gemeenten: importeer municipalities.csv.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="188" />
        <source>Target of %1 and realisation on %2 (persons and jobs of 31 hours).</source>
        <translation>Taakstelling %1 en realisatie op %2 (personen en banen van 31 uur).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="195" />
        <source>Confirm or change the wage-value basis (function wage) of: %1</source>
        <translation>Bevestig of wijzig de grondslag van de loonwaarde (functieloon) van: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="205" />
        <source>The municipalities could not be read: %1</source>
        <translation>De gemeenten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="246" />
        <source>Unsaved changes: Ctrl+S saves them.</source>
        <translation>Niet opgeslagen wijzigingen: Ctrl+S slaat ze op.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="284" />
        <source>Saving %1…</source>
        <translation>%1 wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="303" />
        <source>Saved: %1 (version %2).</source>
        <translation>Opgeslagen: %1 (versie %2).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="314" />
        <source>The settings could not be saved: %1</source>
        <translation>De instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="320" />
        <source>Changes discarded.</source>
        <translation>Wijzigingen weggegooid.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="324" />
        <source>Waiting list saved.</source>
        <translation>Wachtlijst opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="329" />
        <source>Saving: wait until it is saved.</source>
        <translation>Bezig met opslaan: wacht tot dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="340" />
        <source>Unsaved settings</source>
        <translation>Niet opgeslagen instellingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/municipalities.py" line="341" />
        <source>The municipality's settings have unsaved changes. Save them?</source>
        <translation>De instellingen van de gemeente hebben niet opgeslagen wijzigingen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>MunicipalityCard</name>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="58" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="60" />
        <source>Target</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="66" />
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="71" />
        <source>Jobs (31 h)</source>
        <translation>Banen (31 u)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="76" />
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="81" />
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="86" />
        <source>National target (jobs)</source>
        <translation>Landelijk doel (banen)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="98" />
        <source>Wage subsidy (LKS)</source>
        <translation>Loonkostensubsidie (LKS)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="99" />
        <source>Guidance allowance</source>
        <translation>Begeleidingsvergoeding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="100" />
        <source>Wsw subsidy</source>
        <translation>Rijksbijdrage Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="101" />
        <source>Net added value (NTW)</source>
        <translation>Netto toegevoegde waarde (NTW)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="102" />
        <source>Wage costs</source>
        <translation>Loonkosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="103" />
        <source>Guidance costs</source>
        <translation>Begeleidingskosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="104" />
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="105" />
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="106" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="107" />
        <source>Productive hours</source>
        <translation>Productieve uren</translation>
    </message>
</context>
<context>
    <name>MunicipalityCardView</name>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="143" />
        <source>Realisation on 31 December of a past year and on today in the current year; the target and the percentage count jobs of 31 hours (R10). Years to come show their targets only.</source>
        <translation>Realisatie op 31 december van een voorbij jaar en op vandaag in het lopende jaar; taakstelling en percentage tellen banen van 31 uur (R10). Komende jaren tonen alleen hun taakstelling.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="150" />
        <source>Settings and figures per year</source>
        <translation>Regeling en cijfers per jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="151" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="152" />
        <source>Realisation up to 2030</source>
        <translation>Realisatie tot 2030</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="169" />
        <source>Double-click a figure of the municipal report to see the worker-months it is made of over the chosen period, with the rule and the parameters.</source>
        <translation>Dubbelklik op een cijfer van de gemeenterapportage om te zien uit welke medewerker-maanden het over de gekozen periode bestaat, met de regel en de parameters.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="175" />
        <source>Origin of the figures</source>
        <translation>Herkomst van de cijfers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="186" />
        <source>no region</source>
        <translation>geen regio</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_card.py" line="191" />
        <source>Waiting list (%1)</source>
        <translation>Wachtlijst (%1)</translation>
    </message>
</context>
<context>
    <name>MunicipalityChooser</name>
    <message>
        <location filename="../../sodesk/ui/pages/parts.py" line="164" />
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
</context>
<context>
    <name>MunicipalityWaiting</name>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="42" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="43" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="44" />
        <source>Not</source>
        <translation>Niet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="53" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="110" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="55" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="110" />
        <source>Advice date</source>
        <translation>Adviesdatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="60" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="111" />
        <source>Placeable</source>
        <translation>Plaatsbaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="62" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="111" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="64" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="104" />
        <source>Placed on</source>
        <extracomment>the signed-in user the saves are checked for (the municipalities page sets it)</extracomment>
        <translation>Geplaatst op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="137" />
        <source>New entry</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="138" />
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="173" />
        <source>Save entry</source>
        <translation>Regel opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="158" />
        <source>Add to waiting list</source>
        <translation>Op wachtlijst zetten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_waiting.py" line="214" />
        <source>The entry could not be saved: %1</source>
        <translation>De regel kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>MunicipalityYearsModel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="53" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="54" />
        <source>Target (places)</source>
        <translation>Taakstelling (plaatsen)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="55" />
        <source>Guidance allowance per place</source>
        <translation>Begeleidingsvergoeding per plaats</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="56" />
        <source>Wsw subsidy per FTE</source>
        <translation>Wsw-subsidie per fte</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../sodesk/ui/navigation.py" line="75" />
        <source>Navigation</source>
        <extracomment>item data: the caption drawn above the first page of a group ("" for the others)</extracomment>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/navigation.py" line="77" />
        <source>The pages, grouped by work; Ctrl+1 to Ctrl+9 open them directly</source>
        <translation>De pagina's, gegroepeerd naar werk; Ctrl+1 tot en met Ctrl+9 openen ze direct</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/navigation.py" line="91" />
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="51" />
        <source>Daily work</source>
        <extracomment>the navigation's groups, by the user's work, in order; the pages of a group follow each other in PAGES</extracomment>
        <translation>Dagelijks werk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="52" />
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="53" />
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="54" />
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
</context>
<context>
    <name>OriginDialog</name>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="55" />
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="60" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="65" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="72" />
        <source>Paid hours</source>
        <translation>Betaalde uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="75" />
        <source>Productive hours</source>
        <translation>Productieve uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="80" />
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="83" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="89" />
        <source>Minimum wage</source>
        <translation>WML per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="93" />
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="94" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="96" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="129" />
        <source>Origin of a figure</source>
        <translation>Herkomst van een cijfer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="132" />
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="157" />
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="161" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="191" />
        <source>This figure cannot be explained</source>
        <translation>Dit cijfer kan niet worden verklaard</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="203" />
        <source>Origin: %1 of %2, %3 to %4</source>
        <translation>Herkomst: %1 van %2, %3 t/m %4</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="217" />
        <source>Total of %1 rows: %2 (the report: %3)</source>
        <translation>Totaal van %1 rijen: %2 (in het rapport: %3)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="243" />
        <source>Save origin as</source>
        <translation>Herkomst opslaan als</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="243" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/origin_dialog.py" line="249" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>OutlookTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="46" />
        <source>Critical mass (fewest people per work type)</source>
        <extracomment>the user changed the critical mass</extracomment>
        <translation>Kritische massa (minste aantal mensen per werksoort)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="66" />
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="109" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="67" />
        <source>Nobody is employed on 1 January: no outlook.</source>
        <translation>Niemand is op 1 januari in dienst: geen prognose.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="73" />
        <source>Persons and, in brackets, jobs of 31 hours on 1 January of %1 to %2: those employed now, less contract ends and the statutory pension age. A warning icon marks a year below the critical mass.</source>
        <translation>Personen en, tussen haakjes, banen van 31 uur op 1 januari van %1 tot en met %2: wie nu in dienst is, min afgelopen contracten en de AOW-leeftijd. Een waarschuwingsteken markeert een jaar onder de kritische massa.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="90" />
        <source>Below the critical mass of %1</source>
        <translation>Onder de kritische massa van %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="98" />
        <source>%1, of whom %2 Wsw; %3 jobs of 31 hours</source>
        <translation>%1, van wie %2 Wsw; %3 banen van 31 uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="101" />
        <source>%1 person</source>
        <translation>%1 persoon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="101" />
        <source>%1 persons</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="107" />
        <source>Unplaced</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="115" />
        <source>Below critical mass</source>
        <translation>Onder kritische massa</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="115" />
        <source>Note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_outlook.py" line="123" />
        <source>Every work type stays at or above the critical mass of %1.</source>
        <translation>Elke werksoort blijft op of boven de kritische massa van %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="73" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="75" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="79" />
        <source>Productive hours</source>
        <translation>Productieve uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="84" />
        <source>Coverage</source>
        <translation>Dekkingsgraad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="87" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="63" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="161" />
        <source>Activities that lose most</source>
        <translation>Activiteiten met het grootste verlies</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="167" />
        <source>Double-click an activity to open it on the Activities page</source>
        <translation>Dubbelklik op een activiteit om haar te openen op de pagina Activiteiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="172" />
        <source>Double-click a row to open the activity.</source>
        <translation>Dubbelklik op een regel om de activiteit te openen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="123" />
        <source>No hours in this period yet: import a file or enter hours.</source>
        <translation>Nog geen uren in deze periode: importeer een bestand of voer uren in.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="128" />
        <source>Calculating the figures of the period…</source>
        <translation>De cijfers van de periode worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="221" />
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="241" />
        <source>The figures could not be calculated: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="254" />
        <source>Could not be counted: %1</source>
        <translation>Kon niet worden geteld: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="137" />
        <source>Realisation of</source>
        <translation>Realisatie van</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="144" />
        <source>The municipality this tile counts; the other tiles are the whole company.</source>
        <translation>De gemeente die deze tegel telt; de andere tegels gaan over het hele bedrijf.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="148" />
        <source>Result, whole company</source>
        <translation>Resultaat, hele bedrijf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="149" />
        <source>NTW per productive hour, whole company</source>
        <translation>NTW per productief uur, hele bedrijf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="150" />
        <source>LKS and allowances, whole company</source>
        <translation>LKS en vergoedingen, hele bedrijf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="263" />
        <source>%1, %2 jobs of 31 hours on %3</source>
        <translation>%1, %2 banen van 31 uur op %3</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="264" />
        <source>%1 person</source>
        <translation>%1 persoon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="264" />
        <source>%1 persons</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="269" />
        <source>no target known for %1</source>
        <translation>geen taakstelling bekend voor %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="271" />
        <source>target %1 jobs</source>
        <translation>taakstelling %1 banen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="273" />
        <source>(no target for %1)</source>
        <translation>(geen taakstelling voor %1)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="276" />
        <source>waiting list: %1</source>
        <translation>wachtlijst: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="287" />
        <source>Coverage %1: income %2 against costs %3.</source>
        <translation>Dekkingsgraad %1: opbrengsten %2 tegen kosten %3.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="295" />
        <location filename="../../sodesk/ui/pages/overview.py" line="321" />
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="296" />
        <location filename="../../sodesk/ui/pages/overview.py" line="322" />
        <source>Without the missing parameters: %1. </source>
        <translation>Zonder de ontbrekende parameters: %1. </translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="302" />
        <source>NTW %1 over %2 productive hours; cost price %3 per hour.</source>
        <translation>NTW %1 over %2 productieve uren; kostprijs %3 per uur.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="308" />
        <source>The cost price is incomplete.</source>
        <translation>De kostprijs is onvolledig.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="315" />
        <source>Wage subsidy (LKS); besides a guidance allowance of %1 and Wsw subsidy %2.</source>
        <translation>Loonkostensubsidie (LKS); daarnaast begeleidingsvergoeding %1 en rijksbijdrage Wsw %2.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="335" />
        <source>The activity that loses most</source>
        <translation>De activiteit met het grootste verlies</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="336" />
        <source>The %1 activities that lose most</source>
        <translation>De %1 activiteiten met het grootste verlies</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="340" />
        <source>No activity lost money in this period.</source>
        <translation>Geen activiteit leed verlies in deze periode.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="347" />
        <source>Period %1 to %2; realisation counted on %2.</source>
        <translation>Periode %1 t/m %2; realisatie geteld op %2.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="353" />
        <source>Estimated or incomplete input: %1 (hover here for the kinds; every one is in the activity report).</source>
        <translation>Geschatte of onvolledige invoer: %1 (houd de muis hierop voor de soorten; elke staat in het activiteitenrapport).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="357" />
        <source>%1 warning</source>
        <translation>%1 waarschuwing</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="357" />
        <source>%1 warnings</source>
        <translation>%1 waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/overview.py" line="368" />
        <source>Nothing was estimated.</source>
        <translation>Er is niets geschat.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../sodesk/ui/pages/base.py" line="50" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/base.py" line="53" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/base.py" line="55" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="82" />
        <source>New row: %1</source>
        <extracomment>the signed-in user the save is checked for asks for the reason; a test may drive the real dialog or replace this</extracomment>
        <translation>Nieuwe regel: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="84" />
        <source>Change: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="111" />
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="111" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ParameterTable</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="91" />
        <source>New row…</source>
        <extracomment>the signed-in user the saves are checked for (the settings page sets it)</extracomment>
        <translation>Nieuwe regel…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="93" />
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="130" />
        <source>Saved: %1 (%2), with its reason in the audit log.</source>
        <translation>Opgeslagen: %1 (%2), met de reden in het wijzigingslogboek.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../sodesk/ui/period.py" line="40" />
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/period.py" line="46" />
        <location filename="../../sodesk/ui/period.py" line="51" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/period.py" line="47" />
        <source>Start of the period</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/period.py" line="48" />
        <source>End of the period</source>
        <translation>Einde van de periode</translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="64" />
        <source>A closed month's figures no longer change: hours, guidance, revenue, rates, wages and parameters dated in it are refused until a controller or administrator reopens the month, with a reason.</source>
        <translation>De cijfers van een afgesloten maand veranderen niet meer: uren, begeleiding, omzet, tarieven, lonen en parameters in die maand worden geweigerd tot een controller of beheerder de maand heropent, met een reden.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="76" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="76" />
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="76" />
        <source>Closed by</source>
        <translation>Afgesloten door</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="86" />
        <source>Close through this month…</source>
        <translation>Afsluiten tot en met deze maand…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="89" />
        <source>Reopen from this month…</source>
        <translation>Heropenen vanaf deze maand…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="100" />
        <source>Your role may see the months, not close or reopen them.</source>
        <translation>Met uw rol ziet u de maanden, maar kunt u ze niet afsluiten of heropenen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="141" />
        <source>The months could not be read: %1</source>
        <translation>De maanden konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="153" />
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="153" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="160" />
        <source>No hours or guidance yet: there is no month to close.</source>
        <translation>Nog geen uren of begeleiding: er is geen maand om af te sluiten.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="187" />
        <source>Checking the months to close…</source>
        <translation>De af te sluiten maanden worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="194" />
        <source>Nothing closed.</source>
        <translation>Niets afgesloten.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="206" />
        <source>Close months</source>
        <translation>Maanden afsluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="210" />
        <source>%1 problem(s) in the months through %2; close anyway?</source>
        <translation>%1 punt(en) onvolledig in de maanden tot en met %2; toch afsluiten?</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="215" />
        <source>Close anyway</source>
        <translation>Toch afsluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="218" />
        <source>Close %1 and every earlier open month? Their figures no longer change.</source>
        <translation>%1 en elke eerdere open maand afsluiten? Hun cijfers veranderen daarna niet meer.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="221" />
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="230" />
        <source>Closed: %1 month(s), through %2.</source>
        <translation>Afgesloten: %1 maand(en), tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_periods.py" line="252" />
        <source>Reopened: %1 month(s), from %2.</source>
        <translation>Heropend: %1 maand(en), vanaf %2.</translation>
    </message>
</context>
<context>
    <name>PlacementEvaluation</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="73" />
        <source>Evaluate placement</source>
        <translation>Plaatsing evalueren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="88" />
        <source>%1 (%2): %3, %4, since %5.</source>
        <translation>%1 (%2): %3, %4, sinds %5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="98" />
        <source>Evaluated: the placement goes on from</source>
        <translation>Geëvalueerd: de plaatsing loopt door vanaf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="99" />
        <source>End the placement on</source>
        <translation>De plaatsing eindigt op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="118" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="118" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_evaluate.py" line="122" />
        <source>This placement has changed meanwhile: refresh (F5).</source>
        <translation>Deze plaatsing is intussen gewijzigd: ververs (F5).</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="120" />
        <source>– choose –</source>
        <translation>– kies –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="125" />
        <source>optional: the external employer</source>
        <translation>niet verplicht: de externe werkgever</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="127" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="128" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="129" />
        <source>External employer</source>
        <translation>Externe werkgever</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="130" />
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="137" />
        <source>– none –</source>
        <translation>– geen –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_spans.py" line="143" />
        <source>New placement of %1</source>
        <translation>Nieuwe plaatsing van %1</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../sodesk/ui/problem_text.py" line="22" />
        <source>Unexpected error (%1: %2); the details are in %3.</source>
        <translation>Onverwachte fout (%1: %2); de details staan in %3.</translation>
    </message>
</context>
<context>
    <name>ProfitLossChart</name>
    <message>
        <location filename="../../sodesk/ui/widgets/charts.py" line="74" />
        <source>Profit</source>
        <translation>Winst</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/charts.py" line="75" />
        <source>Loss</source>
        <translation>Verlies</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../sodesk/ui/qt_gaps.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/qt_gaps.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="103" />
        <source>New rate</source>
        <extracomment>ask for the reason of a correction; a test drives the real dialog</extracomment>
        <translation>Nieuw tarief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="108" />
        <source>Delete rate</source>
        <translation>Tarief verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="109" />
        <source>Delete the rate %1? The audit log keeps its values.</source>
        <translation>Het tarief %1 verwijderen? Het wijzigingslogboek bewaart de waarden.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="115" />
        <source>open end</source>
        <translation>open einde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="117" />
        <source>– choose –</source>
        <translation>– kies –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="123" />
        <source>e.g. 6,20</source>
        <translation>bv. 6,20</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="124" />
        <source>End the previous rate the day before</source>
        <translation>Vorig tarief de dag ervoor laten eindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="139" />
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="140" />
        <source>Valid to</source>
        <translation>Geldig t/m</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="141" />
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="142" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="104" />
        <source>Save new rate</source>
        <translation>Nieuw tarief opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="105" />
        <source>Correct the rate from %1</source>
        <translation>Tarief vanaf %1 corrigeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="106" />
        <source>Save correction…</source>
        <translation>Correctie opslaan…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="107" />
        <source>This line has no rates: non-productive time is not priced.</source>
        <translation>Deze regel heeft geen tarieven: niet-productieve tijd wordt niet geprijsd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_rates.py" line="182" />
        <source>The rate from %1 will end on %2.</source>
        <translation>Het tarief vanaf %1 eindigt dan op %2.</translation>
    </message>
</context>
<context>
    <name>ReadsAsValidator</name>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="123" />
        <source>'%1' cannot be typed here: type a number, with a comma or a point.</source>
        <extracomment>the sentence that says which characters were refused</extracomment>
        <translation>'%1' kan hier niet getypt worden: typ een getal, met een komma of een punt.</translation>
    </message>
</context>
<context>
    <name>ReassessmentTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="97" />
        <source>%1 re-assessments overdue</source>
        <translation>%1 herbeoordelingen te laat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="106" />
        <source>No job coach</source>
        <translation>Geen jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="107" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="107" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="108" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_plan.py" line="115" />
        <source>%1 wage-value re-assessments are due up to %2, %3 of them overdue, per job coach and month. Sheltered workers are not planned from 1 January 2028: the fixed subsidy then needs no measurement.</source>
        <translation>%1 herbeoordelingen van de loonwaarde vallen tot en met %2, waarvan %3 te laat, per jobcoach en maand. Beschut werkers worden vanaf 1 januari 2028 niet ingepland: de vaste subsidie vraagt dan geen meting.</translation>
    </message>
</context>
<context>
    <name>RegimeEditor</name>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="215" />
        <source>Measured wage value</source>
        <translation>Gemeten loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="216" />
        <source>Fixed percentage</source>
        <translation>Vast percentage</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="219" />
        <source>e.g. 70 or 80</source>
        <translation>bijv. 70 of 80</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="223" />
        <source>Function wage</source>
        <translation>Functieloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="196" />
        <source>The wage value is computed here over the function wage. Since 2017 the statutory minimum wage is the basis; this choice was carried over from an older version. Confirm or change the choice.</source>
        <translation>De loonwaarde wordt hier over het functieloon berekend. Sinds 2017 geldt het wettelijk minimumloon als grondslag; deze keuze is overgenomen uit een oudere versie. Bevestig of wijzig de keuze.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="202" />
        <source>Confirm function wage</source>
        <translation>Functieloon bevestigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="204" />
        <source>Keep the function wage as this municipality's choice and save</source>
        <translation>Het functieloon als keuze van deze gemeente houden en opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="222" />
        <source>Statutory minimum wage (default)</source>
        <translation>Wettelijk minimumloon (standaard)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="225" />
        <source>Per place</source>
        <translation>Per plaats</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="226" />
        <source>Per job of 31 hours</source>
        <translation>Per baan van 31 uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="227" />
        <source>LKS regime</source>
        <translation>LKS-regeling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="228" />
        <source>Fixed percentage (%)</source>
        <translation>Vast percentage (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="229" />
        <source>Wage value over</source>
        <translation>Loonwaarde over</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="230" />
        <source>Guidance allowance</source>
        <translation>Begeleidingsvergoeding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/municipality_regime.py" line="235" />
        <source>Figures per year (type a figure, Enter; 9.328,50 or 9328.50)</source>
        <translation>Cijfers per jaar (typ een getal, Enter; 9.328,50 of 9328.50)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="158" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="161" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="165" />
        <source>Window's period</source>
        <translation>Periode van het venster</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="171" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="174" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="218" />
        <source>Chosen when you make the report; suggested: %1 in %2</source>
        <translation>Kiest u bij het maken; voorstel: %1 in %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="77" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="76" />
        <source>Make report…</source>
        <extracomment>a report file was written (its path) a build ended: written, cancelled or failed</extracomment>
        <translation>Rapport maken…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="84" />
        <source>Open the report</source>
        <translation>Rapport openen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="85" />
        <source>Open its folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="128" />
        <source>The period ends before it starts: choose the dates again.</source>
        <translation>De periode eindigt vóór ze begint: kies de datums opnieuw.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="131" />
        <source>Choose a municipality for the municipal report.</source>
        <translation>Kies een gemeente voor de gemeenterapportage.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="163" />
        <source>Save report as</source>
        <translation>Rapport opslaan als</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="180" />
        <source>Building the report…</source>
        <translation>Het rapport wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="181" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="179" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="197" />
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="223" />
        <source>The report was not saved: %1</source>
        <translation>Het rapport is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="236" />
        <location filename="../../sodesk/ui/pages/reports.py" line="241" />
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/reports.py" line="253" />
        <source>Saved: %1 (%2 kB), in the folder %3.</source>
        <translation>Opgeslagen: %1 (%2 kB), in de map %3.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="51" />
        <source>Activities (PDF)</source>
        <translation>Activiteiten (PDF)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="52" />
        <source>Profitability per activity: NTW per productive hour against cost price, coverage, result and break-even rate, with totals per work type and the parameters used.</source>
        <translation>Rendement per activiteit: NTW per productief uur tegen de kostprijs, dekkingsgraad, resultaat en kostendekkend tarief, met totalen per werksoort en de gebruikte parameters.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="61" />
        <source>Activities (Excel)</source>
        <translation>Activiteiten (Excel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="62" />
        <source>The activity report as a workbook, to calculate further with.</source>
        <translation>Het activiteitenrapport als werkmap, om mee verder te rekenen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="69" />
        <source>Activities (JSON)</source>
        <translation>Activiteiten (JSON)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="70" />
        <source>The activity report for other software (the documented JSON format).</source>
        <translation>Het activiteitenrapport voor andere software (het beschreven JSON-formaat).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="77" />
        <source>Municipality (PDF)</source>
        <translation>Gemeente (PDF)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="78" />
        <source>For the discussion with one municipality: key figures, realisation and waiting list, work types, wage value, guidance, finance and the 2028 scenario.</source>
        <translation>Voor het gesprek met één gemeente: kerncijfers, realisatie en wachtlijst, werksoorten, loonwaarde, begeleiding, financieel beeld en het scenario 2028.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="87" />
        <source>Municipality (JSON)</source>
        <translation>Gemeente (JSON)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="88" />
        <source>The municipal report for other software (the documented JSON format).</source>
        <translation>De gemeenterapportage voor andere software (het beschreven JSON-formaat).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="95" />
        <source>Outlook (PDF)</source>
        <translation>Vooruitblik (PDF)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="96" />
        <source>Persons and 31-hour jobs per work type for ten years with the critical-mass warnings, and the wage-value re-assessments per job coach and month.</source>
        <translation>Personen en banen van 31 uur per werksoort voor tien jaar met de waarschuwingen voor de kritische massa, en de herbeoordelingen per jobcoach en maand.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="105" />
        <source>Outlook (Excel)</source>
        <translation>Vooruitblik (Excel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="106" />
        <source>The workforce outlook and the re-assessment plan as a workbook.</source>
        <translation>De personeelsprognose en de planning van de herbeoordelingen als werkmap.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="113" />
        <source>Outlook (JSON)</source>
        <translation>Vooruitblik (JSON)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="114" />
        <source>The outlook report for other software (the JSON format).</source>
        <translation>De vooruitblik voor andere software (het JSON-formaat).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="121" />
        <source>Questionnaire (Excel)</source>
        <translation>Vragenlijst (Excel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="122" />
        <source>The figures of the sector questionnaire per work type, as a workbook.</source>
        <translation>De cijfers van de sectoruitvraag per werksoort, als werkmap.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="129" />
        <source>Questionnaire (JSON)</source>
        <translation>Vragenlijst (JSON)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="130" />
        <source>The questionnaire figures for other software (the JSON format).</source>
        <translation>De cijfers van de uitvraag voor andere software (het JSON-formaat).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="136" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="137" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/reports_form.py" line="138" />
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>RestorePanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="61" />
        <source>Select a line of a deletion to put the record back as it was. The restore itself goes into the audit log.</source>
        <extracomment>asks for the reason / confirmation; a test may drive the real dialogs</extracomment>
        <translation>Kies een regel van een verwijdering om het record terug te zetten zoals het was. Het herstel komt zelf ook in het auditlog.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="66" />
        <source>Restore…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="96" />
        <source>Restore a deleted record</source>
        <translation>Verwijderd record herstellen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="99" />
        <source>Restore %1, deleted by %2 on %3? It is inserted again as it was.</source>
        <translation>%1 herstellen, verwijderd door %2 op %3? Het record komt terug zoals het was.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="104" />
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_restore.py" line="105" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Scenario2028Tab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="83" />
        <source>Employer-cost surcharge on top of the 68 % (not yet published)</source>
        <extracomment>the user flipped the surcharge assumption (True: on top)</extracomment>
        <translation>Opslag werkgeverslasten bovenop de 68 % (nog niet gepubliceerd)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="131" />
        <source>No sheltered workers were employed from %1 to %2: nothing to compare. Choose another period at the top.</source>
        <translation>Van %1 tot en met %2 was geen beschut werker in dienst: niets te vergelijken. Kies bovenaan een andere periode.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="140" />
        <source>In 2028 the company receives %1 less wage subsidy (LKS) than now: %2 at a fixed %3 against %4 now, over the hours and minimum wage of %5 to %6.</source>
        <translation>In 2028 ontvangt het bedrijf %1 minder loonkostensubsidie (LKS) dan nu: %2 bij vast %3 tegen %4 nu, over de uren en het minimumloon van %5 tot en met %6.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="145" />
        <source>In 2028 the company receives %1 more wage subsidy (LKS) than now: %2 at a fixed %3 against %4 now, over the hours and minimum wage of %5 to %6.</source>
        <translation>In 2028 ontvangt het bedrijf %1 meer loonkostensubsidie (LKS) dan nu: %2 bij vast %3 tegen %4 nu, over de uren en het minimumloon van %5 tot en met %6.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="150" />
        <source>In 2028 the company receives as much wage subsidy (LKS) as now%1: %2 at a fixed %3 against %4 now, over the hours and minimum wage of %5 to %6.</source>
        <translation>In 2028 ontvangt het bedrijf evenveel loonkostensubsidie (LKS) als nu%1: %2 bij vast %3 tegen %4 nu, over de uren en het minimumloon van %5 tot en met %6.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="166" />
        <source>%1: %2 now, %3 at the fixed percentage, difference %4; %5 of %6 sheltered workers would receive less.</source>
        <translation>%1: %2 nu, %3 bij het vaste percentage, verschil %4; %5 van de %6 beschut werkers gaan erop achteruit.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="180" />
        <source>Assumption in use: the employer-cost surcharge is added on top of the fixed %1 of the minimum wage (with holiday allowance).</source>
        <translation>Gebruikte aanname: de opslag werkgeverslasten komt bovenop de vaste %1 van het minimumloon (met vakantiegeld).</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="185" />
        <source>Assumption in use: the fixed %1 of the minimum wage (with holiday allowance) without the employer-cost surcharge on top.</source>
        <translation>Gebruikte aanname: de vaste %1 van het minimumloon (met vakantiegeld), zonder opslag werkgeverslasten erbovenop.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="191" />
        <source>The parameters (Settings) assume the other way; reports use the parameters.</source>
        <translation>De parameters (Instellingen) gaan van het andere uit; rapporten volgen de parameters.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="197" />
        <source>No sheltered worker would receive less.</source>
        <translation>Geen enkele beschut werker gaat erop achteruit.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="199" />
        <source>%1 sheltered workers would receive less (largest loss first):</source>
        <translation>%1 beschut werkers gaan erop achteruit (grootste verlies eerst):</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/analysis_2028.py" line="201" />
        <source>%1 sheltered workers of %2 would receive less (largest loss first):</source>
        <translation>%1 beschut werkers van %2 gaan erop achteruit (grootste verlies eerst):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="78" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="70" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="75" />
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="83" />
        <source>Periods</source>
        <translation>Periodes</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="89" />
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="110" />
        <source>Dated parameters</source>
        <translation>Gedateerde parameters</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="112" />
        <source>Not signed in: a preview; sign in to change parameters.</source>
        <translation>Niet aangemeld: een voorbeeld; meld u aan om parameters te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="114" />
        <source>Your role may read these parameters, not change them.</source>
        <translation>Uw rol mag deze parameters lezen, niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/settings.py" line="159" />
        <source>The settings could not be read: %1</source>
        <translation>De instellingen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="63" />
        <source>Minimum wage</source>
        <translation>Minimumloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="64" />
        <source>Statutory minimum wage (WML): per hour from 2024, per month before. Add the new amount for every half year (1 January, 1 July) once it is published.</source>
        <translation>Wettelijk minimumloon (WML): per uur vanaf 2024, daarvoor per maand. Voeg elk half jaar (1 januari, 1 juli) het nieuwe bedrag toe zodra het is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="37" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="43" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="206" />
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="72" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="74" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="83" />
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="75" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="90" />
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="76" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="80" />
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="86" />
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="87" />
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="115" />
        <source>LKS parameters</source>
        <translation>LKS-parameters</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="116" />
        <source>Wage cost subsidy (LKS): holiday allowance on the wage, the cap as a share of the minimum wage, and the surcharge for the employer's costs.</source>
        <translation>Loonkostensubsidie (LKS): vakantiegeld op het loon, het maximum als deel van het minimumloon, en de opslag voor werkgeverslasten.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="124" />
        <source>Holiday allowance</source>
        <translation>Vakantiegeld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="129" />
        <source>Cap (of WML)</source>
        <translation>Maximum (van WML)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="134" />
        <source>Employer-cost surcharge</source>
        <translation>Opslag werkgeverslasten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="42" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="144" />
        <source>Holiday allowance (%)</source>
        <translation>Vakantiegeld (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="148" />
        <source>Cap (% of WML)</source>
        <translation>Maximum (% van WML)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="152" />
        <source>Employer-cost surcharge (%)</source>
        <translation>Opslag werkgeverslasten (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="175" />
        <source>Start without measurement</source>
        <translation>Start zonder meting</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="176" />
        <source>Municipal flat rate 70 %</source>
        <translation>Gemeentelijk vast 70 %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="177" />
        <source>Municipal flat rate 80 %</source>
        <translation>Gemeentelijk vast 80 %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="178" />
        <source>Sheltered work from 2028</source>
        <translation>Beschut werk vanaf 2028</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="188" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="190" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="196" />
        <source>Fixed regimes</source>
        <translation>Vaste regelingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="197" />
        <source>Subsidy as a fixed share of the minimum wage. The 68 % for sheltered work from 2028 is a bill: whether the employer-cost surcharge comes on top is not yet known; switch 'Surcharge on top' when it is.</source>
        <translation>Subsidie als vast deel van het minimumloon. De 68 % voor beschut werk vanaf 2028 is een wetsvoorstel: of de opslag voor werkgeverslasten erbovenop komt, is nog niet bekend; zet 'Opslag erbovenop' om zodra dat zo is.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="204" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="226" />
        <source>Regime</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="212" />
        <source>Share of WML</source>
        <translation>Deel van WML</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="217" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="237" />
        <source>Surcharge on top</source>
        <translation>Opslag erbovenop</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="220" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="239" />
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="231" />
        <source>Valid from (may be empty)</source>
        <translation>Geldig vanaf (mag leeg)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="234" />
        <source>Share of WML (%)</source>
        <translation>Deel van WML (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="276" />
        <source>Company years</source>
        <translation>Bedrijfsjaren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="277" />
        <source>The company's own figures per year: employer charges on the wage, the cost of an hour of a job coach, and the hours of a full-time Wsw job.</source>
        <translation>De eigen cijfers van het bedrijf per jaar: werkgeverslasten op het loon, de kosten van een uur jobcoach, en de uren van een voltijdbaan Wsw.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="40" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="45" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="285" />
        <source>Employer charges</source>
        <translation>Werkgeverslasten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="290" />
        <source>Coach cost per hour</source>
        <translation>Kosten jobcoach per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="295" />
        <source>Wsw full-time hours</source>
        <translation>Voltijduren Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="303" />
        <source>Employer charges (%)</source>
        <translation>Werkgeverslasten (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="307" />
        <source>Coach cost per hour (€)</source>
        <translation>Kosten jobcoach per uur (€)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="312" />
        <source>Wsw full-time hours a week</source>
        <translation>Voltijduren Wsw per week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="345" />
        <source>Overhead rates</source>
        <translation>Opslagen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="346" />
        <source>Overhead (housing, management) per productive hour, per year and work type; part of every activity's cost price.</source>
        <translation>Opslag (huisvesting, leiding) per productief uur, per jaar en werksoort; onderdeel van de kostprijs van elke activiteit.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="353" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="363" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="355" />
        <source>Per productive hour</source>
        <translation>Per productief uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="367" />
        <source>Per productive hour (€)</source>
        <translation>Per productief uur (€)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="385" />
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="394" />
        <source>Pension age</source>
        <translation>AOW-leeftijd</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="386" />
        <source>Statutory pension age (AOW) per calendar year, for the workforce outlook. Years after the law's table are announcements: check them when they are set.</source>
        <translation>Wettelijke AOW-leeftijd per kalenderjaar, voor de personeelsprognose. Jaren na de tabel in de wet zijn aankondigingen: controleer ze zodra ze vaststaan.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="396" />
        <source>%1 years and %2 months</source>
        <translation>%1 jaar en %2 maanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="407" />
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_kinds.py" line="408" />
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="139" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="143" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="144" />
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="145" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="147" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="149" />
        <source>Old → new</source>
        <translation>Oud → nieuw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_tables.py" line="150" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="45" />
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_editor.py" line="47" />
        <source>Why this change? The reason is kept in the audit log.</source>
        <translation>Waarom deze wijziging? De reden komt in het wijzigingslogboek.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="32" />
        <source>Search (Workers, Activities)</source>
        <translation>Zoeken (Medewerkers, Activiteiten)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="33" />
        <source>New worker (Workers)</source>
        <translation>Nieuwe medewerker (Medewerkers)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="36" />
        <source>Save the card, the week or the settings</source>
        <translation>De kaart, de week of de instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="40" />
        <source>Remove the selected worker (asks first)</source>
        <translation>De gekozen medewerker verwijderen (vraagt eerst)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="44" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="44" />
        <source>Refresh the page</source>
        <translation>De pagina vernieuwen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="46" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="47" />
        <source>Discard the changes of the card</source>
        <translation>De wijzigingen in de kaart verwerpen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="50" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="51" />
        <source>Next or previous control, in reading order</source>
        <translation>Volgend of vorig invoerveld, in leesvolgorde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="54" />
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="55" />
        <source>Leave a grid you type in (Tab moves between its cells)</source>
        <translation>Een rooster verlaten waarin u typt (Tab gaat daar van cel naar cel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="58" />
        <source>Arrow keys</source>
        <translation>Pijltoetsen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="59" />
        <source>Move in a list, a table or the hours grid</source>
        <translation>Verplaatsen in een lijst, een tabel of het urenrooster</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="62" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="63" />
        <source>Open the selected row; in the hours grid: the cell below</source>
        <translation>De gekozen regel openen; in het urenrooster: de cel eronder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="66" />
        <source>Space</source>
        <translation>Spatiebalk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="67" />
        <source>Press the focused button or tick the focused box</source>
        <translation>De knop met de focus indrukken of het vakje aan- of uitvinken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="70" />
        <source>Alt+underlined letter</source>
        <translation>Alt+onderstreepte letter</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="71" />
        <source>Open a menu or press a button</source>
        <translation>Een menu openen of een knop indrukken</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="107" />
        <location filename="../../sodesk/ui/shortcuts.py" line="111" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="110" />
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="110" />
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/shortcuts.py" line="124" />
        <source>Everything in sodesk can be done with the keyboard.</source>
        <translation>Alles in sodesk kan met het toetsenbord.</translation>
    </message>
</context>
<context>
    <name>TaskEditModel</name>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="41" />
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="42" />
        <source>Time
share %</source>
        <translation>Tijds-
besteding %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="43" />
        <source>Tempo
%</source>
        <translation>Tempo
%</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="44" />
        <source>Quality
%</source>
        <translation>Kwaliteit
%</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="45" />
        <source>Net work
time %</source>
        <translation>Netto
werktijd %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="46" />
        <source>Performance</source>
        <translation>Arbeidsprestatie</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="39" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="40" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="41" />
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="42" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="62" />
        <source>at least %1 characters</source>
        <translation>minstens %1 tekens</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="69" />
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="146" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="70" />
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="147" />
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="71" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="72" />
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="75" />
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="148" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="93" />
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="150" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="154" />
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="156" />
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="152" />
        <source>blocked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="164" />
        <source>Block user</source>
        <translation>Gebruiker blokkeren</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="191" />
        <source>New user…</source>
        <extracomment>the signed-in user the changes are checked for (the settings page sets it) asks "block X?"; replaceable in tests</extracomment>
        <translation>Nieuwe gebruiker…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="192" />
        <source>Block user</source>
        <translation>Gebruiker blokkeren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="193" />
        <source>Unlock user</source>
        <translation>Gebruiker ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="195" />
        <source>Open an account that was locked after ten failed sign-ins.</source>
        <translation>Een account openen dat na tien mislukte aanmeldingen is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="209" />
        <source>User %1 added.</source>
        <translation>Gebruiker %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="217" />
        <source>Block %1? They can no longer sign in; the audit log keeps the name.</source>
        <translation>%1 blokkeren? Deze gebruiker kan zich niet meer aanmelden; het wijzigingslogboek houdt de naam.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="225" />
        <source>User %1 blocked.</source>
        <translation>Gebruiker %1 geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/settings_users.py" line="238" />
        <source>User %1 unlocked.</source>
        <translation>Gebruiker %1 ontgrendeld.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="86" />
        <source>Try a change; nothing is saved.</source>
        <translation>Probeer een wijziging; er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="128" />
        <source>e.g. -10 or +5 (%)</source>
        <translation>bv. -10 of +5 (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="131" />
        <source>e.g. +8 (%)</source>
        <translation>bv. +8 (%)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="132" />
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="170" />
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="136" />
        <source>Productive hours ± %</source>
        <translation>Productieve uren ± %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="137" />
        <source>Wage subsidy (wage-value mix) ± %</source>
        <translation>Loonkostensubsidie (loonwaardemix) ± %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="92" />
        <source>Back to the figures of now</source>
        <translation>Terug naar de huidige cijfers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="97" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="97" />
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="103" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="104" />
        <source>Coverage</source>
        <translation>Dekkingsgraad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="105" />
        <source>Cost price per hour</source>
        <translation>Kostprijs per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="106" />
        <source>Break-even rate</source>
        <translation>Kostendekkend tarief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="170" />
        <source>Rate %1</source>
        <translation>Tarief %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="173" />
        <source>no rate unit</source>
        <translation>geen tariefeenheid</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="175" />
        <source>now %1</source>
        <translation>nu %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/activity_whatif.py" line="249" />
        <source>The result goes from %1 to %2 (%3), the coverage from %4 to %5.</source>
        <translation>Het resultaat gaat van %1 naar %2 (%3), de dekkingsgraad van %4 naar %5.</translation>
    </message>
</context>
<context>
    <name>WorkTypeChart</name>
    <message>
        <location filename="../../sodesk/ui/widgets/overview_chart.py" line="33" />
        <source>Result per work type</source>
        <translation>Resultaat per werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/overview_chart.py" line="36" />
        <source>Result (× € 1,000)</source>
        <translation>Resultaat (× € 1.000)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/overview_chart.py" line="40" />
        <source>Without placement</source>
        <translation>Zonder plaatsing</translation>
    </message>
</context>
<context>
    <name>WorkerCardView</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="50" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="65" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="51" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="66" />
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="53" />
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="58" />
        <source>Hourly wage</source>
        <translation>Uurloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="64" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="67" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="71" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="74" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="180" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="79" />
        <source>Re-assess by</source>
        <translation>Herbeoordelen uiterlijk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="82" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="84" />
        <source>Measured (unrounded)</source>
        <translation>Gemeten (onafgerond)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="95" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="97" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="99" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="100" />
        <source>Coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="251" />
        <source>Edit personal data…</source>
        <translation>Persoonsgegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="257" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="368" />
        <source>Show</source>
        <extracomment>the full BSN, once revealed through the service (audited), for the shown card</extracomment>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="259" />
        <source>Show the whole BSN</source>
        <translation>Toon het hele BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="263" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="264" />
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="265" />
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="266" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="267" />
        <source>Indication date</source>
        <translation>Indicatiedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="268" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="204" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="206" />
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="205" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="207" />
        <source>End…</source>
        <translation>Beëindigen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="221" />
        <source>Add an employment</source>
        <translation>Dienstverband toevoegen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="222" />
        <source>End the selected employment (or the latest)</source>
        <translation>Het gekozen dienstverband (of het laatste) beëindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="223" />
        <source>Add a placement</source>
        <translation>Plaatsing toevoegen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="224" />
        <source>End the selected placement (or the latest)</source>
        <translation>De gekozen plaatsing (of de laatste) beëindigen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="226" />
        <source>Employments</source>
        <translation>Dienstverbanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="227" />
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="199" />
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="169" />
        <source>New measurement…</source>
        <translation>Nieuwe meting…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="147" />
        <source>Guidance</source>
        <extracomment>the personal data, an employment or a placement was saved (the worker's id) the editor of a new measurement opened (the page gives the card more room)</extracomment>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="277" />
        <source>New worker</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="368" />
        <source>Hide</source>
        <translation>Verberg</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="287" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="430" />
        <source>Select a worker to see their card.</source>
        <translation>Kies een medewerker om de kaart te zien.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="451" />
        <source>No measurement yet</source>
        <translation>Nog geen meting</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="453" />
        <source>Latest: %1 on %2</source>
        <translation>Laatste: %1 op %2</translation>
    </message>
</context>
<context>
    <name>WorkerForm</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="206" />
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="213" />
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="207" />
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="209" />
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="262" />
        <source>– choose –</source>
        <translation>– kies –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="214" />
        <source>name of the job coach</source>
        <translation>naam van de jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="222" />
        <source>e.g. 32</source>
        <translation>bv. 32</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="223" />
        <source>e.g. 14,06</source>
        <translation>bv. 14,06</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="224" />
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="225" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="226" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="227" />
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="229" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="230" />
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="231" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="232" />
        <source>Indication date</source>
        <translation>Indicatiedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="233" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="234" />
        <source>First employment</source>
        <translation>Eerste dienstverband</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="238" />
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="239" />
        <source>Contract hours/week</source>
        <translation>Contracturen/week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="240" />
        <source>Hourly wage</source>
        <translation>Uurloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="290" />
        <source>Personal data and the first employment</source>
        <translation>Persoonsgegevens en het eerste dienstverband</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_form.py" line="292" />
        <source>Personal data of %1</source>
        <translation>Persoonsgegevens van %1</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="54" />
        <source>Delete worker</source>
        <translation>Medewerker verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="55" />
        <source>Delete %1 (%2) with their employments, placements, measurements, hours and guidance? The audit log keeps the old values.</source>
        <translation>%1 (%2) verwijderen, met dienstverbanden, plaatsingen, metingen, uren en begeleiding? Het wijzigingslogboek bewaart de oude waarden.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="62" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="63" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="69" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="70" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="71" />
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="72" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="74" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="77" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="79" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="231" />
        <source>%2 of %1 worker</source>
        <translation>%2 van %1 medewerker</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="231" />
        <source>%2 of %1 workers</source>
        <translation>%2 van %1 medewerkers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/page_registry.py" line="64" />
        <source>Workers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="104" />
        <source>New worker (Ctrl+N)</source>
        <extracomment>asks before a worker is removed; a test drives the real question</extracomment>
        <translation>Nieuwe medewerker (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="105" />
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="131" />
        <source>Search name or personnel number (Ctrl+F)</source>
        <translation>Zoek naam of personeelsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="133" />
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="137" />
        <source>All work types</source>
        <translation>Alle werksoorten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="186" />
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="187" />
        <source>All job coaches</source>
        <translation>Alle jobcoaches</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="194" />
        <source>No workers yet: import a workers file first.</source>
        <translation>Nog geen medewerkers: importeer eerst een medewerkersbestand.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="200" />
        <source>The workers could not be read: %1</source>
        <translation>De medewerkers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="318" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="312" />
        <source>%1: the changes have not been saved. Save them now?</source>
        <translation>%1: de wijzigingen zijn niet opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="328" />
        <source>Unsaved measurement</source>
        <translation>Meting niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="329" />
        <source>The new measurement has not been saved. Save it now?</source>
        <translation>De nieuwe meting is nog niet opgeslagen. Nu opslaan?</translation>
    </message>
</context>
</TS>