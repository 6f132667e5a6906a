"""German translations of the bench's texts (source text -> translation).

`make translations` extracts every tr() text into resources/translations/packstation_de.ts,
fills in what this table knows and compiles the .qm the app loads. Texts not listed stay in
English until a translator fills them in (Qt Linguist opens the .ts file).

One term for one concept: Sendung (shipment), Paket (package), Karton (box), Etikett (label),
Lieferschein (packing slip), Rechnung (invoice), Waage (scale), Gewicht (weight), scannen (scan),
Packer (packer), Packplatz (station, bench), Warteschlange (queue), abschließen (finish),
nachdrucken (reprint), Retoure (return), Bestand (inventory), Versanddienst (carrier),
Trackingnummer (tracking id), abgleichen (sync), zurückstellen (put aside), ablehnen (reject),
stornieren (cancel an order), Seriennummer (serial), wieder einlagern (restock).
Key names as printed on a German keyboard: Strg for Ctrl; F1…F12, Enter, Esc as they are.
"""

TABLE: dict[str, str | list[str]] = {
    # main window
    "Queue": "Warteschlange",
    "Pack": "Packen",
    "Inventory": "Bestand",
    "Returns": "Retouren",
    "Devices & Printers": "Geräte & Drucker",
    "Dashboard": "Übersicht",
    "Settings": "Einstellungen",
    "Sections": "Bereiche",
    "Station": "Packplatz",
    "Label printer": "Etikettendrucker",
    "Scale": "Waage",
    "Printer: not checked": "Drucker: nicht geprüft",
    "Scale: none": "Waage: keine",
    "Station {0}": "Packplatz {0}",
    "Packstation": "Packstation",
    "Packstation main window": "Packstation-Hauptfenster",
    "Profile": "Profil",
    "SANDBOX": "SANDBOX",
    "Built-in sandbox marketplace: nothing is sent to Amazon.": (
        "Eingebauter Sandbox-Marktplatz: Es wird nichts an Amazon gesendet."
    ),
    "AMAZON {0}": "AMAZON {0}",
    "Connected to Amazon's Selling Partner API": "Mit der Selling Partner API von Amazon verbunden",
    # bench controller and status bar
    "none": "keiner",
    "ready": "bereit",
    "Syncing…": "Wird abgeglichen…",
    "Synced {0}: {1} waiting": "Abgeglichen um {0}: {1} offen",
    "Sync failed: {0} (retrying)": "Abgleich fehlgeschlagen: {0} (neuer Versuch folgt)",
    "Not connected to the marketplace yet.": "Noch nicht mit dem Marktplatz verbunden.",
    "Not connected to the marketplace.": "Nicht mit dem Marktplatz verbunden.",
    "Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings "
    "(a document printer cups://queue or a receipt printer escpos://host:9100)": (
        "Lieferschein von {0} nicht gedruckt: kein Drucker dafür. printers.slip unter "
        "Einstellungen festlegen (ein Dokumentdrucker cups://queue oder ein Bondrucker "
        "escpos://host:9100)"
    ),
    "invoice": "Rechnung",
    "packing slip": "Lieferschein",
    "Invoice of {0} not printed: {1}": "Rechnung von {0} nicht gedruckt: {1}",
    "Packing slip of {0} not printed: {1}": "Lieferschein von {0} nicht gedruckt: {1}",
    "No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice "
    "under Settings": (
        "Kein Drucker für den Lieferschein: printers.slip (cups://queue) oder printers.invoice "
        "unter Einstellungen festlegen"
    ),
    "No invoice printer: set it under Settings (printers.invoice)": (
        "Kein Rechnungsdrucker: unter Einstellungen festlegen (printers.invoice)"
    ),
    "Printed for {0}: {1}": "Gedruckt für {0}: {1}",
    "Documents of {0} not printed: {1}": "Dokumente von {0} nicht gedruckt: {1}",
    "Inventory corrected: {0}": "Bestand korrigiert: {0}",
    "stable": "stabil",
    "empty": "leer",
    "settling": "schwankt",
    "overload": "Überlast",
    "under zero": "unter null",
    "disconnected: type weights (F4)": "getrennt: Gewichte eingeben (F4)",
    "Scale: {0} {1}": "Waage: {0} {1}",
    "Scale: {0}": "Waage: {0}",
    "Printer: {0}": "Drucker: {0}",
    # queue
    "Search or scan": "Suchen oder scannen",
    "Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)": (
        "Suchen oder scannen: Sendung, Bestellung, SKU oder Artikel-Barcode  (Strg+F)"
    ),
    "Program": "Programm",
    "All programs": "Alle Programme",
    "Sync (F5)": "Abgleichen (F5)",
    "Sync the queue": "Warteschlange abgleichen",
    "Pack (Enter)": "Packen (Enter)",
    "Pack selected": "Auswahl packen",
    "Status": "Status",
    "Shipment queue": "Sendungswarteschlange",
    "Not connected": "Nicht verbunden",
    "To pack": "Zu packen",
    "In progress": "In Arbeit",
    "Labelled": "Etikettiert",
    "All": "Alle",
    "Easy Ship": "Easy Ship",
    "Self Ship": "Self Ship",
    "Seller Flex": "Seller Flex",
    "Why the queue is empty": "Warum die Warteschlange leer ist",
    "Queue columns (click to sort)": "Spalten der Warteschlange (zum Sortieren klicken)",
    "Queue rows": "Zeilen der Warteschlange",
    "Queue counts": "Zähler der Warteschlange",
    "Queue sync state": "Abgleichstatus der Warteschlange",
    "The bench could not start: {0}": "Der Packplatz konnte nicht starten: {0}",
    "{0} shipments · {1} to pack · {2} high priority": (
        "{0} Sendungen · {1} zu packen · {2} hohe Priorität"
    ),
    "Priority": "Priorität",
    "Order": "Bestellung",
    "Units": "Einheiten",
    "Ship by": "Versand bis",
    "Pickup": "Abholung",
    "Items": "Artikel",
    "HIGH": "HOCH",
    "normal": "normal",
    "now, ends in {0}": "jetzt, endet in {0}",
    "GIFT": "GESCHENK",
    "S/N": "S/N",
    "{0} min": "{0} min",
    "{0} h {1:02d}": "{0} h {1:02d}",
    "{0} d": "{0} Tage",
    "late {0}": "{0} überfällig",
    # pack
    "Confirm shipment": "Sendung bestätigen",
    "Create packages": "Pakete anlegen",
    "Shipping options": "Versandoptionen",
    "Invoice": "Rechnung",
    "Generate label": "Etikett erzeugen",
    "Download label": "Etikett herunterladen",
    "Print label": "Etikett drucken",
    "Mark shipped": "Als versandt melden",
    "Done": "Fertig",
    "Shipment": "Sendung",
    "Scan item, serial, shipment or action": "Artikel, Seriennummer, Sendung oder Aktion scannen",
    "Packages": "Pakete",
    "Package": "Paket",
    "Package {0} of {1}": "Paket {0} von {1}",
    "The waiting label of {0} printed: scan {0} and press F12 to close the shipment": (
        "Das wartende Etikett von {0} wurde gedruckt: {0} scannen und F12 drücken, um die "
        "Sendung abzuschließen"
    ),
    "New package (F6)": "Neues Paket (F6)",
    "Box preset…": "Kartonvorlage…",
    "Use recommended": "Empfehlung übernehmen",
    "Carrier": "Versanddienst",
    "Tracking id": "Trackingnummer",
    "Finish (F12)": "Abschließen (F12)",
    "Finish": "Abschließen",
    "Reprint (Ctrl+P)": "Nachdrucken (Strg+P)",
    "Reject…": "Ablehnen…",
    "Reject shipment": "Sendung ablehnen",
    "Put aside": "Zurückstellen",
    "No shipment open": "Keine Sendung geöffnet",
    "Opening {0}…": "{0} wird geöffnet…",
    "Packing": "Packen",
    "Scan the items of {0}": "Artikel von {0} scannen",
    "WRONG ITEM": "FALSCHER ARTIKEL",
    "TOO MANY": "ZU VIELE",
    "UNKNOWN BARCODE": "UNBEKANNTER BARCODE",
    "BAD SERIAL": "UNGÜLTIGE SERIENNUMMER",
    "SERIAL ALREADY USED": "SERIENNUMMER SCHON VERWENDET",
    "SCAN THE SERIAL": "SERIENNUMMER SCANNEN",
    "CANCELLED": "STORNIERT",
    "OK: {0}": "OK: {0}",
    "Finishing…": "Wird abgeschlossen…",
    "Label printed · {0}": "Etikett gedruckt · {0}",
    "Failed: {0}": "Fehlgeschlagen: {0}",
    "Finish failed: {0}": "Abschluss fehlgeschlagen: {0}",
    "Choose the shipping option": "Versandoption wählen",
    "Printing the label again…": "Etikett wird nachgedruckt…",
    "Rejected": "Abgelehnt",
    "Cancelled: put the items back": "Storniert: Artikel zurücklegen",
    "CANCELLED: put the items back": "STORNIERT: Artikel zurücklegen",
    "Packages and finish": "Pakete und Abschluss",
    "Packing cues": "Packhinweise",
    "Scan field": "Scanfeld",
    "Scan result": "Scanergebnis",
    "Shipment lines": "Sendungspositionen",
    "Columns": "Spalten",
    "Lines": "Positionen",
    "Scan counters": "Scanzähler",
    "New package": "Neues Paket",
    "Box preset": "Kartonvorlage",
    "Use Amazon's recommended packages": "Von Amazon empfohlene Pakete übernehmen",
    "Length in cm": "Länge in cm",
    "L cm": "L cm",
    "Width in cm": "Breite in cm",
    "W cm": "B cm",
    "Height in cm": "Höhe in cm",
    "H cm": "H cm",
    "Weight in kg": "Gewicht in kg",
    "kg": "kg",
    "Weight": "Gewicht",
    "Package contents": "Paketinhalt",
    "L × W × H (cm)": "L × B × H (cm)",
    "Weight (kg)": "Gewicht (kg)",
    "Self Ship: your carrier": "Self Ship: Ihr Versanddienst",
    "one per package, in package order": "eine pro Paket, in Paketreihenfolge",
    "carrier": "Versanddienst",
    "tracking id: scan the carrier's label": "Trackingnummer: Etikett des Versanddienstes scannen",
    "Reprint label": "Etikett nachdrucken",
    "Finish state": "Abschlussstatus",
    "Inventory correction": "Bestandskorrektur",
    "Finish steps": "Abschlussschritte",
    "Finish steps and invoice": "Abschlussschritte und Rechnung",
    "Steps": "Schritte",
    "{0}: {1} of {2} pieces": "{0}: {1} von {2} Teilen",
    "pieces {0} of {1}": "Teile {0} von {1}",
    "scale": "Waage",
    "typed": "eingegeben",
    "scanned": "gescannt",
    "Amazon": "Amazon",
    "Label checked: {0} is on the box of {1}": "Etikett geprüft: {0} ist auf dem Karton von {1}",
    "WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box": (
        "FALSCHES ETIKETT: {0} ist das Etikett von Sendung {1}, nicht von {2}: vom Karton entfernen"
    ),
    "Label checked: {0} is {1}'s": "Etikett geprüft: {0} gehört zu {1}",
    "{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left "
    "the queue)": (
        "{0} ist abgeschlossen: {1} Etikett(en) an diesem Packplatz gedruckt, nichts mehr zu "
        "tun (nicht mehr in der Warteschlange)"
    ),
    "Shipped in one box: {0}": "In einem Karton versandt: {0}",
    "Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})": (
        "Self Ship: Etikett des Versanddienstes auf jedem Paket scannen ({0} von {1} haben eine "
        "Trackingnummer{2})"
    ),
    "; type the carrier": "; Versanddienst eingeben",
    "Self Ship: each package needs its own tracking id": (
        "Self Ship: Jedes Paket braucht eine eigene Trackingnummer"
    ),
    "Shipment cancelled": "Sendung storniert",
    "Label for {0} printed again": "Etikett für {0} nachgedruckt",
    "Cannot open {0}: {1}": "{0} kann nicht geöffnet werden: {1}",
    "— kg": "— kg",
    "{0} · {1} · order {2}{3}": "{0} · {1} · Bestellung {2}{3}",
    " · HIGH PRIORITY": " · HOHE PRIORITÄT",
    "In this package: {0}": "In diesem Paket: {0}",
    "scale settling…": "Waage schwankt…",
    "weigh the box (F4: type)": "Karton wiegen (F4: eingeben)",
    "type the weight (F4)": "Gewicht eingeben (F4)",
    "{0} kg · {1}": "{0} kg · {1}",
    "expected {0} kg": "erwartet {0} kg",
    "Wait: the shipment is being finished": "Bitte warten: Die Sendung wird abgeschlossen",
    "{0} is another shipment: finish or put aside {1} first": (
        "{0} ist eine andere Sendung: zuerst {1} abschließen oder zurückstellen"
    ),
    "TRACKING REFUSED: {0}": "TRACKINGNUMMER ABGELEHNT: {0}",
    "Tracking id {0} ({1}) for package {2}": "Trackingnummer {0} ({1}) für Paket {2}",
    "carrier not known: type it": "Versanddienst unbekannt: bitte eingeben",
    "TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label": (
        "TRACKINGNUMMER ABGELEHNT: {0} gehört schon zu Sendung {1}: das eigene Etikett dieses "
        "Kartons scannen"
    ),
    "CANNOT PACK": "NICHT PACKBAR",
    "{0} is not a shipment, order or item in the queue": (
        "{0} ist weder Sendung noch Bestellung noch Artikel in der Warteschlange"
    ),
    "Unknown action barcode {0}": "Unbekannter Aktions-Barcode {0}",
    "Package {0}: scan its items": "Paket {0}: Artikel scannen",
    "No box preset {0}": "Keine Kartonvorlage {0}",
    "Box {0}": "Karton {0}",
    "Amazon recommends no packages for this shipment": (
        "Amazon empfiehlt keine Pakete für diese Sendung"
    ),
    "Using Amazon's {0} recommended package(s)": "Von Amazon empfohlene Pakete übernommen: {0}",
    "Scanned {0} of {1}": "{0} von {1} gescannt",
    "wrong item": "falscher Artikel",
    "too many": "zu viele",
    "unknown": "unbekannt",
    "bad serial": "ungültige Seriennummer",
    "serial used": "Seriennummer schon verwendet",
    "serial expected": "Seriennummer erwartet",
    "cancelled": "storniert",
    "cannot pack": "nicht packbar",
    "refused {0} ({1})": "abgelehnt {0} ({1})",
    "Nothing to weigh: scan a shipment first": "Nichts zu wiegen: zuerst eine Sendung scannen",
    "Weight {0} {1}": "Gewicht {0} {1}",
    "Nothing to confirm": "Nichts zu bestätigen",
    "Weight confirmed for {0}": "Gewicht bestätigt für {0}",
    "Finishing in {0} s (Esc or any scan stops)": (
        "Abschluss in {0} s (Esc oder ein beliebiger Scan bricht ab)"
    ),
    "Nothing to finish: scan a shipment first": (
        "Nichts abzuschließen: zuerst eine Sendung scannen"
    ),
    "Not ready: {0}": "Nicht bereit: {0}",
    "Finishing {0}…": "{0} wird abgeschlossen…",
    "Done: label printed for {0}. Scan the next shipment.": (
        "Fertig: Etikett für {0} gedruckt. Nächste Sendung scannen."
    ),
    "The invoice came as {0}: not shown": "Die Rechnung kam als {0}: nicht angezeigt",
    "No invoice to print: finish a shipment first": (
        "Keine Rechnung zu drucken: zuerst eine Sendung abschließen"
    ),
    "Printing the invoice…": "Rechnung wird gedruckt…",
    "The label of {0} is still waiting in the printer queue: it prints by itself once the "
    "printer is ready. To print it elsewhere, cancel it under Devices & Printers first.": (
        "Das Etikett von {0} wartet noch in der Druckerwarteschlange: Es wird automatisch "
        "gedruckt, sobald der Drucker bereit ist. Um es auf einem anderen Drucker zu drucken, "
        "brechen Sie es zuerst unter Geräte & Drucker ab."
    ),
    "The waiting label printed: closing {0}…": (
        "Das wartende Etikett wurde gedruckt: {0} wird abgeschlossen…"
    ),
    "The waiting label of {0} did not print ({1}): press Ctrl+P to print it again": (
        "Das wartende Etikett von {0} wurde nicht gedruckt ({1}): Strg+P drücken, um es "
        "nachzudrucken"
    ),
    "Rejecting {0}…": "{0} wird abgelehnt…",
    "{0} rejected. Scan the next shipment.": "{0} abgelehnt. Nächste Sendung scannen.",
    "Correcting the inventory…": "Bestand wird korrigiert…",
    "Inventory not corrected: {0} Fix it on the Inventory page.": (
        "Bestand nicht korrigiert: {0} Bitte auf der Seite Bestand korrigieren."
    ),
    "{0} put aside; its scans are kept.": "{0} zurückgestellt; die Scans bleiben erhalten.",
    "The marketplace cancelled shipment {0}.\n\nSTOP: put the items back. Nothing was printed.": (
        "Der Marktplatz hat Sendung {0} storniert.\n\nSTOPP: Artikel zurücklegen. Es wurde "
        "nichts gedruckt."
    ),
    # pack lines
    "Item": "Artikel",
    "Barcode": "Barcode",
    "Expected": "Soll",
    "Scanned": "Gescannt",
    "Serials": "Seriennr.",
    "Notes": "Hinweise",
    "{0}/{1} pcs": "{0}/{1} Stk.",
    "{0} of {1}": "{0} von {1}",
    "GIFT WRAP": "GESCHENKVERPACKUNG",
    "GIFT MESSAGE": "GESCHENKNACHRICHT",
    "HAZMAT {0}": "GEFAHRGUT {0}",
    "FRAGILE": "ZERBRECHLICH",
    "{0} boxes": "{0} Kartons",
    "SERIAL": "SERIENNUMMER",
    "CANCELLED {0}": "STORNIERT {0}",
    # invoice and label preview
    "Invoice tools": "Rechnungswerkzeuge",
    "Zoom out": "Verkleinern",
    "Zoom out (Ctrl+Minus)": "Verkleinern (Strg+Minus)",
    "Fit": "Einpassen",
    "Fit to width": "An Breite anpassen",
    "Fit to width (Ctrl+0)": "An Breite anpassen (Strg+0)",
    "Fit width": "Breite anpassen",
    "Zoom in": "Vergrößern",
    "Zoom in (Ctrl+Plus)": "Vergrößern (Strg+Plus)",
    "Zoom level": "Zoomstufe",
    "Document shown": "Angezeigtes Dokument",
    "Print invoice": "Rechnung drucken",
    "Send the invoice to the document printer": "Rechnung an den Dokumentdrucker senden",
    "Invoice status": "Rechnungsstatus",
    "Invoice document": "Rechnungsdokument",
    "Invoice image": "Rechnungsbild",
    "The packing slip could not be shown": "Der Lieferschein konnte nicht angezeigt werden",
    "The invoice could not be shown": "Die Rechnung konnte nicht angezeigt werden",
    "No invoice for this shipment": "Keine Rechnung für diese Sendung",
    "Invoice + slip": "Rechnung + Lieferschein",
    "Packing slip": "Lieferschein",
    "Print slip": "Lieferschein drucken",
    "Send the packing slip to the document printer": ("Lieferschein an den Dokumentdrucker senden"),
    "Label preview": "Etikettenvorschau",
    "No label": "Kein Etikett",
    "Rendering…": "Vorschau wird erstellt…",
    "The ZPL holds no label.": "Die ZPL-Daten enthalten kein Etikett.",
    # reject and shipping option dialogs
    "Reject shipment {0}": "Sendung {0} ablehnen",
    "Reason": "Grund",
    "Out of stock": "Nicht vorrätig",
    "Customer requested": "Auf Kundenwunsch",
    "Units to reject:": "Abzulehnende Einheiten:",
    "Correct the inventory at Amazon": "Bestand bei Amazon korrigieren",
    "Reject": "Ablehnen",
    "Cancel": "Abbrechen",
    "Units of {0} to reject": "Abzulehnende Einheiten von {0}",
    "Units of each SKU left on the shelf (sellable):": (
        "Einheiten je SKU, die noch im Regal liegen (verkaufsfähig):"
    ),
    "Units of {0} on the shelf": "Einheiten von {0} im Regal",
    "Shipping option for {0}": "Versandoption für {0}",
    "Choose how this shipment leaves:": "Wählen Sie, wie diese Sendung das Lager verlässt:",
    "(recommended)": "(empfohlen)",
    "Use this option": "Diese Option wählen",
    "Choose a shipping option": "Versandoption wählen",
    "picked up": "Abholung",
    "drop off": "Abgabe",
    "window": "Zeitfenster",
    "{0}: {1} {2} {3}–{4}": "{0}: {1} {2} {3}–{4}",
    # sign-in
    "Sign in": "Anmelden",
    "Badge": "Ausweis",
    "Name": "Name",
    "No gift wrap, hazmat or fragile items": (
        "Keine Geschenkverpackung, kein Gefahrgut, nichts Zerbrechliches"
    ),
    "Scan your badge, or type your name. A new badge needs your name once.": (
        "Scannen Sie Ihren Ausweis oder geben Sie Ihren Namen ein. Für einen neuen Ausweis "
        "wird Ihr Name einmal benötigt."
    ),
    "Packer sign-in": "Packer-Anmeldung",
    "Signed-in packer": "Angemeldeter Packer",
    "Sign out": "Abmelden",
    "{0} at {1}": "{0} an {1}",
    "Signed in at station {0}": "Angemeldet an Packplatz {0}",
    "Nobody signed in at {0}": "Niemand angemeldet an {0}",
    "Sign-in waits for the database to start": "Die Anmeldung wartet auf den Start der Datenbank",
    "New badge: type your name": "Neuer Ausweis: Namen eingeben",
    "The database has not started yet": "Die Datenbank ist noch nicht gestartet",
    # dashboard
    "Add packer": "Packer hinzufügen",
    "Add packer…": "Packer hinzufügen…",
    "No data yet": "Noch keine Daten",
    "Figures over": "Kennzahlen für",
    "Today's pickup": "Heutige Abholung",
    "Refresh": "Aktualisieren",
    "Export audit CSV…": "Audit-CSV exportieren…",
    "Export audit CSV": "Audit-CSV exportieren",
    "Pickup at": "Abholung um",
    "Forecast": "Prognose",
    "Orders shipped": "Versandte Bestellungen",
    "Orders per hour": "Bestellungen pro Stunde",
    "Items per hour": "Artikel pro Stunde",
    "Scan errors caught": "Abgefangene Scanfehler",
    "Waiting on the system": "Wartezeit auf das System",
    "SLA misses": "SLA verfehlt",
    "Per packer": "Pro Packer",
    "Per station": "Pro Packplatz",
    "Per program": "Pro Programm",
    "Dashboard status": "Status der Übersicht",
    "Waiting for the station's database to start…": (
        "Warten auf den Start der Datenbank des Packplatzes…"
    ),
    "Reading the audit log…": "Audit-Protokoll wird gelesen…",
    "Could not read the figures: {0}": "Kennzahlen konnten nicht gelesen werden: {0}",
    "{0} items · {1} not finished": "{0} Artikel · {1} nicht abgeschlossen",
    "per active hour ({0} h)": "pro aktiver Stunde ({0} h)",
    "per active hour": "pro aktiver Stunde",
    "{0} s": "{0} s",
    "per finish · {0} min in all": "pro Abschluss · {0} min insgesamt",
    "shipped late": "verspätet versandt",
    "Updated {0} · {1} packers · {2} stations": ("Aktualisiert {0} · {1} Packer · {2} Packplätze"),
    "Export audit log": "Audit-Protokoll exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "Exported {0} audit records to {1}": "{0} Audit-Einträge nach {1} exportiert",
    "Export failed: {0}": "Export fehlgeschlagen: {0}",
    # devices, printers, scales
    "Devices": "Geräte",
    "Printers": "Drucker",
    "Scales and scanners": "Waagen und Scanner",
    "Printer address": "Druckeradresse",
    "Add": "Hinzufügen",
    "Check status": "Status prüfen",
    "Print test label": "Testetikett drucken",
    "Print queue": "Druckerwarteschlange",
    "Cancel job": "Druckauftrag abbrechen",
    "Reprint": "Nachdrucken",
    "Asking %s…": "%s wird abgefragt…",
    "Printing a test label on %s…": "Testetikett wird auf %s gedruckt…",
    "Scale port or address": "Port oder Adresse der Waage",
    "COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID": (
        "COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT oder hid://VID:PID"
    ),
    "Scale protocol": "Protokoll der Waage",
    "Unit shown": "Angezeigte Einheit",
    "Find ports": "Ports suchen",
    "Connect": "Verbinden",
    "Connect scale": "Waage verbinden",
    "Zero": "Nullstellen",
    "Zero the scale": "Waage nullstellen",
    "Scale state": "Waagenstatus",
    "Scale statistics": "Waagenstatistik",
    "Port or address": "Port oder Adresse",
    "Protocol": "Protokoll",
    "Show in": "Anzeigen in",
    "State": "Status",
    "Virtual scale (sandbox)": "Virtuelle Waage (Sandbox)",
    "Weight to put on the scale": "Gewicht zum Auflegen",
    "Put a box on": "Karton auflegen",
    "Take it off": "Karton abnehmen",
    "Scan here": "Hier scannen",
    "Scan or type a code to test": "Code zum Testen scannen oder eingeben",
    "Scan a barcode (or type one and press Enter)": (
        "Barcode scannen (oder eingeben und Enter drücken)"
    ),
    "Classified scans": "Erkannte Scans",
    "virtual scale ({0})": "virtuelle Waage ({0})",
    "The bench's scale: change it in Settings (scale.url), then restart": (
        "Die Waage des Packplatzes: in den Einstellungen ändern (scale.url), dann neu starten"
    ),
    "connecting…": "wird verbunden…",
    "not connected": "nicht verbunden",
    "readings {0}, skipped frames {1}, reconnects {2}": (
        "Messwerte {0}, übersprungene Frames {1}, Neuverbindungen {2}"
    ),
    "Reconnect": "Neu verbinden",
    # inventory
    "Clear": "Leeren",
    "Location": "Standort",
    "Find SKU": "SKU suchen",
    "Import…": "Importieren…",
    "Import CSV": "CSV importieren",
    "Push changed": "Änderungen senden",
    "Retry": "Wiederholen",
    "Retry refused items": "Abgelehnte Positionen erneut senden",
    "Fetch": "Abrufen",
    "Fetch quantities from Amazon": "Mengen von Amazon abrufen",
    "SKU to set": "Zu setzende SKU",
    "SKU": "SKU",
    "Absolute quantity": "Absolute Menge",
    "Set quantity": "Menge setzen",
    "Low-stock threshold": "Meldebestand",
    "low under ": "niedrig unter ",
    "Inventory positions": "Bestandspositionen",
    "Inventory rows": "Bestandszeilen",
    "Inventory columns": "Bestandsspalten",
    "Import and push problems": "Probleme bei Import und Senden",
    "Apply the valid rows, skip the bad ones": (
        "Gültige Zeilen übernehmen, fehlerhafte überspringen"
    ),
    "Apply the valid rows and skip the bad ones": (
        "Gültige Zeilen übernehmen und fehlerhafte überspringen"
    ),
    "Discard the import": "Import verwerfen",
    "Inventory counts": "Bestandszahlen",
    "Inventory state": "Bestandsstatus",
    "Working…": "Wird bearbeitet…",
    "%n SKU(s) low on stock": [
        "%n SKU mit niedrigem Bestand",
        "%n SKUs mit niedrigem Bestand",
    ],
    "Ready": "Bereit",
    "%1 set to %2; push to send it": "%1 auf %2 gesetzt; mit „Änderungen senden“ übertragen",
    "Imported %n row(s)": ["%n Zeile importiert", "%n Zeilen importiert"],
    ", skipped %n bad row(s)": [
        ", %n fehlerhafte Zeile übersprungen",
        ", %n fehlerhafte Zeilen übersprungen",
    ],
    "Skipped: %1": "Übersprungen: %1",
    "No SKUs to fetch: set or import quantities first": (
        "Keine SKUs zum Abrufen: zuerst Mengen setzen oder importieren"
    ),
    "Fetched %n SKU(s) from Amazon": [
        "%n SKU von Amazon abgerufen",
        "%n SKUs von Amazon abgerufen",
    ],
    "Type or scan a SKU first": "Zuerst eine SKU eingeben oder scannen",
    "Import stock CSV": "Bestands-CSV importieren",
    "CSV files (*.csv *.txt)": "CSV-Dateien (*.csv *.txt)",
    "%1 SKUs · %2 to push · %3 low on stock": ("%1 SKUs · %2 zu senden · %3 mit niedrigem Bestand"),
    # returns
    "Scan RMA or reverse tracking id": "RMA oder Rücksende-Trackingnummer scannen",
    "Scan or type an RMA, reverse tracking id or return id, then Enter": (
        "RMA, Rücksende-Trackingnummer oder Retourennummer scannen oder eingeben, dann Enter"
    ),
    "Open": "Öffnen",
    "Open the return": "Retoure öffnen",
    "All statuses": "Alle Status",
    "RMA id": "RMA-Nummer",
    "Reverse tracking id": "Rücksende-Trackingnummer",
    "Created since": "Erstellt seit",
    "Filter by creation date": "Nach Erstellungsdatum filtern",
    "Updated since": "Geändert seit",
    "Filter by update date": "Nach Änderungsdatum filtern",
    "Search": "Suchen",
    "Search returns": "Retouren suchen",
    "Returns and detail": "Retouren und Details",
    "Return rows": "Retourenzeilen",
    "Return columns": "Retourenspalten",
    "Return": "Retoure",
    "Reverse tracking": "Rücksende-Tracking",
    "Inspection": "Prüfung",
    "Inspection outcome": "Prüfergebnis",
    "Units inspected": "Geprüfte Einheiten",
    "Inspection note": "Prüfnotiz",
    "Note (optional)": "Notiz (optional)",
    "Outcome": "Ergebnis",
    "Note": "Notiz",
    "Record inspection": "Prüfung erfassen",
    "Restock": "Wieder einlagern",
    "Restock units": "Einheiten wieder einlagern",
    "Print tag": "Retourenetikett drucken",
    "Return detail": "Retourendetails",
    "◀ Previous": "◀ Zurück",
    "Previous page": "Vorherige Seite",
    "Next ▶": "Weiter ▶",
    "Next page": "Nächste Seite",
    "Page": "Seite",
    "Returns state": "Retourenstatus",
    "%n return(s)": ["%n Retoure", "%n Retouren"],
    "Empty page; more on the next page": "Leere Seite; weitere auf der nächsten Seite",
    "No returns match": "Keine passenden Retouren",
    "Page %1": "Seite %1",
    "No return for %1: check the code or search by filters": (
        "Keine Retoure für %1: Code prüfen oder mit Filtern suchen"
    ),
    "Return %1 open": "Retoure %1 geöffnet",
    "not inspected": "nicht geprüft",
    "Inspection recorded: %1": "Prüfung erfasst: %1",
    "Restocked %1 × %2: Amazon now has %3": "%1 × %2 wieder eingelagert: Amazon hat jetzt %3",
    "Restocked": "Wieder eingelagert",
    "Restocked %n unit(s)": [
        "%n Einheit wieder eingelagert",
        "%n Einheiten wieder eingelagert",
    ],
    "Return tag printed": "Retourenetikett gedruckt",
    "Return tag: %1": "Retourenetikett: %1",
    # settings
    "Sandbox (built-in marketplace)": "Sandbox (eingebauter Marktplatz)",
    "Production (Amazon)": "Produktiv (Amazon)",
    "Station name": "Name des Packplatzes",
    "Amazon connection (production profile)": "Amazon-Verbindung (Produktivprofil)",
    "Region": "Region",
    "Marketplace id": "Marktplatz-ID",
    "Location id": "Standort-ID",
    "LWA client id": "LWA-Client-ID",
    "LWA client secret": "LWA-Client-Secret",
    "LWA refresh token": "LWA-Refresh-Token",
    "unchanged": "unverändert",
    "Database and folders": "Datenbank und Ordner",
    "Shared database URL": "URL der gemeinsamen Datenbank",
    "empty: this station's own SQLite file": "leer: eigene SQLite-Datei dieses Packplatzes",
    "Shared database": "Gemeinsame Datenbank",
    "Settings file": "Einstellungsdatei",
    "Data folder": "Datenordner",
    "Log folder": "Protokollordner",
    "Save": "Speichern",
    "Save settings": "Einstellungen speichern",
    "stored": "gespeichert",
    "not stored": "nicht gespeichert",
    "Client secret: {0}; refresh token: {1} (kept in the OS keyring)": (
        "Client-Secret: {0}; Refresh-Token: {1} (im Schlüsselbund des Betriebssystems)"
    ),
    "Keyring unavailable: {0}": "Schlüsselbund nicht verfügbar: {0}",
    "Not saved: {0}": "Nicht gespeichert: {0}",
    "Saving…": "Wird gespeichert…",
    "Saved to {0}. A profile change takes effect at the next start.": (
        "Gespeichert in {0}. Eine Profiländerung wirkt erst beim nächsten Start."
    ),
    # issue #20: table headers, statuses, reasons, printer states, units (gui/texts.py)
    "zero": "null",
    "moving": "in Bewegung",
    "Today": "Heute",
    "Last 8 hours": "Letzte 8 Stunden",
    "Last 24 hours": "Letzte 24 Stunden",
    "Last 7 days": "Letzte 7 Tage",
    "orders/h": "Aufträge/h",
    "orders": "Aufträge",
    "{0} {1}": "{0} {1}",
    "{0}: {1}": "{0}: {1}",
    "No open orders due for today's {0} pickup": "Keine offenen Aufträge für die heutige Abholung um {0}",
    "{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h": "{0} von {1} offenen Aufträgen verpassen beim aktuellen Tempo von {3}/h die heutige Abholung um {2}",
    "sellable": "verkaufsfähig",
    "damaged": "beschädigt",
    "Quantity": "Menge",
    "Sellable": "Verkaufsfähig",
    "Reserved": "Reserviert",
    "Last pushed": "Zuletzt gemeldet",
    "Sequence": "Folge",
    "Pushed at": "Gemeldet am",
    "refused: {0}": "abgelehnt: {0}",
    "to push": "zu melden",
    "low stock": "niedriger Bestand",
    "Print a test label or choose a print job to see its label here.": "Drucken Sie ein Testetikett oder wählen Sie einen Druckauftrag, um sein Etikett hier zu sehen.",
    "The label cannot be shown: %s": "Das Etikett kann nicht angezeigt werden: %s",
    "the first of %n labels": ["das einzige Etikett", "das erste von %n Etiketten"],
    "head open": "Druckkopf offen",
    "paper out": "Papier leer",
    "ribbon out": "Farbband leer",
    "paused": "angehalten",
    "buffer full": "Puffer voll",
    "head over temperature": "Druckkopf zu heiß",
    "head under temperature": "Druckkopf zu kalt",
    "corrupt RAM (configuration lost)": "RAM beschädigt (Konfiguration verloren)",
    "queued": "in Warteschlange",
    "sending": "wird gesendet",
    "waiting": "wartet",
    "confirming": "wird bestätigt",
    "done": "erledigt",
    "attention": "Achtung",
    "failed": "fehlgeschlagen",
    "printed (confirmed)": "gedruckt (bestätigt)",
    "sent": "gesendet",
    "{0}: test label {1}": "{0}: Testetikett {1}",
    "{0} h {1}": "{0} h {1}",
    "North America (NA)": "Nordamerika (NA)",
    "Europe (EU)": "Europa (EU)",
    "Far East (FE)": "Ferner Osten (FE)",
    "defective": "defekt",
    "not as described": "nicht wie beschrieben",
    "no longer needed": "nicht mehr benötigt",
    "undeliverable": "unzustellbar",
    "created": "angelegt",
    "carrier notified to pick up from customer": "Versanddienst zur Abholung beim Kunden beauftragt",
    "carrier out for pick up from customer": "Versanddienst unterwegs zur Abholung beim Kunden",
    "customer cancelled pick up": "Kunde hat Abholung storniert",
    "customer rescheduled pick up": "Kunde hat Abholung verschoben",
    "picked from customer": "beim Kunden abgeholt",
    "in transit": "unterwegs",
    "out for delivery": "in Zustellung",
    "delivered": "zugestellt",
    "replanned": "neu geplant",
    "customer dropped off": "vom Kunden abgegeben",
    "partially processed": "teilweise bearbeitet",
    "processed": "bearbeitet",
    "rejected": "abgelehnt",
    "Damaged": "Beschädigt",
    "Wrong item": "Falscher Artikel",
    "{0}  (RMA {1})": "{0}  (RMA {1})",
    "RMA": "RMA",
    "Created": "Angelegt",
    "{0}, restocked {1}": "{0}, {1} wieder eingelagert",
    "wrong": "falsch",
    "unknown barcode": "unbekannter Barcode",
    "invalid serial": "ungültige Seriennummer",
    "duplicate serial": "doppelte Seriennummer",
    "duplicate": "doppelt",
    "no serial": "keine Seriennummer",
    "shipment cancelled": "Sendung storniert",
    "not packable": "nicht packbar",
    "accepted": "angenommen",
    "confirmed": "bestätigt",
    "package created": "Paket angelegt",
    "pickup slot retrieved": "Abholzeit erhalten",
    "invoice generated": "Rechnung erstellt",
    "label generated": "Etikett erstellt",
    "shipped": "versandt",
    "Job": "Auftrag",
    "Printer": "Drucker",
    "Label": "Etikett",
    "disconnected": "getrennt",
    # PackPage: scan sentences, cues and finish details made from the services' values
    "{0} is put aside: scan it to go on packing it.": (
        "{0} ist zurückgestellt: Sendung scannen, um sie weiterzupacken."
    ),
    "Wait: the label is being printed. Reprint once the finish is done.": (
        "Bitte warten: Das Etikett wird gedruckt. Nachdrucken erst nach dem Abschluss."
    ),
    "{0} rejected.": "{0} abgelehnt.",
    "gift wrap {0}: {1}": "Geschenkverpackung {0}: {1}",
    "gift wrap {0}": "Geschenkverpackung {0}",
    "gift message: {0}": "Geschenknachricht: {0}",
    "gift message": "Geschenknachricht",
    "hazmat {0}: apply {1}": "Gefahrgut {0}: {1} anbringen",
    "hazmat {0}: apply the hazmat label": "Gefahrgut {0}: Gefahrgutetikett anbringen",
    "{0} ships in %n piece(s): one package per piece": [
        "{0} wird in %n Teil versandt: ein Paket je Teil",
        "{0} wird in %n Teilen versandt: ein Paket je Teil",
    ],
    "scan the serial of each {0}": "Seriennummer jedes {0} scannen",
    "{0} is fragile": "{0} ist zerbrechlich",
    "cash on delivery": "Nachnahme",
    "put the packing slip in the box": "Lieferschein in den Karton legen",
    "REFUSED": "ABGELEHNT",
    "{0} is not in this shipment: put it aside": (
        "{0} gehört nicht zu dieser Sendung: zur Seite legen"
    ),
    "{0}: all %n piece(s) already scanned - take this one out": [
        "{0}: das %n Teil ist schon gescannt – dieses herausnehmen",
        "{0}: alle %n Teile sind schon gescannt – dieses herausnehmen",
    ],
    "{0}: all %n unit(s) already scanned - take this one out": [
        "{0}: die %n Einheit ist schon gescannt – diese herausnehmen",
        "{0}: alle %n Einheiten sind schon gescannt – diese herausnehmen",
    ],
    "unknown barcode {0}: scan the item's barcode": (
        "unbekannter Barcode {0}: den Barcode des Artikels scannen"
    ),
    "IMEI {0} fails its check digit: scan it again": (
        "IMEI {0}: Prüfziffer falsch – erneut scannen"
    ),
    "{0} is a product barcode, not a serial number: scan the serial label": (
        "{0} ist ein Produktbarcode, keine Seriennummer: das Seriennummernetikett scannen"
    ),
    "{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label": (
        "{0} ist keine Seriennummer (4–64 Buchstaben, Ziffern, - / .): das "
        "Seriennummernetikett scannen"
    ),
    "serial {0} is already recorded for shipment {1}: scan the serial of the item in hand": (
        "Seriennummer {0} ist schon für Sendung {1} erfasst: die Seriennummer des Artikels in "
        "der Hand scannen"
    ),
    "serial {0} was already scanned for {1}: scan this unit's serial": (
        "Seriennummer {0} wurde schon für {1} gescannt: die Seriennummer dieser Einheit scannen"
    ),
    "scan the serial number of the {0} just scanned before the next item": (
        "erst die Seriennummer des eben gescannten {0} scannen, dann den nächsten Artikel"
    ),
    "the marketplace cancelled this shipment: put the items back": (
        "der Marktplatz hat diese Sendung storniert: Artikel zurücklegen"
    ),
    "this item cannot be packed at the bench: put it aside": (
        "dieser Artikel kann hier nicht gepackt werden: zur Seite legen"
    ),
    "OK: {0} serial {1}": "OK: {0} Seriennummer {1}",
    "OK: shipment code {0}": "OK: Sendungscode {0}",
    "OK: action {0}": "OK: Aktion {0}",
    "OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}": (
        "OK: {0} Teil {1} von {2} (Einheit {3} von {4}) in Paket {5}"
    ),
    "OK: {0} piece {1} of {2} in package {3}": "OK: {0} Teil {1} von {2} in Paket {3}",
    "OK: {0} {1} of {2}: now scan its serial number": (
        "OK: {0} {1} von {2}: jetzt die Seriennummer scannen"
    ),
    "OK: {0} {1} of {2}": "OK: {0} {1} von {2}",
    "creating %n package(s)": ["%n Paket wird angelegt", "%n Pakete werden angelegt"],
    "getting shipping options": "Versandoptionen werden abgerufen",
    "generating the invoice and packing slip": "Rechnung und Lieferschein werden erzeugt",
    "generating the packing slip": "Lieferschein wird erzeugt",
    "generating the invoice": "Rechnung wird erzeugt",
    "generating the label(s)": "Etikett(en) werden erzeugt",
    "labels exist at Amazon: fetching them again": (
        "Etiketten gibt es bei Amazon schon: sie werden erneut abgerufen"
    ),
    "downloading label {0} of {1}": "Etikett {0} von {1} wird geladen",
    "printing label {0} of {1}": "Etikett {0} von {1} wird gedruckt",
    "marking the package(s) shipped": "Paket(e) werden als versandt gemeldet",
    "Amazon is busy: waiting {0} s, then trying again": (
        "Amazon ist ausgelastet: {0} s warten, dann erneut versuchen"
    ),
    "Label made, not confirmed printed": "Etikett erzeugt, Druck nicht bestätigt",
    "Cancelled by the marketplace: put the items back": (
        "Vom Marktplatz storniert: Artikel zurücklegen"
    ),
    "Refused before any change at Amazon": "Abgelehnt, bevor sich bei Amazon etwas geändert hat",
    "Amazon is unavailable: wait a few minutes, then press F12 again": (
        "Amazon ist nicht erreichbar: einige Minuten warten, dann erneut F12 drücken"
    ),
    "{0} ({1})": "{0} ({1})",
    "Another Packstation on this computer is printing this station's labels (a second window, or packstation ship): close it, then start this one again.": (
        "Ein anderes Packstation auf diesem Computer druckt die Etiketten dieser Station (ein zweites Fenster oder packstation ship): es schließen, dann dieses erneut starten."
    ),
}
