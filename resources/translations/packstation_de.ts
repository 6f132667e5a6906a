<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="97" />
        <location filename="../../packstation/gui/sign_in.py" line="98" />
        <source>Add packer</source>
        <translation>Packer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="100" />
        <location filename="../../packstation/gui/sign_in.py" line="102" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="101" />
        <location filename="../../packstation/gui/sign_in.py" line="103" />
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="71" />
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="36" />
        <source>Today</source>
        <extracomment>window key -&gt; (label, marked for lupdate and translated where shown; hours back; 0 = since local midnight)</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="37" />
        <source>Last 8 hours</source>
        <translation>Letzte 8 Stunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="38" />
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="39" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="146" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="158" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <source>Figures over</source>
        <translation>Kennzahlen für</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="162" />
        <source>Today's pickup</source>
        <translation>Heutige Abholung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="166" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="169" />
        <source>Export audit CSV…</source>
        <translation>Audit-CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="171" />
        <source>Export audit CSV</source>
        <translation>Audit-CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer…</source>
        <translation>Packer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer</source>
        <translation>Packer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Pickup at</source>
        <translation>Abholung um</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="194" />
        <source>Orders shipped</source>
        <translation>Versandte Bestellungen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="195" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="206" />
        <source>Orders per hour</source>
        <translation>Bestellungen pro Stunde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="196" />
        <source>Items per hour</source>
        <translation>Artikel pro Stunde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="197" />
        <source>Scan errors caught</source>
        <translation>Abgefangene Scanfehler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="198" />
        <source>Waiting on the system</source>
        <translation>Wartezeit auf das System</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="199" />
        <source>SLA misses</source>
        <translation>SLA verfehlt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <source>Per packer</source>
        <translation>Pro Packer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>orders/h</source>
        <translation>Aufträge/h</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>Per station</source>
        <translation>Pro Packplatz</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>Per program</source>
        <translation>Pro Programm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="225" />
        <source>Dashboard status</source>
        <translation>Status der Übersicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="277" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="399" />
        <source>Waiting for the station's database to start…</source>
        <translation>Warten auf den Start der Datenbank des Packplatzes…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="285" />
        <source>Reading the audit log…</source>
        <translation>Audit-Protokoll wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="306" />
        <source>Could not read the figures: {0}</source>
        <translation>Kennzahlen konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="316" />
        <source>{0} items · {1} not finished</source>
        <translation>{0} Artikel · {1} nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="322" />
        <source>per active hour ({0} h)</source>
        <translation>pro aktiver Stunde ({0} h)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="324" />
        <source>per active hour</source>
        <translation>pro aktiver Stunde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="329" />
        <source>{0} {1}</source>
        <comment>scan error reason, count</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="337" />
        <source>{0}: {1}</source>
        <comment>scan error reason: count</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="344" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="345" />
        <source>per finish · {0} min in all</source>
        <translation>pro Abschluss · {0} min insgesamt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="347" />
        <source>shipped late</source>
        <translation>verspätet versandt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="364" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation>Aktualisiert {0} · {1} Packer · {2} Packplätze</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="376" />
        <source>No open orders due for today's {0} pickup</source>
        <translation>Keine offenen Aufträge für die heutige Abholung um {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="378" />
        <source>{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h</source>
        <translation>{0} von {1} offenen Aufträgen verpassen beim aktuellen Tempo von {3}/h die heutige Abholung um {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="406" />
        <source>Exported {0} audit records to {1}</source>
        <translation>{0} Audit-Einträge nach {1} exportiert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="411" />
        <source>Export failed: {0}</source>
        <translation>Export fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="30" />
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="35" />
        <source>Scales and scanners</source>
        <translation>Waagen und Scanner</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="86" />
        <source>sellable</source>
        <translation>verkaufsfähig</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="87" />
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="88" />
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="97" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="126" />
        <location filename="../../packstation/gui/pages/inventory.py" line="151" />
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="129" />
        <location filename="../../packstation/gui/pages/inventory.py" line="130" />
        <source>Find SKU</source>
        <translation>SKU suchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Push changed</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Retry refused items</source>
        <translation>Abgelehnte Positionen erneut senden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="144" />
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Fetch quantities from Amazon</source>
        <translation>Mengen von Amazon abrufen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="162" />
        <source>SKU to set</source>
        <translation>Zu setzende SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="163" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="165" />
        <source>Absolute quantity</source>
        <translation>Absolute Menge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="171" />
        <source>Set quantity</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="174" />
        <location filename="../../packstation/gui/pages/inventory.py" line="178" />
        <source>Low-stock threshold</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="177" />
        <source>low under </source>
        <translation>niedrig unter </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="187" />
        <source>Inventory positions</source>
        <translation>Bestandspositionen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="204" />
        <source>Inventory rows</source>
        <translation>Bestandszeilen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="206" />
        <source>Inventory columns</source>
        <translation>Bestandsspalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="215" />
        <source>Import and push problems</source>
        <translation>Probleme bei Import und Senden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="222" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation>Gültige Zeilen übernehmen, fehlerhafte überspringen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="224" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation>Gültige Zeilen übernehmen und fehlerhafte überspringen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="227" />
        <location filename="../../packstation/gui/pages/inventory.py" line="229" />
        <source>Discard the import</source>
        <translation>Import verwerfen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="240" />
        <source>Inventory counts</source>
        <translation>Bestandszahlen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="242" />
        <source>Inventory state</source>
        <translation>Bestandsstatus</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="243" />
        <location filename="../../packstation/gui/pages/inventory.py" line="304" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="330" />
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="394" />
        <source>%n SKU(s) low on stock</source>
        <translation>
            <numerusform>%n SKU mit niedrigem Bestand</numerusform>
            <numerusform>%n SKUs mit niedrigem Bestand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="409" />
        <source>%1 set to %2; push to send it</source>
        <translation>%1 auf %2 gesetzt; mit „Änderungen senden“ übertragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="435" />
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importiert</numerusform>
            <numerusform>%n Zeilen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="437" />
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>, %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="440" />
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="495" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation>Keine SKUs zum Abrufen: zuerst Mengen setzen oder importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="370" />
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
        <source>Fetched %n SKU(s) from Amazon</source>
        <translation>
            <numerusform>%n SKU von Amazon abgerufen</numerusform>
            <numerusform>%n SKUs von Amazon abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="514" />
        <source>Type or scan a SKU first</source>
        <translation>Zuerst eine SKU eingeben oder scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>Import stock CSV</source>
        <translation>Bestands-CSV importieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="541" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation>%1 SKUs · %2 zu senden · %3 mit niedrigem Bestand</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="44" />
        <source>SKU</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="45" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="46" />
        <source>Sellable</source>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="47" />
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="48" />
        <source>Last pushed</source>
        <translation>Zuletzt gemeldet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="49" />
        <source>Sequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="50" />
        <source>Pushed at</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="51" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="87" />
        <source>refused: {0}</source>
        <translation>abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="92" />
        <source>to push</source>
        <translation>zu melden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="94" />
        <source>low stock</source>
        <translation>niedriger Bestand</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <location filename="../../packstation/gui/invoice_view.py" line="233" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="64" />
        <source>Invoice tools</source>
        <translation>Rechnungswerkzeuge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="73" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="74" />
        <source>Fit to width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="75" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>An Breite anpassen (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="80" />
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="83" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation>Angezeigtes Dokument</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print invoice</source>
        <translation>Rechnung drucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="91" />
        <location filename="../../packstation/gui/invoice_view.py" line="300" />
        <source>Send the invoice to the document printer</source>
        <translation>Rechnung an den Dokumentdrucker senden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="106" />
        <source>Invoice status</source>
        <translation>Rechnungsstatus</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="111" />
        <source>Invoice document</source>
        <translation>Rechnungsdokument</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="117" />
        <location filename="../../packstation/gui/invoice_view.py" line="121" />
        <source>Invoice image</source>
        <translation>Rechnungsbild</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The packing slip could not be shown</source>
        <translation>Der Lieferschein konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="225" />
        <source>The invoice could not be shown</source>
        <translation>Die Rechnung konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="188" />
        <source>No invoice for this shipment</source>
        <translation>Keine Rechnung für diese Sendung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Invoice + slip</source>
        <translation>Rechnung + Lieferschein</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print slip</source>
        <translation>Lieferschein drucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="298" />
        <source>Send the packing slip to the document printer</source>
        <translation>Lieferschein an den Dokumentdrucker senden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="308" />
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="125" />
        <source>Label preview</source>
        <translation>Etikettenvorschau</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="140" />
        <source>Print a test label or choose a print job to see its label here.</source>
        <extracomment>the last preview shown (None before the first)</extracomment>
        <translation>Drucken Sie ein Testetikett oder wählen Sie einen Druckauftrag, um sein Etikett hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="196" />
        <location filename="../../packstation/gui/printers_panel.py" line="215" />
        <source>The label cannot be shown: %s</source>
        <translation>Das Etikett kann nicht angezeigt werden: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/printers_panel.py" line="205" />
        <source>the first of %n labels</source>
        <translation>
            <numerusform>das einzige Etikett</numerusform>
            <numerusform>das erste von %n Etiketten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Rendering…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="58" />
        <source>Packstation</source>
        <extracomment>the window's hold on the runtime and the Pack page's calls, made on first use by ``runtime_holder.holder_of`` and ``pack_controller.pack_controller_of``</extracomment>
        <translation>Packstation</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="59" />
        <source>Packstation main window</source>
        <translation>Packstation-Hauptfenster</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="61" />
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="62" />
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="63" />
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="64" />
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="65" />
        <source>Devices &amp; Printers</source>
        <translation>Geräte &amp; Drucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="66" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="67" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="85" />
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="114" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="116" />
        <source>Station</source>
        <translation>Packplatz</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="117" />
        <source>Label printer</source>
        <translation>Etikettendrucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="118" />
        <source>Scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="119" />
        <source>Printer: not checked</source>
        <translation>Drucker: nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="120" />
        <source>Scale: none</source>
        <translation>Waage: keine</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="134" />
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="136" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation>Eingebauter Sandbox-Marktplatz: Es wird nichts an Amazon gesendet.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="141" />
        <source>AMAZON {0}</source>
        <translation>AMAZON {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="142" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation>Mit der Selling Partner API von Amazon verbunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="146" />
        <source>Station {0}</source>
        <translation>Packplatz {0}</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="186" />
        <source>Not connected to the marketplace yet.</source>
        <extracomment>Self Ship: (carrier, the tracking id of a one-package shipment or one per package id) How long a finish waits for the packer to choose a shipping option before it stops. the write-ahead scan log's bookkeeping (GUI thread only), for the holder's runtime labels a finish left waiting in the spool: shipment id -&gt; spool job ids</extracomment>
        <translation>Noch nicht mit dem Marktplatz verbunden.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="294" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation>Lieferschein von {0} nicht gedruckt: kein Drucker dafür. printers.slip unter Einstellungen festlegen (ein Dokumentdrucker cups://queue oder ein Bondrucker escpos://host:9100)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="299" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation>Rechnung von {0} nicht gedruckt: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="300" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation>Lieferschein von {0} nicht gedruckt: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="336" />
        <location filename="../../packstation/gui/pack_controller.py" line="387" />
        <source>Printed for {0}: {1}</source>
        <translation>Gedruckt für {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="346" />
        <location filename="../../packstation/gui/pack_controller.py" line="390" />
        <source>Documents of {0} not printed: {1}</source>
        <translation>Dokumente von {0} nicht gedruckt: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="362" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation>Kein Drucker für den Lieferschein: printers.slip (cups://queue) oder printers.invoice unter Einstellungen festlegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="369" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation>Kein Rechnungsdrucker: unter Einstellungen festlegen (printers.invoice)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="579" />
        <location filename="../../packstation/gui/pack_controller.py" line="651" />
        <location filename="../../packstation/gui/pack_controller.py" line="674" />
        <location filename="../../packstation/gui/pack_controller.py" line="701" />
        <source>Not connected to the marketplace.</source>
        <translation>Nicht mit dem Marktplatz verbunden.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="640" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="685" />
        <source>Inventory corrected: {0}</source>
        <translation>Bestand korrigiert: {0}</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="119" />
        <source>Item</source>
        <extracomment>Custom attribute keys (lower case) that carry the product's name. The EF API's line item has no title field of its own: a channel passes the name through ``customAttributes`` (the sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it. pieces scanned (a multi-piece line: each piece is scanned into a package of its own)</extracomment>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="120" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="121" />
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="122" />
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="123" />
        <source>Serials</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="124" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="219" />
        <source>{0}/{1} pcs</source>
        <translation>{0}/{1} Stk.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="226" />
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="235" />
        <source>GIFT WRAP</source>
        <translation>GESCHENKVERPACKUNG</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="237" />
        <source>GIFT MESSAGE</source>
        <translation>GESCHENKNACHRICHT</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="239" />
        <source>HAZMAT {0}</source>
        <translation>GEFAHRGUT {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="241" />
        <source>FRAGILE</source>
        <translation>ZERBRECHLICH</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="243" />
        <source>{0} boxes</source>
        <translation>{0} Kartons</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="245" />
        <source>SERIAL</source>
        <translation>SERIENNUMMER</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="247" />
        <source>CANCELLED {0}</source>
        <translation>STORNIERT {0}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="94" />
        <source>Confirm shipment</source>
        <extracomment>the packer's title of each step of services.workflow.FinishStep (English; translated when shown)</extracomment>
        <translation>Sendung bestätigen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="95" />
        <source>Create packages</source>
        <translation>Pakete anlegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="96" />
        <source>Shipping options</source>
        <translation>Versandoptionen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="97" />
        <location filename="../../packstation/gui/pages/pack.py" line="547" />
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="98" />
        <source>Generate label</source>
        <translation>Etikett erzeugen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="99" />
        <source>Download label</source>
        <translation>Etikett herunterladen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="100" />
        <source>Print label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="101" />
        <source>Mark shipped</source>
        <translation>Als versandt melden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="102" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="348" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation>Pakete und Abschluss</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="360" />
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="363" />
        <source>Packing cues</source>
        <translation>Packhinweise</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="372" />
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="373" />
        <source>Scan item, serial, shipment or action</source>
        <translation>Artikel, Seriennummer, Sendung oder Aktion scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="379" />
        <source>Scan result</source>
        <translation>Scanergebnis</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Shipment lines</source>
        <translation>Sendungspositionen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="396" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="397" />
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="417" />
        <source>Scan counters</source>
        <translation>Scanzähler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="421" />
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="424" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="426" />
        <source>New package (F6)</source>
        <translation>Neues Paket (F6)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="428" />
        <source>New package</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="430" />
        <source>Box preset</source>
        <translation>Kartonvorlage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>Use recommended</source>
        <translation>Empfehlung übernehmen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="434" />
        <source>Use Amazon's recommended packages</source>
        <translation>Von Amazon empfohlene Pakete übernehmen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>Length in cm</source>
        <translation>Länge in cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>L cm</source>
        <translation>L cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Width in cm</source>
        <translation>Breite in cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>W cm</source>
        <translation>B cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Height in cm</source>
        <translation>Höhe in cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>H cm</source>
        <translation>H cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>Weight in kg</source>
        <translation>Gewicht in kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="449" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Package contents</source>
        <translation>Paketinhalt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="467" />
        <source>L × W × H (cm)</source>
        <translation>L × B × H (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="469" />
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="479" />
        <source>Self Ship: your carrier</source>
        <translation>Self Ship: Ihr Versanddienst</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="482" />
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="485" />
        <source>Tracking id</source>
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="486" />
        <source>one per package, in package order</source>
        <translation>eine pro Paket, in Paketreihenfolge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="488" />
        <source>carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="489" />
        <source>tracking id: scan the carrier's label</source>
        <translation>Trackingnummer: Etikett des Versanddienstes scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish (F12)</source>
        <translation>Abschließen (F12)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="504" />
        <source>Reprint (Ctrl+P)</source>
        <translation>Nachdrucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="506" />
        <source>Reprint label</source>
        <translation>Etikett nachdrucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject shipment</source>
        <translation>Sendung ablehnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="512" />
        <source>Put aside</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="520" />
        <source>Finish state</source>
        <translation>Abschlussstatus</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="522" />
        <source>Inventory correction</source>
        <translation>Bestandskorrektur</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="526" />
        <source>Finish steps</source>
        <translation>Abschlussschritte</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="778" />
        <source>{0} is put aside: scan it to go on packing it.</source>
        <translation>{0} ist zurückgestellt: Sendung scannen, um sie weiterzupacken.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="797" />
        <source>gift wrap {0}: {1}</source>
        <translation>Geschenkverpackung {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="798" />
        <source>gift wrap {0}</source>
        <translation>Geschenkverpackung {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="801" />
        <source>gift message: {0}</source>
        <translation>Geschenknachricht: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="802" />
        <source>gift message</source>
        <translation>Geschenknachricht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="805" />
        <source>hazmat {0}: apply {1}</source>
        <translation>Gefahrgut {0}: {1} anbringen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="806" />
        <source>hazmat {0}: apply the hazmat label</source>
        <translation>Gefahrgut {0}: Gefahrgutetikett anbringen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="809" />
        <source>{0} ships in %n piece(s): one package per piece</source>
        <translation>
            <numerusform>{0} wird in %n Teil versandt: ein Paket je Teil</numerusform>
            <numerusform>{0} wird in %n Teilen versandt: ein Paket je Teil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="812" />
        <source>scan the serial of each {0}</source>
        <translation>Seriennummer jedes {0} scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="814" />
        <source>{0} is fragile</source>
        <translation>{0} ist zerbrechlich</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="816" />
        <source>cash on delivery</source>
        <translation>Nachnahme</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="818" />
        <source>put the packing slip in the box</source>
        <translation>Lieferschein in den Karton legen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="951" />
        <source>{0}: {1} of {2} pieces</source>
        <translation>{0}: {1} von {2} Teilen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="984" />
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="985" />
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1078" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation>Etikett geprüft: {0} ist auf dem Karton von {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1095" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation>FALSCHES ETIKETT: {0} ist das Etikett von Sendung {1}, nicht von {2}: vom Karton entfernen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1100" />
        <source>Label checked: {0} is {1}'s</source>
        <translation>Etikett geprüft: {0} gehört zu {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1216" />
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1225" />
        <source>{0} is not in this shipment: put it aside</source>
        <translation>{0} gehört nicht zu dieser Sendung: zur Seite legen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1229" />
        <source>{0}: all %n piece(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: das %n Teil ist schon gescannt – dieses herausnehmen</numerusform>
            <numerusform>{0}: alle %n Teile sind schon gescannt – dieses herausnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1232" />
        <source>{0}: all %n unit(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: die %n Einheit ist schon gescannt – diese herausnehmen</numerusform>
            <numerusform>{0}: alle %n Einheiten sind schon gescannt – diese herausnehmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1235" />
        <source>unknown barcode {0}: scan the item's barcode</source>
        <translation>unbekannter Barcode {0}: den Barcode des Artikels scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1238" />
        <source>IMEI {0} fails its check digit: scan it again</source>
        <translation>IMEI {0}: Prüfziffer falsch – erneut scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1241" />
        <source>{0} is a product barcode, not a serial number: scan the serial label</source>
        <translation>{0} ist ein Produktbarcode, keine Seriennummer: das Seriennummernetikett scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1244" />
        <source>{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label</source>
        <translation>{0} ist keine Seriennummer (4–64 Buchstaben, Ziffern, - / .): das Seriennummernetikett scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1249" />
        <source>serial {0} is already recorded for shipment {1}: scan the serial of the item in hand</source>
        <translation>Seriennummer {0} ist schon für Sendung {1} erfasst: die Seriennummer des Artikels in der Hand scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1253" />
        <source>serial {0} was already scanned for {1}: scan this unit's serial</source>
        <translation>Seriennummer {0} wurde schon für {1} gescannt: die Seriennummer dieser Einheit scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1257" />
        <source>scan the serial number of the {0} just scanned before the next item</source>
        <translation>erst die Seriennummer des eben gescannten {0} scannen, dann den nächsten Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1260" />
        <source>the marketplace cancelled this shipment: put the items back</source>
        <translation>der Marktplatz hat diese Sendung storniert: Artikel zurücklegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1262" />
        <source>this item cannot be packed at the bench: put it aside</source>
        <translation>dieser Artikel kann hier nicht gepackt werden: zur Seite legen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1269" />
        <source>OK: {0} serial {1}</source>
        <translation>OK: {0} Seriennummer {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1273" />
        <source>OK: shipment code {0}</source>
        <translation>OK: Sendungscode {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>OK: action {0}</source>
        <translation>OK: Aktion {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1278" />
        <source>OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}</source>
        <translation>OK: {0} Teil {1} von {2} (Einheit {3} von {4}) in Paket {5}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1281" />
        <source>OK: {0} piece {1} of {2} in package {3}</source>
        <translation>OK: {0} Teil {1} von {2} in Paket {3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1285" />
        <source>OK: {0} {1} of {2}: now scan its serial number</source>
        <translation>OK: {0} {1} von {2}: jetzt die Seriennummer scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1288" />
        <source>OK: {0} {1} of {2}</source>
        <translation>OK: {0} {1} von {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1315" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation>{0} ist abgeschlossen: {1} Etikett(en) an diesem Packplatz gedruckt, nichts mehr zu tun (nicht mehr in der Warteschlange)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1370" />
        <source>pieces {0} of {1}</source>
        <translation>Teile {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1563" />
        <source>Shipped in one box: {0}</source>
        <translation>In einem Karton versandt: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1649" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation>Self Ship: Etikett des Versanddienstes auf jedem Paket scannen ({0} von {1} haben eine Trackingnummer{2})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1654" />
        <source>; type the carrier</source>
        <translation>; Versanddienst eingeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1660" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation>Self Ship: Jedes Paket braucht eine eigene Trackingnummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="556" />
        <location filename="../../packstation/gui/pages/pack.py" line="557" />
        <source>Shipment cancelled</source>
        <translation>Sendung storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="638" />
        <source>Label for {0} printed again</source>
        <extracomment>what each button and field does, so the state table says when it is on</extracomment>
        <translation>Etikett für {0} nachgedruckt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="690" />
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="752" />
        <location filename="../../packstation/gui/pages/pack.py" line="1625" />
        <source>Packing</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="739" />
        <source>Scan the items of {0}</source>
        <translation>Artikel von {0} scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="776" />
        <source>Cannot open {0}: {1}</source>
        <translation>{0} kann nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="784" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation>Keine Geschenkverpackung, kein Gefahrgut, nichts Zerbrechliches</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="880" />
        <source>Box preset…</source>
        <translation>Kartonvorlage…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="832" />
        <source>No shipment open</source>
        <translation>Keine Sendung geöffnet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="888" />
        <source>— kg</source>
        <translation>— kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="542" />
        <source>Finish steps and invoice</source>
        <translation>Abschlussschritte und Rechnung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="546" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="842" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation>{0} · {1} · Bestellung {2}{3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="846" />
        <source> · HIGH PRIORITY</source>
        <translation> · HOHE PRIORITÄT</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="913" />
        <source>Package {0} of {1}</source>
        <translation>Paket {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="957" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="958" />
        <source>In this package: {0}</source>
        <translation>In diesem Paket: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="975" />
        <source>scale settling…</source>
        <translation>Waage schwankt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="977" />
        <source>weigh the box (F4: type)</source>
        <translation>Karton wiegen (F4: eingeben)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="979" />
        <source>type the weight (F4)</source>
        <translation>Gewicht eingeben (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="983" />
        <source>scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="986" />
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="989" />
        <source>{0} kg · {1}</source>
        <translation>{0} kg · {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="993" />
        <source>expected {0} kg</source>
        <translation>erwartet {0} kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1026" />
        <source>Wait: the shipment is being finished</source>
        <translation>Bitte warten: Die Sendung wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1038" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation>{0} ist eine andere Sendung: zuerst {1} abschließen oder zurückstellen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1120" />
        <source>TRACKING REFUSED: {0}</source>
        <translation>TRACKINGNUMMER ABGELEHNT: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1126" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation>Trackingnummer {0} ({1}) für Paket {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1128" />
        <source>carrier not known: type it</source>
        <translation>Versanddienst unbekannt: bitte eingeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1150" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation>TRACKINGNUMMER ABGELEHNT: {0} gehört schon zu Sendung {1}: das eigene Etikett dieses Kartons scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1207" />
        <source>WRONG ITEM</source>
        <translation>FALSCHER ARTIKEL</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1208" />
        <source>TOO MANY</source>
        <translation>ZU VIELE</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1209" />
        <source>UNKNOWN BARCODE</source>
        <translation>UNBEKANNTER BARCODE</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1210" />
        <source>BAD SERIAL</source>
        <translation>UNGÜLTIGE SERIENNUMMER</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1211" />
        <source>SERIAL ALREADY USED</source>
        <translation>SERIENNUMMER SCHON VERWENDET</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1212" />
        <source>SCAN THE SERIAL</source>
        <translation>SERIENNUMMER SCANNEN</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1213" />
        <source>CANCELLED</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1214" />
        <source>CANNOT PACK</source>
        <translation>NICHT PACKBAR</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1302" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation>{0} ist weder Sendung noch Bestellung noch Artikel in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1339" />
        <source>Unknown action barcode {0}</source>
        <translation>Unbekannter Aktions-Barcode {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1430" />
        <source>Package {0}: scan its items</source>
        <translation>Paket {0}: Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1456" />
        <source>No box preset {0}</source>
        <translation>Keine Kartonvorlage {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1271" />
        <location filename="../../packstation/gui/pages/pack.py" line="1459" />
        <source>Box {0}</source>
        <translation>Karton {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1472" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation>Amazon empfiehlt keine Pakete für diese Sendung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1477" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation>Von Amazon empfohlene Pakete übernommen: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1367" />
        <source>Scanned {0} of {1}</source>
        <translation>{0} von {1} gescannt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1376" />
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1377" />
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1378" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1379" />
        <source>bad serial</source>
        <translation>ungültige Seriennummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1380" />
        <source>serial used</source>
        <translation>Seriennummer schon verwendet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1381" />
        <source>serial expected</source>
        <translation>Seriennummer erwartet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1382" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1383" />
        <source>cannot pack</source>
        <translation>nicht packbar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1388" />
        <source>refused {0} ({1})</source>
        <translation>abgelehnt {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1509" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation>Nichts zu wiegen: zuerst eine Sendung scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1518" />
        <source>Weight {0} {1}</source>
        <translation>Gewicht {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1546" />
        <source>Nothing to confirm</source>
        <translation>Nichts zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1561" />
        <source>Weight confirmed for {0}</source>
        <translation>Gewicht bestätigt für {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1604" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation>Abschluss in {0} s (Esc oder ein beliebiger Scan bricht ab)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1633" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation>Nichts abzuschließen: zuerst eine Sendung scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1640" />
        <source>Not ready: {0}</source>
        <translation>Nicht bereit: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1667" />
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1669" />
        <source>Finishing {0}…</source>
        <translation>{0} wird abgeschlossen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1695" />
        <source>creating %n package(s)</source>
        <translation>
            <numerusform>%n Paket wird angelegt</numerusform>
            <numerusform>%n Pakete werden angelegt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1697" />
        <source>getting shipping options</source>
        <translation>Versandoptionen werden abgerufen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1700" />
        <source>generating the invoice and packing slip</source>
        <translation>Rechnung und Lieferschein werden erzeugt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1702" />
        <source>generating the packing slip</source>
        <translation>Lieferschein wird erzeugt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1703" />
        <source>generating the invoice</source>
        <translation>Rechnung wird erzeugt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1705" />
        <source>generating the label(s)</source>
        <translation>Etikett(en) werden erzeugt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1707" />
        <source>labels exist at Amazon: fetching them again</source>
        <translation>Etiketten gibt es bei Amazon schon: sie werden erneut abgerufen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1709" />
        <source>downloading label {0} of {1}</source>
        <translation>Etikett {0} von {1} wird geladen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1711" />
        <source>printing label {0} of {1}</source>
        <translation>Etikett {0} von {1} wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1713" />
        <source>marking the package(s) shipped</source>
        <translation>Paket(e) werden als versandt gemeldet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1715" />
        <source>Amazon is busy: waiting {0} s, then trying again</source>
        <translation>Amazon ist ausgelastet: {0} s warten, dann erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1728" />
        <source>Label printed · {0}</source>
        <translation>Etikett gedruckt · {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1730" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation>Fertig: Etikett für {0} gedruckt. Nächste Sendung scannen.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1766" />
        <source>The invoice came as {0}: not shown</source>
        <translation>Die Rechnung kam als {0}: nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1772" />
        <source>No invoice to print: finish a shipment first</source>
        <translation>Keine Rechnung zu drucken: zuerst eine Sendung abschließen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1775" />
        <source>Printing the invoice…</source>
        <translation>Rechnung wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1788" />
        <source>Label made, not confirmed printed</source>
        <translation>Etikett erzeugt, Druck nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1789" />
        <source>Cancelled by the marketplace: put the items back</source>
        <translation>Vom Marktplatz storniert: Artikel zurücklegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1790" />
        <source>Refused before any change at Amazon</source>
        <translation>Abgelehnt, bevor sich bei Amazon etwas geändert hat</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1792" />
        <source>Amazon is unavailable: wait a few minutes, then press F12 again</source>
        <translation>Amazon ist nicht erreichbar: einige Minuten warten, dann erneut F12 drücken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1797" />
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1800" />
        <source>Finish failed: {0}</source>
        <translation>Abschluss fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1802" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1822" />
        <source>Choose the shipping option</source>
        <translation>Versandoption wählen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1833" />
        <source>Wait: the label is being printed. Reprint once the finish is done.</source>
        <translation>Bitte warten: Das Etikett wird gedruckt. Nachdrucken erst nach dem Abschluss.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1840" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation>Das Etikett von {0} wartet noch in der Druckerwarteschlange: Es wird automatisch gedruckt, sobald der Drucker bereit ist. Um es auf einem anderen Drucker zu drucken, brechen Sie es zuerst unter Geräte &amp; Drucker ab.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1846" />
        <source>Printing the label again…</source>
        <translation>Etikett wird nachgedruckt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1857" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation>Das wartende Etikett von {0} wurde gedruckt: {0} scannen und F12 drücken, um die Sendung abzuschließen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1865" />
        <source>The waiting label printed: closing {0}…</source>
        <translation>Das wartende Etikett wurde gedruckt: {0} wird abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1874" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation>Das wartende Etikett von {0} wurde nicht gedruckt ({1}): Strg+P drücken, um es nachzudrucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1907" />
        <source>Rejecting {0}…</source>
        <translation>{0} wird abgelehnt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1914" />
        <source>{0} rejected.</source>
        <translation>{0} abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1916" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation>{0} abgelehnt. Nächste Sendung scannen.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1917" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1922" />
        <source>Correcting the inventory…</source>
        <translation>Bestand wird korrigiert…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1931" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation>Bestand nicht korrigiert: {0} Bitte auf der Seite Bestand korrigieren.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1942" />
        <source>{0} put aside; its scans are kept.</source>
        <translation>{0} zurückgestellt; die Scans bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1992" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation>Der Marktplatz hat Sendung {0} storniert.

STOPP: Artikel zurücklegen. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1997" />
        <source>Cancelled: put the items back</source>
        <translation>Storniert: Artikel zurücklegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1998" />
        <source>CANCELLED: put the items back</source>
        <translation>STORNIERT: Artikel zurücklegen</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="131" />
        <source>ready</source>
        <extracomment>printers.status.PrinterStatus problems and printers.spool.JobState values.</extracomment>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="132" />
        <source>head open</source>
        <translation>Druckkopf offen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="133" />
        <source>paper out</source>
        <translation>Papier leer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="134" />
        <source>ribbon out</source>
        <translation>Farbband leer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="135" />
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="136" />
        <source>buffer full</source>
        <translation>Puffer voll</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="137" />
        <source>head over temperature</source>
        <translation>Druckkopf zu heiß</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="138" />
        <source>head under temperature</source>
        <translation>Druckkopf zu kalt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="139" />
        <source>corrupt RAM (configuration lost)</source>
        <translation>RAM beschädigt (Konfiguration verloren)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="142" />
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="143" />
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="144" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="145" />
        <source>confirming</source>
        <translation>wird bestätigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="146" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="147" />
        <source>attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="148" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="149" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="150" />
        <source>printed (confirmed)</source>
        <translation>gedruckt (bestätigt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="151" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="265" />
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="276" />
        <source>Printer address</source>
        <extracomment>Where the bench keeps the labels as Amazon sent them (a PDF/PNG label is previewed from its original); the station's documents folder unless given.</extracomment>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="279" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="282" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="286" />
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="289" />
        <source>Print test label</source>
        <translation>Testetikett drucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="293" />
        <location filename="../../packstation/gui/printers_panel.py" line="335" />
        <source>Print queue</source>
        <translation>Druckerwarteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="304" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="315" />
        <source>Cancel job</source>
        <translation>Druckauftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="317" />
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="386" />
        <source>Asking %s…</source>
        <translation>%s wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="437" />
        <source>Printing a test label on %s…</source>
        <translation>Testetikett wird auf %s gedruckt…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="445" />
        <source>{0}: test label {1}</source>
        <translation>{0}: Testetikett {1}</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="31" />
        <source>Easy Ship</source>
        <extracomment>The programs' display names (domain/programs.py DISPLAY_NAMES), marked for lupdate.</extracomment>
        <translation>Easy Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="32" />
        <source>Self Ship</source>
        <translation>Self Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="33" />
        <source>Seller Flex</source>
        <translation>Seller Flex</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="123" />
        <source>Search or scan</source>
        <translation>Suchen oder scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="125" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation>Suchen oder scannen: Sendung, Bestellung, SKU oder Artikel-Barcode  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="128" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync (F5)</source>
        <translation>Abgleichen (F5)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync the queue</source>
        <translation>Warteschlange abgleichen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack (Enter)</source>
        <translation>Packen (Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack selected</source>
        <translation>Auswahl packen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="144" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="154" />
        <source>Why the queue is empty</source>
        <translation>Warum die Warteschlange leer ist</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="168" />
        <source>Shipment queue</source>
        <translation>Sendungswarteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="183" />
        <source>Queue columns (click to sort)</source>
        <translation>Spalten der Warteschlange (zum Sortieren klicken)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue rows</source>
        <translation>Zeilen der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="206" />
        <source>Queue counts</source>
        <translation>Zähler der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue sync state</source>
        <translation>Abgleichstatus der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="258" />
        <source>The bench could not start: {0}</source>
        <translation>Der Packplatz konnte nicht starten: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="377" />
        <source>To pack</source>
        <translation>Zu packen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="378" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="379" />
        <source>Labelled</source>
        <translation>Etikettiert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="380" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="388" />
        <source>{0} shipments · {1} to pack · {2} high priority</source>
        <translation>{0} Sendungen · {1} zu packen · {2} hohe Priorität</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="196" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="197" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="198" />
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="199" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="200" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="201" />
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="202" />
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="203" />
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="204" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="316" />
        <source>{0} h {1}</source>
        <translation>{0} h {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="302" />
        <source>now, ends in {0}</source>
        <translation>jetzt, endet in {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>GIFT</source>
        <translation>GESCHENK</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>{0} d</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>late {0}</source>
        <translation>{0} überfällig</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="156" />
        <source>North America (NA)</source>
        <translation>Nordamerika (NA)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="157" />
        <source>Europe (EU)</source>
        <translation>Europa (EU)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="158" />
        <source>Far East (FE)</source>
        <translation>Ferner Osten (FE)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="119" />
        <source>Reject shipment {0}</source>
        <translation>Sendung {0} ablehnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="120" />
        <source>Reject shipment</source>
        <translation>Sendung ablehnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="122" />
        <location filename="../../packstation/gui/pages/pack.py" line="125" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="123" />
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="124" />
        <source>Customer requested</source>
        <translation>Auf Kundenwunsch</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="127" />
        <source>Units to reject:</source>
        <translation>Abzulehnende Einheiten:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <source>Units of {0} to reject</source>
        <translation>Abzulehnende Einheiten von {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="141" />
        <location filename="../../packstation/gui/pages/pack.py" line="143" />
        <source>Correct the inventory at Amazon</source>
        <translation>Bestand bei Amazon korrigieren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="149" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation>Einheiten je SKU, die noch im Regal liegen (verkaufsfähig):</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="156" />
        <source>Units of {0} on the shelf</source>
        <translation>Einheiten von {0} im Regal</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="169" />
        <location filename="../../packstation/gui/pages/pack.py" line="170" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="174" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="77" />
        <source>defective</source>
        <translation>defekt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="78" />
        <source>not as described</source>
        <translation>nicht wie beschrieben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="79" />
        <source>no longer needed</source>
        <translation>nicht mehr benötigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="80" />
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="81" />
        <source>undeliverable</source>
        <translation>unzustellbar</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="52" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="53" />
        <source>carrier notified to pick up from customer</source>
        <translation>Versanddienst zur Abholung beim Kunden beauftragt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="56" />
        <source>carrier out for pick up from customer</source>
        <translation>Versanddienst unterwegs zur Abholung beim Kunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="59" />
        <source>customer cancelled pick up</source>
        <translation>Kunde hat Abholung storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="60" />
        <source>customer rescheduled pick up</source>
        <translation>Kunde hat Abholung verschoben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="63" />
        <source>picked from customer</source>
        <translation>beim Kunden abgeholt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="64" />
        <source>in transit</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="65" />
        <source>out for delivery</source>
        <translation>in Zustellung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="66" />
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="67" />
        <source>replanned</source>
        <translation>neu geplant</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="68" />
        <source>customer dropped off</source>
        <translation>vom Kunden abgegeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="69" />
        <source>partially processed</source>
        <translation>teilweise bearbeitet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="70" />
        <source>processed</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="71" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="72" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="56" />
        <source>Sellable</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="57" />
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="58" />
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="127" />
        <source>Scan RMA or reverse tracking id</source>
        <translation>RMA oder Rücksende-Trackingnummer scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="130" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation>RMA, Rücksende-Trackingnummer oder Retourennummer scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open the return</source>
        <translation>Retoure öffnen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <location filename="../../packstation/gui/pages/returns.py" line="215" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="142" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="145" />
        <location filename="../../packstation/gui/pages/returns.py" line="146" />
        <source>RMA id</source>
        <translation>RMA-Nummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="148" />
        <location filename="../../packstation/gui/pages/returns.py" line="150" />
        <source>Reverse tracking id</source>
        <translation>Rücksende-Trackingnummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <location filename="../../packstation/gui/pages/returns.py" line="157" />
        <source>Created since</source>
        <translation>Erstellt seit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="154" />
        <source>Filter by creation date</source>
        <translation>Nach Erstellungsdatum filtern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <location filename="../../packstation/gui/pages/returns.py" line="165" />
        <source>Updated since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="162" />
        <source>Filter by update date</source>
        <translation>Nach Änderungsdatum filtern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search returns</source>
        <translation>Retouren suchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Returns and detail</source>
        <translation>Retouren und Details</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="193" />
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Return rows</source>
        <translation>Retourenzeilen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Return columns</source>
        <translation>Retourenspalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="210" />
        <location filename="../../packstation/gui/pages/returns.py" line="214" />
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="217" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="218" />
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="219" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Reverse tracking</source>
        <translation>Rücksende-Tracking</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="221" />
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <source>Inspection outcome</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="233" />
        <source>Units inspected</source>
        <translation>Geprüfte Einheiten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="235" />
        <source>Inspection note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="236" />
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="238" />
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="239" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <location filename="../../packstation/gui/pages/returns.py" line="244" />
        <source>Record inspection</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock</source>
        <translation>Wieder einlagern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock units</source>
        <translation>Einheiten wieder einlagern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="250" />
        <source>Print tag</source>
        <translation>Retourenetikett drucken</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Return detail</source>
        <translation>Retourendetails</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="276" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="277" />
        <source>Returns state</source>
        <translation>Retourenstatus</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="278" />
        <location filename="../../packstation/gui/pages/returns.py" line="347" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="349" />
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="414" />
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n Retoure</numerusform>
            <numerusform>%n Retouren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="417" />
        <source>Empty page; more on the next page</source>
        <translation>Leere Seite; weitere auf der nächsten Seite</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="419" />
        <source>No returns match</source>
        <translation>Keine passenden Retouren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="424" />
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="444" />
        <source>No return for %1: check the code or search by filters</source>
        <translation>Keine Retoure für %1: Code prüfen oder mit Filtern suchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="454" />
        <source>Return %1 open</source>
        <translation>Retoure %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="484" />
        <source>{0}  (RMA {1})</source>
        <translation>{0}  (RMA {1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="501" />
        <source>not inspected</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="531" />
        <source>Inspection recorded: %1</source>
        <translation>Prüfung erfasst: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="545" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation>%1 × %2 wieder eingelagert: Amazon hat jetzt %3</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="560" />
        <source>Restocked</source>
        <translation>Wieder eingelagert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="565" />
        <source>Restocked %n unit(s)</source>
        <translation>
            <numerusform>%n Einheit wieder eingelagert</numerusform>
            <numerusform>%n Einheiten wieder eingelagert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="575" />
        <source>Return tag printed</source>
        <translation>Retourenetikett gedruckt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="578" />
        <source>Return tag: %1</source>
        <translation>Retourenetikett: %1</translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="23" />
        <source>Return</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>Retoure</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="24" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="25" />
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="26" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="27" />
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="28" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="29" />
        <source>Reverse tracking</source>
        <translation>Rücksende-Tracking</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="30" />
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="31" />
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="68" />
        <source>{0}, restocked {1}</source>
        <translation>{0}, {1} wieder eingelagert</translation>
    </message>
</context>
<context>
    <name>RuntimeHolder</name>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="188" />
        <source>none</source>
        <extracomment>how often an idle label printer's status is asked for (never while a finish prints) the running parts, once :meth:`start` has built them (None before and after) the scale's last reading, as delivered on the GUI thread (None: no scale) finishes under way (the pack controller counts them): no status asks meanwhile</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="251" />
        <source>Another Packstation on this computer is printing this station's labels (a second window, or packstation ship): close it, then start this one again.</source>
        <translation>Ein anderes Packstation auf diesem Computer druckt die Etiketten dieser Station (ein zweites Fenster oder packstation ship): es schließen, dann dieses erneut starten.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="304" />
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="327" />
        <source>Synced {0}: {1} waiting</source>
        <translation>Abgeglichen um {0}: {1} offen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="334" />
        <source>Sync failed: {0} (retrying)</source>
        <translation>Abgleich fehlgeschlagen: {0} (neuer Versuch folgt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="401" />
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="402" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="403" />
        <source>settling</source>
        <translation>schwankt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="404" />
        <source>overload</source>
        <translation>Überlast</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="405" />
        <source>under zero</source>
        <translation>unter null</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="406" />
        <source>disconnected: type weights (F4)</source>
        <translation>getrennt: Gewichte eingeben (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="417" />
        <source>Scale: {0} {1}</source>
        <translation>Waage: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="421" />
        <source>Scale: {0}</source>
        <translation>Waage: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="427" />
        <source>Printer: {0}</source>
        <translation>Drucker: {0}</translation>
    </message>
</context>
<context>
    <name>ScaleState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="303" />
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="304" />
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="305" />
        <source>moving</source>
        <translation>in Bewegung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="306" />
        <source>overload</source>
        <translation>Überlast</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="307" />
        <source>under zero</source>
        <translation>unter null</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="308" />
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
</context>
<context>
    <name>ScalesPanel</name>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="73" />
        <source>Scales and scanners</source>
        <translation>Waagen und Scanner</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="88" />
        <source>Scale</source>
        <extracomment>the bench's own scale is shown (the runtime owns it: never stopped from here)</extracomment>
        <translation>Waage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="90" />
        <source>Scale port or address</source>
        <translation>Port oder Adresse der Waage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="94" />
        <source>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID</source>
        <translation>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT oder hid://VID:PID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="97" />
        <source>Scale protocol</source>
        <translation>Protokoll der Waage</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="102" />
        <source>Unit shown</source>
        <translation>Angezeigte Einheit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="108" />
        <source>Find ports</source>
        <translation>Ports suchen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <source>Connect scale</source>
        <translation>Waage verbinden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero</source>
        <translation>Nullstellen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero the scale</source>
        <translation>Waage nullstellen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="122" />
        <location filename="../../packstation/gui/scales_panel.py" line="130" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="124" />
        <source>Scale state</source>
        <translation>Waagenstatus</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="125" />
        <source>Scale statistics</source>
        <translation>Waagenstatistik</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="126" />
        <source>Port or address</source>
        <translation>Port oder Adresse</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="127" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="128" />
        <source>Show in</source>
        <translation>Anzeigen in</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="131" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="137" />
        <source>Virtual scale (sandbox)</source>
        <translation>Virtuelle Waage (Sandbox)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="141" />
        <source>Weight to put on the scale</source>
        <translation>Gewicht zum Auflegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="149" />
        <source>Put a box on</source>
        <translation>Karton auflegen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="152" />
        <source>Take it off</source>
        <translation>Karton abnehmen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="163" />
        <source>Scan here</source>
        <translation>Hier scannen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="166" />
        <source>Scan or type a code to test</source>
        <translation>Code zum Testen scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="168" />
        <source>Scan a barcode (or type one and press Enter)</source>
        <translation>Barcode scannen (oder eingeben und Enter drücken)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="170" />
        <source>Classified scans</source>
        <translation>Erkannte Scans</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="215" />
        <source>virtual scale ({0})</source>
        <translation>virtuelle Waage ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="220" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation>Die Waage des Packplatzes: in den Einstellungen ändern (scale.url), dann neu starten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="251" />
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="272" />
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="335" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation>Messwerte {0}, übersprungene Frames {1}, Neuverbindungen {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="95" />
        <source>wrong item</source>
        <extracomment>Refusal reasons (services.packing.Refusal values): the long name, and the short one of tiles.</extracomment>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="96" />
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="99" />
        <location filename="../../packstation/gui/texts.py" line="100" />
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="103" />
        <source>unknown barcode</source>
        <translation>unbekannter Barcode</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="104" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="107" />
        <source>invalid serial</source>
        <translation>ungültige Seriennummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="108" />
        <source>bad serial</source>
        <translation>ungültige Seriennummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="111" />
        <source>duplicate serial</source>
        <translation>doppelte Seriennummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="112" />
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="115" />
        <source>serial expected</source>
        <translation>Seriennummer erwartet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="116" />
        <source>no serial</source>
        <translation>keine Seriennummer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="119" />
        <source>shipment cancelled</source>
        <translation>Sendung storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="120" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="123" />
        <location filename="../../packstation/gui/texts.py" line="124" />
        <source>not packable</source>
        <translation>nicht packbar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="37" />
        <source>Station</source>
        <translation>Packplatz</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="39" />
        <location filename="../../packstation/gui/pages/settings.py" line="43" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="40" />
        <source>Sandbox (built-in marketplace)</source>
        <translation>Sandbox (eingebauter Marktplatz)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <source>Production (Amazon)</source>
        <translation>Produktiv (Amazon)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <location filename="../../packstation/gui/pages/settings.py" line="44" />
        <source>Station name</source>
        <translation>Name des Packplatzes</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="47" />
        <source>Amazon connection (production profile)</source>
        <translation>Amazon-Verbindung (Produktivprofil)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="49" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Marketplace id</source>
        <translation>Marktplatz-ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>Location id</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client id</source>
        <translation>LWA-Client-ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA client secret</source>
        <translation>LWA-Client-Secret</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="56" />
        <location filename="../../packstation/gui/pages/settings.py" line="66" />
        <source>LWA refresh token</source>
        <translation>LWA-Refresh-Token</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="59" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="70" />
        <source>Database and folders</source>
        <translation>Datenbank und Ordner</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>Shared database URL</source>
        <translation>URL der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>empty: this station's own SQLite file</source>
        <translation>leer: eigene SQLite-Datei dieses Packplatzes</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="74" />
        <source>Shared database</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="79" />
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="90" />
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="130" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation>Client-Secret: {0}; Refresh-Token: {1} (im Schlüsselbund des Betriebssystems)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="136" />
        <source>Keyring unavailable: {0}</source>
        <translation>Schlüsselbund nicht verfügbar: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="149" />
        <location filename="../../packstation/gui/pages/settings.py" line="179" />
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="156" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="173" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation>Gespeichert in {0}. Eine Profiländerung wirkt erst beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="38" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="39" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="40" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="41" />
        <source>package created</source>
        <translation>Paket angelegt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="42" />
        <source>pickup slot retrieved</source>
        <translation>Abholzeit erhalten</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="43" />
        <source>invoice generated</source>
        <translation>Rechnung erstellt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="44" />
        <source>label generated</source>
        <translation>Etikett erstellt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="45" />
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="46" />
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="47" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="209" />
        <source>Shipping option for {0}</source>
        <translation>Versandoption für {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="210" />
        <source>Choose a shipping option</source>
        <translation>Versandoption wählen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="214" />
        <source>Choose how this shipment leaves:</source>
        <translation>Wählen Sie, wie diese Sendung das Lager verlässt:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>Shipping options</source>
        <translation>Versandoptionen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="221" />
        <source>(recommended)</source>
        <translation>(empfohlen)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="232" />
        <location filename="../../packstation/gui/pages/pack.py" line="233" />
        <source>Use this option</source>
        <translation>Diese Option wählen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="238" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="252" />
        <source>picked up</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="253" />
        <source>drop off</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="254" />
        <source>window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="258" />
        <source>{0}: {1} {2} {3}–{4}</source>
        <translation>{0}: {1} {2} {3}–{4}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="56" />
        <location filename="../../packstation/gui/sign_in.py" line="57" />
        <source>Sign in</source>
        <extracomment>the bench's packer while nobody is signed in</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="60" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation>Scannen Sie Ihren Ausweis oder geben Sie Ihren Namen ein. Für einen neuen Ausweis wird Ihr Name einmal benötigt.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="64" />
        <location filename="../../packstation/gui/sign_in.py" line="66" />
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="65" />
        <location filename="../../packstation/gui/sign_in.py" line="67" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="143" />
        <source>Packer sign-in</source>
        <translation>Packer-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="152" />
        <source>Signed-in packer</source>
        <translation>Angemeldeter Packer</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="154" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="157" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="181" />
        <source>{0} at {1}</source>
        <translation>{0} an {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="183" />
        <source>Signed in at station {0}</source>
        <translation>Angemeldet an Packplatz {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="186" />
        <source>Nobody signed in at {0}</source>
        <translation>Niemand angemeldet an {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="269" />
        <source>Sign-in waits for the database to start</source>
        <translation>Die Anmeldung wartet auf den Start der Datenbank</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="286" />
        <source>New badge: type your name</source>
        <translation>Neuer Ausweis: Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="316" />
        <source>The database has not started yet</source>
        <translation>Die Datenbank ist noch nicht gestartet</translation>
    </message>
</context>
<context>
    <name>SpoolJobsModel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="61" />
        <source>Job</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="62" />
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="63" />
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="64" />
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="129" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (the audit store, the open queue), or None before the start</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="28" />
        <source>Devices &amp; Printers</source>
        <translation>Geräte &amp; Drucker</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="104" />
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="293" />
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="109" />
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="108" />
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="29" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
</TS>