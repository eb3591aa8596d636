<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="151" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="164" />
        <source>Search activity or client (Ctrl+F)</source>
        <translation>Zoek activiteit of opdrachtgever (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="167" />
        <source>All work types</source>
        <translation>Alle werksoorten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="170" />
        <source>Only below cost</source>
        <translation>Alleen onder kostprijs</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="171" />
        <source>Non-productive time</source>
        <translation>Niet-productieve tijd</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="174" />
        <source>Leave, illness and idle time: paid hours without production, per work type</source>
        <translation>Verlof, verzuim en leegloop: betaalde uren zonder productie, per werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="205" />
        <source>No hours in this period yet: import a file or enter hours.</source>
        <translation>Nog geen uren in deze periode: importeer een bestand of voer uren in.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="210" />
        <source>Calculating the figures of the period…</source>
        <translation>De cijfers van de periode worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="307" />
        <source>%1 to %2: result %3, coverage %4, NTW per productive hour %5; %6 lines below cost price.</source>
        <translation>%1 t/m %2: resultaat %3, dekkingsgraad %4, NTW per productief uur %5; %6 regels onder de kostprijs.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="328" />
        <source>The figures could not be calculated: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="63" />
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="65" />
        <source>Purchase value</source>
        <translation>Inkoopwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="68" />
        <source>Net added value (NTW)</source>
        <translation>Netto toegevoegde waarde (NTW)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="69" />
        <source>Wage costs</source>
        <translation>Loonkosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="71" />
        <source>Guidance costs</source>
        <translation>Begeleidingskosten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="74" />
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="75" />
        <source>Wage subsidy (LKS)</source>
        <translation>Loonkostensubsidie (LKS)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="77" />
        <source>Guidance allowance</source>
        <translation>Begeleidingsvergoeding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="80" />
        <source>Wsw subsidy</source>
        <translation>Rijksbijdrage Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="81" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="83" />
        <source>Wage-value norm</source>
        <translation>Loonwaardenorm</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="87" />
        <source>Gap NTW and wage-value norm</source>
        <translation>Verschil NTW en loonwaardenorm</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/activities.py" line="122" />
        <source>Select an activity to see its figures.</source>
        <translation>Kies een activiteit om haar cijfers te zien.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="57" />
        <source>without placement</source>
        <translation>zonder plaatsing</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="61" />
        <source>Non-productive: %1</source>
        <translation>Niet-productief: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="73" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="74" />
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="75" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="76" />
        <source>Productive
hours</source>
        <translation>Productieve
uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="77" />
        <source>NTW
per hour</source>
        <translation>NTW
per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="78" />
        <source>Cost price
per hour</source>
        <translation>Kostprijs
per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="79" />
        <source>Coverage</source>
        <translation>Dekkings-
graad</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="80" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="81" />
        <source>Current
rate</source>
        <translation>Huidig
tarief</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="82" />
        <source>Break-even
rate</source>
        <translation>Kosten-
dekkend</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="83" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="153" />
        <source>Income and subsidies do not cover the cost of this activity</source>
        <translation>Opbrengsten en subsidies dekken de kosten van deze activiteit niet</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/activity_table.py" line="185" />
        <source>loss</source>
        <translation>verlies</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../sodesk/ui/app.py" line="37" />
        <source>The database could not be opened:
%1</source>
        <translation>De database kon niet worden geopend:
%1</translation>
    </message>
</context>
<context>
    <name>DurationValidator</name>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="56" />
        <source>Duration is required: type e.g. 0:30 or 0,5.</source>
        <translation>Duur is verplicht: typ bijvoorbeeld 0:30 of 0,5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="62" />
        <source>'%1' is not a duration: type e.g. 0:30, 1:15, 0,5 or 0.5.</source>
        <translation>'%1' is geen tijdsduur: typ bijvoorbeeld 0:30, 1:15, 0,5 of 0.5.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/fields.py" line="66" />
        <source>Duration must lie between 0 and 24 hours ('%1').</source>
        <translation>Duur moet tussen 0 en 24 uur liggen ('%1').</translation>
    </message>
</context>
<context>
    <name>GuidanceLine</name>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="56" />
        <source>Name or personnel number</source>
        <translation>Naam of personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="76" />
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="141" />
        <source>(no activity)</source>
        <translation>(geen activiteit)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="77" />
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="78" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="79" />
        <source>Save the line (Enter)</source>
        <translation>Regel opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="81" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="82" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="83" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="84" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="85" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="86" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="174" />
        <source>Choose a person from the list.</source>
        <translation>Kies een persoon uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="176" />
        <source>No worker '%1': choose from the list.</source>
        <translation>Geen medewerker '%1': kies uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/guidance_line.py" line="186" />
        <source>Choose a coach at the top of the page first.</source>
        <translation>Kies eerst bovenaan de pagina een jobcoach.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="41" />
        <location filename="../../sodesk/ui/pages/guidance.py" line="75" />
        <location filename="../../sodesk/ui/pages/guidance.py" line="103" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="42" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="44" />
        <source>Last guidance</source>
        <translation>Laatste begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="50" />
        <source>Hours 90 days</source>
        <translation>Uren 90 dagen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="58" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="64" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="69" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="70" />
        <source>Coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="71" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="72" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="77" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="83" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="89" />
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="91" />
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="104" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="106" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="111" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="162" />
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="171" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="187" />
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="209" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="210" />
        <source>Re-assessments due</source>
        <translation>Herbeoordelingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="211" />
        <source>Placements to evaluate</source>
        <translation>Plaatsingen ter evaluatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="281" />
        <source>Caseload of %1: %2 persons, the longest without guidance first</source>
        <translation>Caseload van %1: %2 personen, langst zonder begeleiding bovenaan</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="286" />
        <source>Re-assessments due (%1)</source>
        <translation>Herbeoordelingen (%1)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="289" />
        <source>Placements to evaluate (%1)</source>
        <translation>Plaatsingen ter evaluatie (%1)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="293" />
        <source>No job coaches yet: import workers with a coach, or log guidance.</source>
        <translation>Nog geen jobcoaches: importeer medewerkers met een jobcoach, of registreer begeleiding.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="297" />
        <source>No workers have %1 as job coach.</source>
        <translation>Geen medewerkers hebben %1 als jobcoach.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="308" />
        <source>The caseload could not be read: %1</source>
        <translation>De caseload kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="361" />
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/guidance.py" line="371" />
        <source>Saved: %1 hours %2 on %3.</source>
        <translation>Opgeslagen: %1 uur %2 op %3.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="20" />
        <source>Sheltered inside</source>
        <translation>Beschut binnen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="21" />
        <source>Work on location</source>
        <translation>Werken op locatie</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="22" />
        <source>Group secondment</source>
        <translation>Groepsdetachering</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="23" />
        <source>Individual secondment</source>
        <translation>Individuele detachering</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="24" />
        <source>Supported employment</source>
        <translation>Begeleid werken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="27" />
        <source>Sheltered work</source>
        <translation>Beschut werk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="28" />
        <source>Wsw</source>
        <translation>Wsw</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="29" />
        <source>Jobs agreement</source>
        <translation>Banenafspraak</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="30" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="33" />
        <source>Work-floor guidance</source>
        <translation>Werkvloerbegeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="34" />
        <source>Guidance on life domains</source>
        <translation>Begeleiding leefgebieden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="35" />
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="36" />
        <source>Induction</source>
        <translation>Inwerken</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="37" />
        <source>Other guidance</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="40" />
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="41" />
        <source>per piece</source>
        <translation>per stuk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/labels.py" line="42" />
        <source>per month</source>
        <translation>per maand</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="76" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="77" />
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="79" />
        <source>Last import: %1</source>
        <translation>Laatste import: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="92" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="93" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="94" />
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="95" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="64" />
        <source>e.g. Dariuz, ULW</source>
        <translation>bijv. Dariuz, ULW</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="68" />
        <source>Within 6 months</source>
        <translation>Binnen 6 maanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="69" />
        <source>6 months to 1 year</source>
        <translation>6 maanden tot 1 jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="70" />
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="71" />
        <source>No change expected</source>
        <translation>Geen verandering verwacht</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="76" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="78" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="79" />
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="96" />
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="97" />
        <source>Remove task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="110" />
        <source>Re-assessment</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="115" />
        <source>Discard (Esc)</source>
        <translation>Verwerpen (Esc)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="116" />
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="170" />
        <source>No re-assessment planned</source>
        <translation>Geen herbeoordeling gepland</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="172" />
        <source>Re-assess by %1</source>
        <translation>Herbeoordelen uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="177" />
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="182" />
        <source>Wage value: –</source>
        <translation>Loonwaarde: –</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="184" />
        <source>The time shares add up to %1 instead of 100 %.</source>
        <translation>De tijdsbesteding telt op tot %1 in plaats van 100 %.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/measurement_editor.py" line="191" />
        <source>Wage value: %1</source>
        <translation>Loonwaarde: %1</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../sodesk/ui/period.py" line="36" />
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/period.py" line="43" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>TaskEditModel</name>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="44" />
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="45" />
        <source>Time
share %</source>
        <translation>Tijds-
besteding %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="46" />
        <source>Tempo
%</source>
        <translation>Tempo
%</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="47" />
        <source>Quality
%</source>
        <translation>Kwaliteit
%</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="48" />
        <source>Net work
time %</source>
        <translation>Netto
werktijd %</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/models/task_edit.py" line="49" />
        <source>Performance</source>
        <translation>Arbeidsprestatie</translation>
    </message>
</context>
<context>
    <name>WorkerCardView</name>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="36" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="51" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="37" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="52" />
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="39" />
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="44" />
        <source>Hourly wage</source>
        <translation>Uurloon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="50" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="53" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="57" />
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="60" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="153" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="65" />
        <source>Re-assess by</source>
        <translation>Herbeoordelen uiterlijk</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="68" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="71" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="73" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="75" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="76" />
        <source>Coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="116" />
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="167" />
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="118" />
        <source>Show the whole BSN</source>
        <translation>Toon het hele BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="122" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="123" />
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="124" />
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="125" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="126" />
        <source>Indication date</source>
        <translation>Indicatiedatum</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="127" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="131" />
        <source>Employments</source>
        <translation>Dienstverbanden</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="133" />
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="135" />
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="142" />
        <source>New measurement…</source>
        <translation>Nieuwe meting…</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="156" />
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="167" />
        <source>Hide</source>
        <translation>Verberg</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="188" />
        <source>Select a worker to see their card.</source>
        <translation>Kies een medewerker om de kaart te zien.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="209" />
        <source>No measurement yet</source>
        <translation>Nog geen meting</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/widgets/worker_card.py" line="211" />
        <source>Latest: %1 on %2</source>
        <translation>Laatste: %1 op %2</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="40" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="41" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="42" />
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="43" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="45" />
        <source>Work type</source>
        <translation>Werksoort</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="48" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="50" />
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="73" />
        <source>Workers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="81" />
        <source>Search name or personnel number (Ctrl+F)</source>
        <translation>Zoek naam of personeelsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="84" />
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="89" />
        <source>All work types</source>
        <translation>Alle werksoorten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="162" />
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="163" />
        <source>All job coaches</source>
        <translation>Alle jobcoaches</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="167" />
        <source>No workers yet: import a workers file first.</source>
        <translation>Nog geen medewerkers: importeer eerst een medewerkersbestand.</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="175" />
        <source>The workers could not be read: %1</source>
        <translation>De medewerkers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="205" />
        <source>%1 of %2 workers</source>
        <translation>%1 van %2 medewerkers</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="247" />
        <source>Unsaved measurement</source>
        <translation>Meting niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/pages/workers.py" line="248" />
        <source>The new measurement has not been saved. Save it now?</source>
        <translation>De nieuwe meting is nog niet opgeslagen. Nu opslaan?</translation>
    </message>
</context>
</TS>