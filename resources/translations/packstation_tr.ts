<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="89" />
        <location filename="../../packstation/gui/sign_in.py" line="90" />
        <source>Add packer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="92" />
        <location filename="../../packstation/gui/sign_in.py" line="94" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="93" />
        <location filename="../../packstation/gui/sign_in.py" line="95" />
        <source>Badge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="68" />
        <source>No data yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BenchController</name>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="245" />
        <source>none</source>
        <extracomment>How long a finish waits for the packer to choose a shipping option before it stops. how often an idle label printer's status is asked for (never while a finish prints) write-ahead scan log bookkeeping (GUI thread only): id(outcome) -&gt; (outcome, uid) labels a finish left waiting in the spool: shipment id -&gt; spool job ids the scale's last reading, as delivered on the GUI thread (None: no scale)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="350" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="373" />
        <source>Synced {0}: {1} waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="380" />
        <source>Sync failed: {0} (retrying)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="397" />
        <source>Not connected to the marketplace yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="501" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="505" />
        <location filename="../../packstation/gui/bench_controller.py" line="581" />
        <source>invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="505" />
        <location filename="../../packstation/gui/bench_controller.py" line="581" />
        <source>packing slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="506" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="507" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="543" />
        <location filename="../../packstation/gui/bench_controller.py" line="594" />
        <source>Printed for {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="553" />
        <location filename="../../packstation/gui/bench_controller.py" line="597" />
        <source>Documents of {0} not printed: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="569" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="576" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="831" />
        <location filename="../../packstation/gui/bench_controller.py" line="897" />
        <location filename="../../packstation/gui/bench_controller.py" line="920" />
        <location filename="../../packstation/gui/bench_controller.py" line="948" />
        <source>Not connected to the marketplace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="886" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="932" />
        <source>Inventory corrected: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="127" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="139" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="157" />
        <source>Figures over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="143" />
        <source>Today's pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="147" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="150" />
        <source>Export audit CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="152" />
        <source>Export audit CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="155" />
        <source>Add packer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="155" />
        <source>Add packer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="160" />
        <source>Pickup at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="168" />
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="175" />
        <source>Orders shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Orders per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="177" />
        <source>Items per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="178" />
        <source>Scan errors caught</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Waiting on the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="180" />
        <source>SLA misses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="188" />
        <source>Per packer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="189" />
        <source>Per station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="190" />
        <source>Per program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="200" />
        <source>Dashboard status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="252" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="349" />
        <source>Waiting for the station's database to start…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="260" />
        <source>Reading the audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="281" />
        <source>Could not read the figures: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="291" />
        <source>{0} items · {1} not finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="295" />
        <source>per active hour ({0} h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="297" />
        <source>per active hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="310" />
        <source>{0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="311" />
        <source>per finish · {0} min in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="313" />
        <source>shipped late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="330" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="340" />
        <source>Export audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="340" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="355" />
        <source>Exported {0} audit records to {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="359" />
        <source>Export failed: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="29" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="33" />
        <source>Printers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Scales and scanners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="92" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="121" />
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="124" />
        <location filename="../../packstation/gui/pages/inventory.py" line="125" />
        <source>Find SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="128" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="128" />
        <source>Import CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="131" />
        <source>Push changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="134" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Retry refused items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Fetch quantities from Amazon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="157" />
        <source>SKU to set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="158" />
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="160" />
        <source>Absolute quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="164" />
        <location filename="../../packstation/gui/pages/inventory.py" line="166" />
        <source>Set quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="173" />
        <source>Low-stock threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="172" />
        <source>low under </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="182" />
        <source>Inventory positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="199" />
        <source>Inventory rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="201" />
        <source>Inventory columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="209" />
        <source>Import and push problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="216" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="218" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="221" />
        <location filename="../../packstation/gui/pages/inventory.py" line="223" />
        <source>Discard the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="234" />
        <source>Inventory counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="236" />
        <source>Inventory state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="237" />
        <location filename="../../packstation/gui/pages/inventory.py" line="291" />
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="317" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="357" />
        <location filename="../../packstation/gui/pages/inventory.py" line="488" />
        <source>Fetched %n SKU(s) from Amazon</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="381" />
        <source>%n SKU(s) low on stock</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="383" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>%1 set to %2; push to send it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="422" />
        <source>Imported %n row(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="424" />
        <source>, skipped %n bad row(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="427" />
        <source>Skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="482" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
        <source>Type or scan a SKU first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="508" />
        <source>Import stock CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="508" />
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="528" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="104" />
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="64" />
        <source>Invoice tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out (Ctrl+Minus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="73" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="74" />
        <source>Fit to width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="75" />
        <source>Fit to width (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in (Ctrl+Plus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="80" />
        <source>Zoom level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="82" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="88" />
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="294" />
        <source>Print invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="299" />
        <source>Send the invoice to the document printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <source>Invoice status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="110" />
        <source>Invoice document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="116" />
        <location filename="../../packstation/gui/invoice_view.py" line="120" />
        <source>Invoice image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="187" />
        <source>No invoice for this shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="223" />
        <source>The packing slip could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The invoice could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="230" />
        <source>Invoice + slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Packing slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="294" />
        <source>Print slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="297" />
        <source>Send the packing slip to the document printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="307" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="103" />
        <source>Label preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="108" />
        <source>No label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="114" />
        <source>Rendering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="128" />
        <source>The ZPL holds no label.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="49" />
        <source>Packstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="50" />
        <source>Packstation main window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="52" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="53" />
        <source>Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="54" />
        <source>Inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="55" />
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="56" />
        <source>Devices &amp; Printers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="57" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="58" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="76" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="103" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="105" />
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="106" />
        <source>Label printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="107" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="108" />
        <source>Printer: not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="109" />
        <source>Scale: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="123" />
        <source>SANDBOX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="125" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="130" />
        <source>AMAZON {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="131" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="135" />
        <source>Station {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="119" />
        <source>Item</source>
        <extracomment>Custom attribute keys (lower case) that carry the product's name. The EF API's line item has no title field of its own: a channel passes the name through ``customAttributes`` (the sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it. pieces scanned (a multi-piece line: each piece is scanned into a package of its own)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="120" />
        <source>Barcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="121" />
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="122" />
        <source>Scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="123" />
        <source>Serials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="124" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="219" />
        <source>{0}/{1} pcs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="226" />
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="235" />
        <source>GIFT WRAP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="237" />
        <source>GIFT MESSAGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="239" />
        <source>HAZMAT {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="241" />
        <source>FRAGILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="243" />
        <source>{0} boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="245" />
        <source>SERIAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="247" />
        <source>CANCELLED {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="56" />
        <source>Confirm shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="57" />
        <source>Create packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="58" />
        <source>Shipping options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="59" />
        <location filename="../../packstation/gui/pages/pack.py" line="490" />
        <location filename="../../packstation/gui/pages/pack.py" line="1543" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="60" />
        <source>Generate label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="61" />
        <source>Download label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="62" />
        <source>Print label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="63" />
        <source>Mark shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="64" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="305" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="317" />
        <source>Shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="320" />
        <source>Packing cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="329" />
        <source>Scan field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="330" />
        <source>Scan item, serial, shipment or action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="335" />
        <source>Scan result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="343" />
        <source>Shipment lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="352" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="353" />
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="365" />
        <source>Scan counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="369" />
        <source>Packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="372" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="374" />
        <source>New package (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="376" />
        <source>New package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="378" />
        <source>Box preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="380" />
        <source>Use recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="382" />
        <source>Use Amazon's recommended packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="385" />
        <source>Length in cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="385" />
        <source>L cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="386" />
        <source>Width in cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="386" />
        <source>W cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Height in cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>H cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="388" />
        <source>Weight in kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="388" />
        <source>kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="392" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="395" />
        <source>Package contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="410" />
        <source>L × W × H (cm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="412" />
        <source>Weight (kg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="422" />
        <source>Self Ship: your carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="425" />
        <source>Carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="428" />
        <source>Tracking id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="429" />
        <source>one per package, in package order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="431" />
        <source>carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>tracking id: scan the carrier's label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Finish (F12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="447" />
        <source>Reprint (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="449" />
        <source>Reprint label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Reject…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Reject shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="455" />
        <source>Put aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="463" />
        <source>Finish state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="465" />
        <source>Inventory correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="469" />
        <source>Finish steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="485" />
        <source>Finish steps and invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="489" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="499" />
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Shipment cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="565" />
        <source>Label for {0} printed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="614" />
        <source>Opening {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="663" />
        <source>Scan the items of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="676" />
        <location filename="../../packstation/gui/pages/pack.py" line="1444" />
        <source>Packing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="688" />
        <source>Cannot open {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="693" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="710" />
        <source>No shipment open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="717" />
        <source>Easy Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="718" />
        <source>Self Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="719" />
        <source>Seller Flex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="723" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="727" />
        <source> · HIGH PRIORITY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="761" />
        <source>Box preset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="769" />
        <source>— kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="794" />
        <source>Package {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="832" />
        <source>{0}: {1} of {2} pieces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="838" />
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="839" />
        <source>In this package: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="856" />
        <source>scale settling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="858" />
        <source>weigh the box (F4: type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="860" />
        <source>type the weight (F4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="864" />
        <source>scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="865" />
        <source>typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="866" />
        <source>scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="867" />
        <source>Amazon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="870" />
        <source>{0} kg · {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="874" />
        <source>expected {0} kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="907" />
        <source>Wait: the shipment is being finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="919" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="959" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="976" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="981" />
        <source>Label checked: {0} is {1}'s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1004" />
        <source>TRACKING REFUSED: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1010" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1012" />
        <source>carrier not known: type it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1034" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1087" />
        <source>WRONG ITEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1088" />
        <source>TOO MANY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1089" />
        <source>UNKNOWN BARCODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1090" />
        <source>BAD SERIAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1091" />
        <source>SERIAL ALREADY USED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1092" />
        <source>SCAN THE SERIAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1093" />
        <source>CANCELLED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1094" />
        <source>CANNOT PACK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1099" />
        <location filename="../../packstation/gui/pages/pack.py" line="1100" />
        <source>OK: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1115" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1128" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1152" />
        <source>Unknown action barcode {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1180" />
        <source>Scanned {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1183" />
        <source>pieces {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1189" />
        <source>wrong item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1190" />
        <source>too many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1191" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1192" />
        <source>bad serial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1193" />
        <source>serial used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1194" />
        <source>serial expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1195" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1196" />
        <source>cannot pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1201" />
        <source>refused {0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1249" />
        <source>Package {0}: scan its items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>No box preset {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1278" />
        <source>Box {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1291" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1296" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1327" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1337" />
        <source>Weight {0} {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1365" />
        <source>Nothing to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1380" />
        <source>Weight confirmed for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1382" />
        <source>Shipped in one box: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1423" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1452" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1459" />
        <source>Not ready: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1468" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1473" />
        <source>; type the carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1479" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1486" />
        <source>Finishing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1488" />
        <source>Finishing {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1512" />
        <source>Label printed · {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1514" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1543" />
        <source>Packing slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1552" />
        <source>The invoice came as {0}: not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1558" />
        <source>No invoice to print: finish a shipment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1561" />
        <source>Printing the invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1569" />
        <source>Failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1571" />
        <source>Finish failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1587" />
        <source>Choose the shipping option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1598" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1604" />
        <source>Printing the label again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1615" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1623" />
        <source>The waiting label printed: closing {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1632" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1660" />
        <source>Rejecting {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1664" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1665" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1670" />
        <source>Correcting the inventory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1679" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1690" />
        <source>{0} put aside; its scans are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1735" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1740" />
        <source>Cancelled: put the items back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1741" />
        <source>CANCELLED: put the items back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="167" />
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Printers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="173" />
        <source>Printer address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="176" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="179" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="183" />
        <source>Check status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="186" />
        <source>Print test label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="190" />
        <location filename="../../packstation/gui/printers_panel.py" line="232" />
        <source>Print queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="201" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="212" />
        <source>Cancel job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="214" />
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Asking %s…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="331" />
        <source>Printing a test label on %s…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="124" />
        <source>Search or scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="126" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="130" />
        <source>All programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="131" />
        <source>Easy Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="132" />
        <source>Self Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Seller Flex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="135" />
        <source>Sync (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="135" />
        <source>Sync the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="138" />
        <source>Pack (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="138" />
        <source>Pack selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="146" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="156" />
        <source>Why the queue is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="170" />
        <source>Shipment queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue columns (click to sort)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="187" />
        <source>Queue rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Queue sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="209" />
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="259" />
        <source>The bench could not start: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="377" />
        <source>To pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="378" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="379" />
        <source>Labelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="380" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="388" />
        <source>{0} shipments · {1} to pack · {2} high priority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="200" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="201" />
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="202" />
        <source>Shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="203" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="204" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="205" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="206" />
        <source>Ship by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="207" />
        <source>Pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="208" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="211" />
        <source>Easy Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="212" />
        <source>Self Ship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="213" />
        <source>Seller Flex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="293" />
        <source>HIGH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="293" />
        <source>normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="310" />
        <source>now, ends in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>GIFT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>S/N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="321" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="324" />
        <source>{0} h {1:02d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>{0} d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="333" />
        <source>late {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="81" />
        <source>Reject shipment {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="82" />
        <source>Reject shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="84" />
        <location filename="../../packstation/gui/pages/pack.py" line="87" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="85" />
        <source>Out of stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="86" />
        <source>Customer requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="89" />
        <source>Units to reject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="94" />
        <source>Units of {0} to reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="103" />
        <location filename="../../packstation/gui/pages/pack.py" line="105" />
        <source>Correct the inventory at Amazon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="111" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="118" />
        <source>Units of {0} on the shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="131" />
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="136" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="114" />
        <source>Scan RMA or reverse tracking id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="117" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="121" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="121" />
        <source>Open the return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="128" />
        <location filename="../../packstation/gui/pages/returns.py" line="202" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="129" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="132" />
        <location filename="../../packstation/gui/pages/returns.py" line="133" />
        <source>RMA id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="135" />
        <location filename="../../packstation/gui/pages/returns.py" line="137" />
        <source>Reverse tracking id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="139" />
        <location filename="../../packstation/gui/pages/returns.py" line="144" />
        <source>Created since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <source>Filter by creation date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="147" />
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <source>Updated since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="149" />
        <source>Filter by update date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <source>Search returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="178" />
        <source>Returns and detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="180" />
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="190" />
        <source>Return rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Return columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="197" />
        <location filename="../../packstation/gui/pages/returns.py" line="201" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="205" />
        <source>Shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="206" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="207" />
        <source>Reverse tracking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="208" />
        <source>Inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Inspection outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Units inspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="222" />
        <source>Inspection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="223" />
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="224" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="225" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="226" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <location filename="../../packstation/gui/pages/returns.py" line="231" />
        <source>Record inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="234" />
        <source>Restock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="234" />
        <source>Restock units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Print tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <source>Return detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>◀ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="258" />
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="258" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="260" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="261" />
        <source>Returns state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="262" />
        <location filename="../../packstation/gui/pages/returns.py" line="328" />
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="330" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="395" />
        <source>%n return(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="398" />
        <source>Empty page; more on the next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="400" />
        <source>No returns match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="405" />
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="425" />
        <source>No return for %1: check the code or search by filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="435" />
        <source>Return %1 open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="480" />
        <source>not inspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="509" />
        <source>Inspection recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="523" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="538" />
        <source>Restocked</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="543" />
        <source>Restocked %n unit(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="553" />
        <source>Return tag printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="556" />
        <source>Return tag: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScalesPanel</name>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="73" />
        <source>Scales and scanners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="88" />
        <source>Scale</source>
        <extracomment>the bench's own scale is shown (the runtime owns it: never stopped from here)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="90" />
        <source>Scale port or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="94" />
        <source>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="97" />
        <source>Scale protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="102" />
        <source>Unit shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="108" />
        <source>Find ports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <location filename="../../packstation/gui/scales_panel.py" line="344" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <source>Connect scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero the scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="122" />
        <location filename="../../packstation/gui/scales_panel.py" line="130" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="124" />
        <source>Scale state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="125" />
        <source>Scale statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="126" />
        <source>Port or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="127" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="128" />
        <source>Show in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="131" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="137" />
        <source>Virtual scale (sandbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="141" />
        <source>Weight to put on the scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="149" />
        <source>Put a box on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="152" />
        <source>Take it off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="163" />
        <source>Scan here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="166" />
        <source>Scan or type a code to test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="168" />
        <source>Scan a barcode (or type one and press Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="170" />
        <source>Classified scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="213" />
        <source>virtual scale ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="218" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="249" />
        <source>connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="270" />
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="333" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="344" />
        <source>Reconnect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="36" />
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="38" />
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="39" />
        <source>Sandbox (built-in marketplace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="40" />
        <source>Production (Amazon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <location filename="../../packstation/gui/pages/settings.py" line="43" />
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="46" />
        <source>Amazon connection (production profile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="48" />
        <location filename="../../packstation/gui/pages/settings.py" line="60" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="51" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Marketplace id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Location id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>LWA client id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA refresh token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="58" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="69" />
        <source>Database and folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="71" />
        <source>Shared database URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>empty: this station's own SQLite file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>Shared database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="76" />
        <source>Settings file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="88" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="126" />
        <source>stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="126" />
        <source>not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="129" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="135" />
        <source>Keyring unavailable: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="148" />
        <location filename="../../packstation/gui/pages/settings.py" line="178" />
        <source>Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="155" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="172" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="171" />
        <source>Shipping option for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="172" />
        <source>Choose a shipping option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="176" />
        <source>Choose how this shipment leaves:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="177" />
        <source>Shipping options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="183" />
        <source>(recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="194" />
        <location filename="../../packstation/gui/pages/pack.py" line="195" />
        <source>Use this option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="200" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="214" />
        <source>picked up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>drop off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="216" />
        <source>window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="219" />
        <source>{0}: {1} {2} {3}–{4}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="48" />
        <location filename="../../packstation/gui/sign_in.py" line="49" />
        <source>Sign in</source>
        <extracomment>the bench's packer while nobody is signed in</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="52" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="56" />
        <location filename="../../packstation/gui/sign_in.py" line="58" />
        <source>Badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="57" />
        <location filename="../../packstation/gui/sign_in.py" line="59" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="135" />
        <source>Packer sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="144" />
        <source>Signed-in packer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="146" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="149" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="172" />
        <source>{0} at {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="174" />
        <source>Signed in at station {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="177" />
        <source>Nobody signed in at {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="260" />
        <source>Sign-in waits for the database to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="277" />
        <source>New badge: type your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="307" />
        <source>The database has not started yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1087" />
        <source>stable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1088" />
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1089" />
        <source>settling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1090" />
        <source>overload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1091" />
        <source>under zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1092" />
        <source>disconnected: type weights (F4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1102" />
        <source>Scale: {0} {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1104" />
        <source>Scale: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1110" />
        <source>Printer: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="110" />
        <source>Dashboard</source>
        <extracomment>window key -&gt; (label, hours back; 0 = since local midnight)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="27" />
        <source>Devices &amp; Printers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="99" />
        <source>Inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="252" />
        <source>Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="110" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="95" />
        <source>Returns</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="28" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>