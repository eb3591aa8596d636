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
        <location filename="../../sodesk/ui/main_window.py" line="74" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="75" />
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="77" />
        <source>Last import: %1</source>
        <translation>Laatste import: %1</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="89" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="90" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="91" />
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../sodesk/ui/main_window.py" line="92" />
        <source>Job coach</source>
        <translation>Jobcoach</translation>
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
</TS>