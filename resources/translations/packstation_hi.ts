<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="97" />
        <location filename="../../packstation/gui/sign_in.py" line="98" />
        <source>Add packer</source>
        <translation>पैकर जोड़ें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="100" />
        <location filename="../../packstation/gui/sign_in.py" line="102" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="101" />
        <location filename="../../packstation/gui/sign_in.py" line="103" />
        <source>Badge</source>
        <translation>बैज</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="71" />
        <source>No data yet</source>
        <translation>अभी कोई डेटा नहीं</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="36" />
        <source>Today</source>
        <extracomment>window key -&gt; (label, marked for lupdate and translated where shown; hours back; 0 = since local midnight)</extracomment>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="37" />
        <source>Last 8 hours</source>
        <translation>पिछले 8 घंटे</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="38" />
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="39" />
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="146" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="158" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <source>Figures over</source>
        <translation>आँकड़ों की अवधि</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="162" />
        <source>Today's pickup</source>
        <translation>आज का पिकअप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="166" />
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="169" />
        <source>Export audit CSV…</source>
        <translation>ऑडिट CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="171" />
        <source>Export audit CSV</source>
        <translation>ऑडिट CSV एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer…</source>
        <translation>पैकर जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer</source>
        <translation>पैकर जोड़ें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Pickup at</source>
        <translation>पिकअप का समय</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Forecast</source>
        <translation>अनुमान</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="194" />
        <source>Orders shipped</source>
        <translation>भेजे गए ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="195" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="206" />
        <source>Orders per hour</source>
        <translation>प्रति घंटा ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="196" />
        <source>Items per hour</source>
        <translation>प्रति घंटा आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="197" />
        <source>Scan errors caught</source>
        <translation>पकड़ी गई स्कैन गलतियाँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="198" />
        <source>Waiting on the system</source>
        <translation>सिस्टम का इंतज़ार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="199" />
        <source>SLA misses</source>
        <translation>SLA चूक</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <source>Per packer</source>
        <translation>पैकर के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>orders/h</source>
        <translation>ऑर्डर/घंटा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>Per station</source>
        <translation>स्टेशन के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>Per program</source>
        <translation>प्रोग्राम के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="225" />
        <source>Dashboard status</source>
        <translation>डैशबोर्ड की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="277" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="399" />
        <source>Waiting for the station's database to start…</source>
        <translation>स्टेशन का डेटाबेस शुरू होने का इंतज़ार…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="285" />
        <source>Reading the audit log…</source>
        <translation>ऑडिट लॉग पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="306" />
        <source>Could not read the figures: {0}</source>
        <translation>आँकड़े नहीं पढ़ सके: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="316" />
        <source>{0} items · {1} not finished</source>
        <translation>{0} आइटम · {1} पूरे नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="322" />
        <source>per active hour ({0} h)</source>
        <translation>प्रति सक्रिय घंटा ({0} घंटे)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="324" />
        <source>per active hour</source>
        <translation>प्रति सक्रिय घंटा</translation>
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
        <translation>{0} सेकंड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="345" />
        <source>per finish · {0} min in all</source>
        <translation>हर बार पूरा करने पर · कुल {0} मिनट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="347" />
        <source>shipped late</source>
        <translation>देर से भेजे गए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="364" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation>{0} पर अपडेट · {1} पैकर · {2} स्टेशन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="376" />
        <source>No open orders due for today's {0} pickup</source>
        <translation>आज {0} बजे के पिकअप के लिए कोई खुला ऑर्डर नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="378" />
        <source>{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h</source>
        <translation>{3}/घंटा की मौजूदा गति से {1} में से {0} खुले ऑर्डर आज {2} बजे का पिकअप चूक जाएंगे</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>Export audit log</source>
        <translation>ऑडिट लॉग एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="406" />
        <source>Exported {0} audit records to {1}</source>
        <translation>{0} ऑडिट रिकॉर्ड {1} में एक्सपोर्ट किए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="411" />
        <source>Export failed: {0}</source>
        <translation>एक्सपोर्ट नहीं हुआ: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="30" />
        <source>Devices</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Printers</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="35" />
        <source>Scales and scanners</source>
        <translation>वज़न मशीन और स्कैनर</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="86" />
        <source>sellable</source>
        <translation>बिक्री योग्य</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="87" />
        <source>damaged</source>
        <translation>क्षतिग्रस्त</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="88" />
        <source>wrong item</source>
        <translation>गलत आइटम</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="97" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation>साफ़ करें</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="126" />
        <location filename="../../packstation/gui/pages/inventory.py" line="151" />
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="129" />
        <location filename="../../packstation/gui/pages/inventory.py" line="130" />
        <source>Find SKU</source>
        <translation>SKU खोजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import…</source>
        <translation>इम्पोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import CSV</source>
        <translation>CSV इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Push changed</source>
        <translation>बदलाव भेजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Retry refused items</source>
        <translation>अस्वीकार हुए आइटम फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="144" />
        <source>Fetch</source>
        <translation>लाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Fetch quantities from Amazon</source>
        <translation>Amazon से मात्रा लाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="162" />
        <source>SKU to set</source>
        <translation>सेट करने का SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="163" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="165" />
        <source>Absolute quantity</source>
        <translation>कुल मात्रा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="171" />
        <source>Set quantity</source>
        <translation>मात्रा सेट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="174" />
        <location filename="../../packstation/gui/pages/inventory.py" line="178" />
        <source>Low-stock threshold</source>
        <translation>कम स्टॉक की सीमा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="177" />
        <source>low under </source>
        <translation>कम स्टॉक सीमा </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="187" />
        <source>Inventory positions</source>
        <translation>इन्वेंटरी सूची</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="204" />
        <source>Inventory rows</source>
        <translation>इन्वेंटरी की पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="206" />
        <source>Inventory columns</source>
        <translation>इन्वेंटरी के कॉलम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="215" />
        <source>Import and push problems</source>
        <translation>इम्पोर्ट और भेजने की समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="222" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation>सही पंक्तियाँ लागू करें, गलत छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="224" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation>सही पंक्तियाँ लागू करें और गलत छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="227" />
        <location filename="../../packstation/gui/pages/inventory.py" line="229" />
        <source>Discard the import</source>
        <translation>इम्पोर्ट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="240" />
        <source>Inventory counts</source>
        <translation>इन्वेंटरी गिनती</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="242" />
        <source>Inventory state</source>
        <translation>इन्वेंटरी की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="243" />
        <location filename="../../packstation/gui/pages/inventory.py" line="304" />
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="330" />
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="370" />
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
        <source>Fetched %n SKU(s) from Amazon</source>
        <translation>
            <numerusform>Amazon से %n SKU लाया गया</numerusform>
            <numerusform>Amazon से %n SKU लाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="394" />
        <source>%n SKU(s) low on stock</source>
        <translation>
            <numerusform>%n SKU का स्टॉक कम है</numerusform>
            <numerusform>%n SKU का स्टॉक कम है</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="409" />
        <source>%1 set to %2; push to send it</source>
        <translation>%1 को %2 पर सेट किया; भेजने के लिए 'बदलाव भेजें' दबाएँ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="435" />
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>%n पंक्ति इम्पोर्ट हुई</numerusform>
            <numerusform>%n पंक्तियाँ इम्पोर्ट हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="437" />
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, %n गलत पंक्ति छोड़ी गई</numerusform>
            <numerusform>, %n गलत पंक्तियाँ छोड़ी गईं</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="440" />
        <source>Skipped: %1</source>
        <translation>छोड़ी गई: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="495" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation>लाने के लिए कोई SKU नहीं: पहले मात्रा सेट या इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="514" />
        <source>Type or scan a SKU first</source>
        <translation>पहले SKU टाइप या स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>Import stock CSV</source>
        <translation>स्टॉक CSV इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="541" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation>%1 SKU · %2 भेजने बाकी · %3 का स्टॉक कम</translation>
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
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="46" />
        <source>Sellable</source>
        <translation>बिक्री योग्य</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="47" />
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="48" />
        <source>Last pushed</source>
        <translation>अंतिम भेजा गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="49" />
        <source>Sequence</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="50" />
        <source>Pushed at</source>
        <translation>भेजने का समय</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="51" />
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="87" />
        <source>refused: {0}</source>
        <translation>अस्वीकृत: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="92" />
        <source>to push</source>
        <translation>भेजना है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="94" />
        <source>low stock</source>
        <translation>कम स्टॉक</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <location filename="../../packstation/gui/invoice_view.py" line="233" />
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="64" />
        <source>Invoice tools</source>
        <translation>इनवॉइस टूल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>ज़ूम आउट (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="73" />
        <source>Fit</source>
        <translation>फ़िट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="74" />
        <source>Fit to width</source>
        <translation>चौड़ाई में फ़िट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="75" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>चौड़ाई में फ़िट करें (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>ज़ूम इन (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="80" />
        <source>Zoom level</source>
        <translation>ज़ूम लेवल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="83" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation>दिखाया गया डॉक्यूमेंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print invoice</source>
        <translation>इनवॉइस प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="91" />
        <location filename="../../packstation/gui/invoice_view.py" line="300" />
        <source>Send the invoice to the document printer</source>
        <translation>इनवॉइस डॉक्यूमेंट प्रिंटर पर भेजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="106" />
        <source>Invoice status</source>
        <translation>इनवॉइस की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="111" />
        <source>Invoice document</source>
        <translation>इनवॉइस डॉक्यूमेंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="117" />
        <location filename="../../packstation/gui/invoice_view.py" line="121" />
        <source>Invoice image</source>
        <translation>इनवॉइस इमेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="188" />
        <source>No invoice for this shipment</source>
        <translation>इस शिपमेंट का कोई इनवॉइस नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The packing slip could not be shown</source>
        <translation>पैकिंग स्लिप नहीं दिखा सके</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="225" />
        <source>The invoice could not be shown</source>
        <translation>इनवॉइस नहीं दिखा सके</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Invoice + slip</source>
        <translation>इनवॉइस + स्लिप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Packing slip</source>
        <translation>पैकिंग स्लिप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print slip</source>
        <translation>स्लिप प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="298" />
        <source>Send the packing slip to the document printer</source>
        <translation>पैकिंग स्लिप डॉक्यूमेंट प्रिंटर पर भेजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="308" />
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट</translation>
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="125" />
        <source>Label preview</source>
        <translation>लेबल प्रीव्यू</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="140" />
        <source>Print a test label or choose a print job to see its label here.</source>
        <extracomment>the last preview shown (None before the first)</extracomment>
        <translation>यहाँ लेबल देखने के लिए टेस्ट लेबल प्रिंट करें या कोई प्रिंट जॉब चुनें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="196" />
        <location filename="../../packstation/gui/printers_panel.py" line="215" />
        <source>The label cannot be shown: %s</source>
        <translation>लेबल नहीं दिखाया जा सकता: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/printers_panel.py" line="205" />
        <source>the first of %n labels</source>
        <translation>
            <numerusform>%n लेबल में से पहला</numerusform>
            <numerusform>%n लेबलों में से पहला</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Rendering…</source>
        <translation>लेबल बन रहा है…</translation>
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
        <translation>Packstation मुख्य विंडो</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="61" />
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="62" />
        <source>Pack</source>
        <translation>पैक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="63" />
        <source>Inventory</source>
        <translation>इन्वेंटरी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="64" />
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="65" />
        <source>Devices &amp; Printers</source>
        <translation>डिवाइस और प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="66" />
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="67" />
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="85" />
        <source>Sections</source>
        <translation>सेक्शन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="114" />
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="116" />
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="117" />
        <source>Label printer</source>
        <translation>लेबल प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="118" />
        <source>Scale</source>
        <translation>वज़न मशीन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="119" />
        <source>Printer: not checked</source>
        <translation>प्रिंटर: जाँचा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="120" />
        <source>Scale: none</source>
        <translation>वज़न मशीन: कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="134" />
        <source>SANDBOX</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="136" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation>बिल्ट-इन सैंडबॉक्स मार्केटप्लेस: Amazon को कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="141" />
        <source>AMAZON {0}</source>
        <translation>AMAZON {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="142" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation>Amazon के Selling Partner API से कनेक्टेड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="146" />
        <source>Station {0}</source>
        <translation>स्टेशन {0}</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="186" />
        <source>Not connected to the marketplace yet.</source>
        <extracomment>Self Ship: (carrier, the tracking id of a one-package shipment or one per package id) How long a finish waits for the packer to choose a shipping option before it stops. the write-ahead scan log's bookkeeping (GUI thread only), for the holder's runtime labels a finish left waiting in the spool: shipment id -&gt; spool job ids</extracomment>
        <translation>अभी मार्केटप्लेस से कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="294" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation>{0} की पैकिंग स्लिप प्रिंट नहीं हुई: इसके लिए कोई प्रिंटर नहीं है। सेटिंग्स में printers.slip सेट करें (डॉक्यूमेंट प्रिंटर cups://queue या रसीद प्रिंटर escpos://host:9100)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>packing slip</source>
        <translation>पैकिंग स्लिप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="299" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation>{0} का इनवॉइस प्रिंट नहीं हुआ: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="300" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation>{0} की पैकिंग स्लिप प्रिंट नहीं हुई: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="336" />
        <location filename="../../packstation/gui/pack_controller.py" line="387" />
        <source>Printed for {0}: {1}</source>
        <translation>{0} के लिए प्रिंट हुआ: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="346" />
        <location filename="../../packstation/gui/pack_controller.py" line="390" />
        <source>Documents of {0} not printed: {1}</source>
        <translation>{0} के डॉक्यूमेंट प्रिंट नहीं हुए: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="362" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation>पैकिंग स्लिप के लिए कोई प्रिंटर नहीं: सेटिंग्स में printers.slip (cups://queue) या printers.invoice सेट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="369" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation>इनवॉइस प्रिंटर नहीं है: इसे सेटिंग्स में सेट करें (printers.invoice)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="579" />
        <location filename="../../packstation/gui/pack_controller.py" line="651" />
        <location filename="../../packstation/gui/pack_controller.py" line="674" />
        <location filename="../../packstation/gui/pack_controller.py" line="701" />
        <source>Not connected to the marketplace.</source>
        <translation>मार्केटप्लेस से कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="640" />
        <source>ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="685" />
        <source>Inventory corrected: {0}</source>
        <translation>इन्वेंटरी ठीक की गई: {0}</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="119" />
        <source>Item</source>
        <extracomment>Custom attribute keys (lower case) that carry the product's name. The EF API's line item has no title field of its own: a channel passes the name through ``customAttributes`` (the sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it. pieces scanned (a multi-piece line: each piece is scanned into a package of its own)</extracomment>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="120" />
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="121" />
        <source>Expected</source>
        <translation>चाहिए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="122" />
        <source>Scanned</source>
        <translation>स्कैन हुए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="123" />
        <source>Serials</source>
        <translation>सीरियल नंबर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="124" />
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="219" />
        <source>{0}/{1} pcs</source>
        <translation>{0}/{1} पीस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="226" />
        <source>{0} of {1}</source>
        <translation>{1} में से {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="235" />
        <source>GIFT WRAP</source>
        <translation>गिफ़्ट रैप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="237" />
        <source>GIFT MESSAGE</source>
        <translation>गिफ़्ट मैसेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="239" />
        <source>HAZMAT {0}</source>
        <translation>खतरनाक सामान {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="241" />
        <source>FRAGILE</source>
        <translation>नाज़ुक</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="243" />
        <source>{0} boxes</source>
        <translation>{0} बॉक्स</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="245" />
        <source>SERIAL</source>
        <translation>सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="247" />
        <source>CANCELLED {0}</source>
        <translation>रद्द {0}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="94" />
        <source>Confirm shipment</source>
        <extracomment>the packer's title of each step of services.workflow.FinishStep (English; translated when shown)</extracomment>
        <translation>शिपमेंट कन्फ़र्म करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="95" />
        <source>Create packages</source>
        <translation>पैकेज बनाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="96" />
        <source>Shipping options</source>
        <translation>शिपिंग विकल्प</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="97" />
        <location filename="../../packstation/gui/pages/pack.py" line="547" />
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="98" />
        <source>Generate label</source>
        <translation>लेबल बनाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="99" />
        <source>Download label</source>
        <translation>लेबल डाउनलोड करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="100" />
        <source>Print label</source>
        <translation>लेबल प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="101" />
        <source>Mark shipped</source>
        <translation>भेजा गया मार्क करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="102" />
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="348" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation>पैकेज और पूरा करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="360" />
        <source>Shipment</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="363" />
        <source>Packing cues</source>
        <translation>पैकिंग निर्देश</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="372" />
        <source>Scan field</source>
        <translation>स्कैन फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="373" />
        <source>Scan item, serial, shipment or action</source>
        <translation>आइटम, सीरियल, शिपमेंट या एक्शन स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="379" />
        <source>Scan result</source>
        <translation>स्कैन का नतीजा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Shipment lines</source>
        <translation>शिपमेंट की लाइनें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="396" />
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="397" />
        <source>Lines</source>
        <translation>लाइनें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="417" />
        <source>Scan counters</source>
        <translation>स्कैन गिनती</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="421" />
        <source>Packages</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="424" />
        <source>Package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="426" />
        <source>New package (F6)</source>
        <translation>नया पैकेज (F6)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="428" />
        <source>New package</source>
        <translation>नया पैकेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="430" />
        <source>Box preset</source>
        <translation>बॉक्स साइज़</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>Use recommended</source>
        <translation>सुझाए गए लें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="434" />
        <source>Use Amazon's recommended packages</source>
        <translation>Amazon के सुझाए पैकेज लें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>Length in cm</source>
        <translation>लंबाई cm में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>L cm</source>
        <translation>लं cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Width in cm</source>
        <translation>चौड़ाई cm में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>W cm</source>
        <translation>चौ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Height in cm</source>
        <translation>ऊँचाई cm में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>H cm</source>
        <translation>ऊँ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>Weight in kg</source>
        <translation>वज़न kg में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="449" />
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Package contents</source>
        <translation>पैकेज में क्या है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="467" />
        <source>L × W × H (cm)</source>
        <translation>लं × चौ × ऊँ (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="469" />
        <source>Weight (kg)</source>
        <translation>वज़न (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="479" />
        <source>Self Ship: your carrier</source>
        <translation>Self Ship: आपका कूरियर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="482" />
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="485" />
        <source>Tracking id</source>
        <translation>ट्रैकिंग ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="486" />
        <source>one per package, in package order</source>
        <translation>हर पैकेज की एक, पैकेज के क्रम में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="488" />
        <source>carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="489" />
        <source>tracking id: scan the carrier's label</source>
        <translation>ट्रैकिंग ID: कूरियर का लेबल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish (F12)</source>
        <translation>पूरा करें (F12)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="504" />
        <source>Reprint (Ctrl+P)</source>
        <translation>दोबारा प्रिंट (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="506" />
        <source>Reprint label</source>
        <translation>लेबल दोबारा प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject…</source>
        <translation>रिजेक्ट करें…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject shipment</source>
        <translation>शिपमेंट रिजेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="512" />
        <source>Put aside</source>
        <translation>अलग रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="520" />
        <source>Finish state</source>
        <translation>पूरा करने की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="522" />
        <source>Inventory correction</source>
        <translation>इन्वेंटरी सुधार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="526" />
        <source>Finish steps</source>
        <translation>पूरा करने के स्टेप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="542" />
        <source>Finish steps and invoice</source>
        <translation>पूरा करने के स्टेप और इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="546" />
        <source>Steps</source>
        <translation>स्टेप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="556" />
        <location filename="../../packstation/gui/pages/pack.py" line="557" />
        <source>Shipment cancelled</source>
        <translation>शिपमेंट रद्द हो गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="638" />
        <source>Label for {0} printed again</source>
        <extracomment>what each button and field does, so the state table says when it is on</extracomment>
        <translation>{0} का लेबल दोबारा प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="690" />
        <source>Opening {0}…</source>
        <translation>{0} खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="739" />
        <source>Scan the items of {0}</source>
        <translation>{0} के आइटम स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="752" />
        <location filename="../../packstation/gui/pages/pack.py" line="1625" />
        <source>Packing</source>
        <translation>पैकिंग</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="776" />
        <source>Cannot open {0}: {1}</source>
        <translation>{0} नहीं खुल सका: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="778" />
        <source>{0} is put aside: scan it to go on packing it.</source>
        <translation>{0} अलग रखा गया है: इसे पैक करना जारी रखने के लिए इसे स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="784" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation>कोई गिफ़्ट रैप, खतरनाक या नाज़ुक आइटम नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="797" />
        <source>gift wrap {0}: {1}</source>
        <translation>गिफ़्ट रैप {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="798" />
        <source>gift wrap {0}</source>
        <translation>गिफ़्ट रैप {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="801" />
        <source>gift message: {0}</source>
        <translation>गिफ़्ट मैसेज: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="802" />
        <source>gift message</source>
        <translation>गिफ़्ट मैसेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="805" />
        <source>hazmat {0}: apply {1}</source>
        <translation>खतरनाक सामान {0}: {1} लगाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="806" />
        <source>hazmat {0}: apply the hazmat label</source>
        <translation>खतरनाक सामान {0}: खतरनाक सामान का लेबल लगाएँ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="809" />
        <source>{0} ships in %n piece(s): one package per piece</source>
        <translation>
            <numerusform>{0} %n हिस्से में जाता है: हर हिस्से का एक पैकेज</numerusform>
            <numerusform>{0} %n हिस्सों में जाता है: हर हिस्से का एक पैकेज</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="812" />
        <source>scan the serial of each {0}</source>
        <translation>हर {0} का सीरियल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="814" />
        <source>{0} is fragile</source>
        <translation>{0} नाज़ुक है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="816" />
        <source>cash on delivery</source>
        <translation>कैश ऑन डिलीवरी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="818" />
        <source>put the packing slip in the box</source>
        <translation>पैकिंग स्लिप बॉक्स में रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="832" />
        <source>No shipment open</source>
        <translation>कोई शिपमेंट खुला नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="842" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation>{0} · {1} · ऑर्डर {2}{3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="846" />
        <source> · HIGH PRIORITY</source>
        <translation> · ऊँची प्राथमिकता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="880" />
        <source>Box preset…</source>
        <translation>बॉक्स साइज़…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="888" />
        <source>— kg</source>
        <translation>— kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="913" />
        <source>Package {0} of {1}</source>
        <translation>पैकेज {0} ({1} में से)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="951" />
        <source>{0}: {1} of {2} pieces</source>
        <translation>{0}: {2} में से {1} पीस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="957" />
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="958" />
        <source>In this package: {0}</source>
        <translation>इस पैकेज में: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="975" />
        <source>scale settling…</source>
        <translation>वज़न मशीन स्थिर हो रही है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="977" />
        <source>weigh the box (F4: type)</source>
        <translation>बॉक्स तौलें (F4: टाइप करें)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="979" />
        <source>type the weight (F4)</source>
        <translation>वज़न टाइप करें (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="983" />
        <source>scale</source>
        <translation>वज़न मशीन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="984" />
        <source>typed</source>
        <translation>टाइप किया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="985" />
        <source>scanned</source>
        <translation>स्कैन किया</translation>
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
        <translation>होना चाहिए {0} kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1026" />
        <source>Wait: the shipment is being finished</source>
        <translation>रुकें: शिपमेंट पूरा किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1038" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation>{0} दूसरा शिपमेंट है: पहले {1} को पूरा करें या अलग रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1078" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation>लेबल जाँचा: {0} {1} के बॉक्स पर है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1095" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation>गलत लेबल: {0} शिपमेंट {1} का लेबल है, {2} का नहीं: इसे इस बॉक्स से हटाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1100" />
        <source>Label checked: {0} is {1}'s</source>
        <translation>लेबल जाँचा: {0} {1} का है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1120" />
        <source>TRACKING REFUSED: {0}</source>
        <translation>ट्रैकिंग अस्वीकार: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1126" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation>पैकेज {2} के लिए ट्रैकिंग ID {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1128" />
        <source>carrier not known: type it</source>
        <translation>कूरियर पता नहीं: टाइप करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1150" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation>ट्रैकिंग अस्वीकार: {0} पहले से शिपमेंट {1} पर है: इस बॉक्स का अपना लेबल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1207" />
        <source>WRONG ITEM</source>
        <translation>गलत आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1208" />
        <source>TOO MANY</source>
        <translation>ज़्यादा हो गए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1209" />
        <source>UNKNOWN BARCODE</source>
        <translation>अनजान बारकोड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1210" />
        <source>BAD SERIAL</source>
        <translation>गलत सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1211" />
        <source>SERIAL ALREADY USED</source>
        <translation>सीरियल पहले ही इस्तेमाल हो चुका</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1212" />
        <source>SCAN THE SERIAL</source>
        <translation>सीरियल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1213" />
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1214" />
        <source>CANNOT PACK</source>
        <translation>पैक नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1302" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation>{0} कतार में कोई शिपमेंट, ऑर्डर या आइटम नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1315" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation>{0} पूरा हो चुका है: इस स्टेशन पर {1} लेबल प्रिंट हुए, कुछ बाकी नहीं (यह कतार से हट गया है)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1339" />
        <source>Unknown action barcode {0}</source>
        <translation>अनजान एक्शन बारकोड {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1367" />
        <source>Scanned {0} of {1}</source>
        <translation>{1} में से {0} स्कैन हुए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1370" />
        <source>pieces {0} of {1}</source>
        <translation>पीस {1} में से {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1376" />
        <source>wrong item</source>
        <translation>गलत आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1377" />
        <source>too many</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1378" />
        <source>unknown</source>
        <translation>अनजान</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1379" />
        <source>bad serial</source>
        <translation>गलत सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1380" />
        <source>serial used</source>
        <translation>सीरियल इस्तेमाल हो चुका</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1381" />
        <source>serial expected</source>
        <translation>सीरियल चाहिए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1382" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1383" />
        <source>cannot pack</source>
        <translation>पैक नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1388" />
        <source>refused {0} ({1})</source>
        <translation>अस्वीकार {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1430" />
        <source>Package {0}: scan its items</source>
        <translation>पैकेज {0}: इसके आइटम स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1456" />
        <source>No box preset {0}</source>
        <translation>बॉक्स साइज़ {0} नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1271" />
        <location filename="../../packstation/gui/pages/pack.py" line="1459" />
        <source>Box {0}</source>
        <translation>बॉक्स {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1216" />
        <source>REFUSED</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1225" />
        <source>{0} is not in this shipment: put it aside</source>
        <translation>{0} इस शिपमेंट में नहीं है: इसे अलग रखें</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1229" />
        <source>{0}: all %n piece(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: %n हिस्सा पहले ही स्कैन हो चुका है - इसे बाहर निकालें</numerusform>
            <numerusform>{0}: सभी %n हिस्से पहले ही स्कैन हो चुके हैं - इसे बाहर निकालें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1232" />
        <source>{0}: all %n unit(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: %n यूनिट पहले ही स्कैन हो चुकी है - इसे बाहर निकालें</numerusform>
            <numerusform>{0}: सभी %n यूनिट पहले ही स्कैन हो चुकी हैं - इसे बाहर निकालें</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1235" />
        <source>unknown barcode {0}: scan the item's barcode</source>
        <translation>अनजान बारकोड {0}: आइटम का बारकोड स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1238" />
        <source>IMEI {0} fails its check digit: scan it again</source>
        <translation>IMEI {0} का चेक डिजिट गलत है: इसे दोबारा स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1241" />
        <source>{0} is a product barcode, not a serial number: scan the serial label</source>
        <translation>{0} प्रोडक्ट बारकोड है, सीरियल नंबर नहीं: सीरियल वाला लेबल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1244" />
        <source>{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label</source>
        <translation>{0} सीरियल नंबर नहीं है (4-64 अक्षर, अंक, - / .): सीरियल वाला लेबल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1249" />
        <source>serial {0} is already recorded for shipment {1}: scan the serial of the item in hand</source>
        <translation>सीरियल {0} पहले से शिपमेंट {1} में दर्ज है: हाथ वाले आइटम का सीरियल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1253" />
        <source>serial {0} was already scanned for {1}: scan this unit's serial</source>
        <translation>सीरियल {0} पहले ही {1} के लिए स्कैन हो चुका है: इस यूनिट का सीरियल स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1257" />
        <source>scan the serial number of the {0} just scanned before the next item</source>
        <translation>अगले आइटम से पहले अभी स्कैन किए गए {0} का सीरियल नंबर स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1260" />
        <source>the marketplace cancelled this shipment: put the items back</source>
        <translation>मार्केटप्लेस ने यह शिपमेंट रद्द कर दिया: आइटम वापस रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1262" />
        <source>this item cannot be packed at the bench: put it aside</source>
        <translation>यह आइटम यहाँ पैक नहीं हो सकता: इसे अलग रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1269" />
        <source>OK: {0} serial {1}</source>
        <translation>ठीक: {0} सीरियल {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1273" />
        <source>OK: shipment code {0}</source>
        <translation>ठीक: शिपमेंट कोड {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>OK: action {0}</source>
        <translation>ठीक: एक्शन {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1278" />
        <source>OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}</source>
        <translation>ठीक: {0} हिस्सा {2} में से {1} (यूनिट {4} में से {3}) पैकेज {5} में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1281" />
        <source>OK: {0} piece {1} of {2} in package {3}</source>
        <translation>ठीक: {0} हिस्सा {2} में से {1} पैकेज {3} में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1285" />
        <source>OK: {0} {1} of {2}: now scan its serial number</source>
        <translation>ठीक: {0} {2} में से {1}: अब इसका सीरियल नंबर स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1288" />
        <source>OK: {0} {1} of {2}</source>
        <translation>ठीक: {0} {2} में से {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1472" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation>Amazon इस शिपमेंट के लिए कोई पैकेज नहीं सुझाता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1477" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation>Amazon के सुझाए {0} पैकेज लिए गए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1509" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation>तौलने को कुछ नहीं: पहले शिपमेंट स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1518" />
        <source>Weight {0} {1}</source>
        <translation>वज़न {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1546" />
        <source>Nothing to confirm</source>
        <translation>कन्फ़र्म करने को कुछ नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1561" />
        <source>Weight confirmed for {0}</source>
        <translation>{0} का वज़न कन्फ़र्म हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1563" />
        <source>Shipped in one box: {0}</source>
        <translation>एक ही बॉक्स में भेजा: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1604" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation>{0} सेकंड में पूरा होगा (Esc या कोई भी स्कैन इसे रोक देगा)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1633" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation>पूरा करने को कुछ नहीं: पहले शिपमेंट स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1640" />
        <source>Not ready: {0}</source>
        <translation>तैयार नहीं: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1649" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation>Self Ship: हर पैकेज का कूरियर लेबल स्कैन करें ({1} में से {0} पर ट्रैकिंग ID है{2})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1654" />
        <source>; type the carrier</source>
        <translation>; कूरियर टाइप करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1660" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation>Self Ship: हर पैकेज की अपनी ट्रैकिंग ID होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1667" />
        <source>Finishing…</source>
        <translation>पूरा हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1669" />
        <source>Finishing {0}…</source>
        <translation>{0} पूरा हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1695" />
        <source>creating %n package(s)</source>
        <translation>
            <numerusform>%n पैकेज बन रहा है</numerusform>
            <numerusform>%n पैकेज बन रहे हैं</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1697" />
        <source>getting shipping options</source>
        <translation>शिपिंग विकल्प लिए जा रहे हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1700" />
        <source>generating the invoice and packing slip</source>
        <translation>इनवॉइस और पैकिंग स्लिप बन रही हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1702" />
        <source>generating the packing slip</source>
        <translation>पैकिंग स्लिप बन रही है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1703" />
        <source>generating the invoice</source>
        <translation>इनवॉइस बन रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1705" />
        <source>generating the label(s)</source>
        <translation>लेबल बन रहे हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1707" />
        <source>labels exist at Amazon: fetching them again</source>
        <translation>लेबल Amazon पर पहले से हैं: उन्हें दोबारा लिया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1709" />
        <source>downloading label {0} of {1}</source>
        <translation>लेबल {1} में से {0} डाउनलोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1711" />
        <source>printing label {0} of {1}</source>
        <translation>लेबल {1} में से {0} प्रिंट हो रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1713" />
        <source>marking the package(s) shipped</source>
        <translation>पैकेज को भेजा गया मार्क किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1715" />
        <source>Amazon is busy: waiting {0} s, then trying again</source>
        <translation>Amazon व्यस्त है: {0} s रुककर फिर कोशिश होगी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1728" />
        <source>Label printed · {0}</source>
        <translation>लेबल प्रिंट हुआ · {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1730" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation>हो गया: {0} का लेबल प्रिंट हुआ। अगला शिपमेंट स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Packing slip</source>
        <translation>पैकिंग स्लिप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1766" />
        <source>The invoice came as {0}: not shown</source>
        <translation>इनवॉइस {0} के रूप में आया: दिखाया नहीं गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1772" />
        <source>No invoice to print: finish a shipment first</source>
        <translation>प्रिंट करने को कोई इनवॉइस नहीं: पहले शिपमेंट पूरा करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1775" />
        <source>Printing the invoice…</source>
        <translation>इनवॉइस प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1788" />
        <source>Label made, not confirmed printed</source>
        <translation>लेबल बना, प्रिंट की पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1789" />
        <source>Cancelled by the marketplace: put the items back</source>
        <translation>मार्केटप्लेस ने रद्द किया: आइटम वापस रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1790" />
        <source>Refused before any change at Amazon</source>
        <translation>Amazon पर कोई बदलाव होने से पहले अस्वीकार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1792" />
        <source>Amazon is unavailable: wait a few minutes, then press F12 again</source>
        <translation>Amazon उपलब्ध नहीं है: कुछ मिनट रुकें, फिर F12 दोबारा दबाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1797" />
        <source>Failed: {0}</source>
        <translation>नहीं हो सका: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1800" />
        <source>Finish failed: {0}</source>
        <translation>पूरा नहीं हो सका: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1802" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1822" />
        <source>Choose the shipping option</source>
        <translation>शिपिंग विकल्प चुनें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1833" />
        <source>Wait: the label is being printed. Reprint once the finish is done.</source>
        <translation>रुकें: लेबल प्रिंट हो रहा है। पूरा होने के बाद ही दोबारा प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1840" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation>{0} का लेबल अभी प्रिंटर की कतार में रुका है: प्रिंटर तैयार होते ही यह अपने आप प्रिंट होगा। इसे कहीं और प्रिंट करने के लिए पहले 'डिवाइस और प्रिंटर' में इसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1846" />
        <source>Printing the label again…</source>
        <translation>लेबल दोबारा प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1857" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation>{0} का रुका हुआ लेबल प्रिंट हुआ: शिपमेंट बंद करने के लिए {0} स्कैन करें और F12 दबाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1865" />
        <source>The waiting label printed: closing {0}…</source>
        <translation>रुका हुआ लेबल प्रिंट हुआ: {0} बंद हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1874" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation>{0} का रुका हुआ लेबल प्रिंट नहीं हुआ ({1}): दोबारा प्रिंट करने के लिए Ctrl+P दबाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1907" />
        <source>Rejecting {0}…</source>
        <translation>{0} रिजेक्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1914" />
        <source>{0} rejected.</source>
        <translation>{0} रिजेक्ट हुआ।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1916" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation>{0} रिजेक्ट हुआ। अगला शिपमेंट स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1917" />
        <source>Rejected</source>
        <translation>रिजेक्ट हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1922" />
        <source>Correcting the inventory…</source>
        <translation>इन्वेंटरी ठीक की जा रही है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1931" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation>इन्वेंटरी ठीक नहीं हुई: {0} इसे इन्वेंटरी पेज पर ठीक करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1942" />
        <source>{0} put aside; its scans are kept.</source>
        <translation>{0} अलग रखा; इसके स्कैन सेव हैं।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1992" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation>मार्केटप्लेस ने शिपमेंट {0} रद्द कर दिया।

रुकें: आइटम वापस रखें। कुछ भी प्रिंट नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1997" />
        <source>Cancelled: put the items back</source>
        <translation>रद्द: आइटम वापस रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1998" />
        <source>CANCELLED: put the items back</source>
        <translation>रद्द: आइटम वापस रखें</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="131" />
        <source>ready</source>
        <extracomment>printers.status.PrinterStatus problems and printers.spool.JobState values.</extracomment>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="132" />
        <source>head open</source>
        <translation>हेड खुला है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="133" />
        <source>paper out</source>
        <translation>कागज़ खत्म</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="134" />
        <source>ribbon out</source>
        <translation>रिबन खत्म</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="135" />
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="136" />
        <source>buffer full</source>
        <translation>बफ़र भरा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="137" />
        <source>head over temperature</source>
        <translation>हेड बहुत गर्म</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="138" />
        <source>head under temperature</source>
        <translation>हेड बहुत ठंडा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="139" />
        <source>corrupt RAM (configuration lost)</source>
        <translation>RAM खराब (कॉन्फ़िगरेशन खो गया)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="142" />
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="143" />
        <source>sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="144" />
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="145" />
        <source>confirming</source>
        <translation>पुष्टि हो रही है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="146" />
        <source>done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="147" />
        <source>attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="148" />
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="149" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="150" />
        <source>printed (confirmed)</source>
        <translation>प्रिंट हुआ (पुष्टि)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="151" />
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="265" />
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Printers</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="276" />
        <source>Printer address</source>
        <extracomment>Where the bench keeps the labels as Amazon sent them (a PDF/PNG label is previewed from its original); the station's documents folder unless given.</extracomment>
        <translation>प्रिंटर का पता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="279" />
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="282" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="286" />
        <source>Check status</source>
        <translation>स्थिति जाँचें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="289" />
        <source>Print test label</source>
        <translation>टेस्ट लेबल प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="293" />
        <location filename="../../packstation/gui/printers_panel.py" line="335" />
        <source>Print queue</source>
        <translation>प्रिंट कतार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="304" />
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="315" />
        <source>Cancel job</source>
        <translation>जॉब रद्द करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="317" />
        <source>Reprint</source>
        <translation>दोबारा प्रिंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="386" />
        <source>Asking %s…</source>
        <translation>%s से पूछ रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="437" />
        <source>Printing a test label on %s…</source>
        <translation>%s पर टेस्ट लेबल प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="445" />
        <source>{0}: test label {1}</source>
        <translation>{0}: टेस्ट लेबल {1}</translation>
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
        <translation>खोजें या स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="125" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation>खोजें या स्कैन करें: शिपमेंट, ऑर्डर, SKU या आइटम बारकोड  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="128" />
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>All programs</source>
        <translation>सभी प्रोग्राम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync (F5)</source>
        <translation>सिंक (F5)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync the queue</source>
        <translation>कतार सिंक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack (Enter)</source>
        <translation>पैक करें (Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack selected</source>
        <translation>चुना हुआ पैक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="144" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="154" />
        <source>Why the queue is empty</source>
        <translation>कतार खाली क्यों है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="168" />
        <source>Shipment queue</source>
        <translation>शिपमेंट कतार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="183" />
        <source>Queue columns (click to sort)</source>
        <translation>कतार के कॉलम (क्रम बदलने के लिए क्लिक करें)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue rows</source>
        <translation>कतार की पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="206" />
        <source>Queue counts</source>
        <translation>कतार गिनती</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue sync state</source>
        <translation>कतार सिंक की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="258" />
        <source>The bench could not start: {0}</source>
        <translation>बेंच शुरू नहीं हो सकी: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="377" />
        <source>To pack</source>
        <translation>पैक करने हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="378" />
        <source>In progress</source>
        <translation>चल रहे हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="379" />
        <source>Labelled</source>
        <translation>लेबल लगे</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="380" />
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="388" />
        <source>{0} shipments · {1} to pack · {2} high priority</source>
        <translation>{0} शिपमेंट · {1} पैक करने हैं · {2} ऊँची प्राथमिकता</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="196" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="197" />
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="198" />
        <source>Shipment</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="199" />
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="200" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="201" />
        <source>Units</source>
        <translation>यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="202" />
        <source>Ship by</source>
        <translation>कब तक भेजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="203" />
        <source>Pickup</source>
        <translation>पिकअप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="204" />
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="316" />
        <source>{0} h {1}</source>
        <translation>{0} घं {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>HIGH</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="302" />
        <source>now, ends in {0}</source>
        <translation>अभी, {0} में खत्म</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>GIFT</source>
        <translation>गिफ़्ट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>{0} min</source>
        <translation>{0} मिनट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>{0} d</source>
        <translation>{0} दिन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>late {0}</source>
        <translation>{0} देर से</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="156" />
        <source>North America (NA)</source>
        <translation>उत्तरी अमेरिका (NA)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="157" />
        <source>Europe (EU)</source>
        <translation>यूरोप (EU)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="158" />
        <source>Far East (FE)</source>
        <translation>सुदूर पूर्व (FE)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="119" />
        <source>Reject shipment {0}</source>
        <translation>शिपमेंट {0} रिजेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="120" />
        <source>Reject shipment</source>
        <translation>शिपमेंट रिजेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="122" />
        <location filename="../../packstation/gui/pages/pack.py" line="125" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="123" />
        <source>Out of stock</source>
        <translation>स्टॉक खत्म</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="124" />
        <source>Customer requested</source>
        <translation>ग्राहक का अनुरोध</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="127" />
        <source>Units to reject:</source>
        <translation>रिजेक्ट करने वाली यूनिट:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <source>Units of {0} to reject</source>
        <translation>{0} की रिजेक्ट करने वाली यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="141" />
        <location filename="../../packstation/gui/pages/pack.py" line="143" />
        <source>Correct the inventory at Amazon</source>
        <translation>Amazon पर इन्वेंटरी ठीक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="149" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation>हर SKU की शेल्फ़ पर बची यूनिट (बेचने लायक):</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="156" />
        <source>Units of {0} on the shelf</source>
        <translation>शेल्फ़ पर {0} की यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="169" />
        <location filename="../../packstation/gui/pages/pack.py" line="170" />
        <source>Reject</source>
        <translation>रिजेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="174" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="77" />
        <source>defective</source>
        <translation>खराब</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="78" />
        <source>not as described</source>
        <translation>विवरण के अनुसार नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="79" />
        <source>no longer needed</source>
        <translation>अब ज़रूरत नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="80" />
        <source>wrong item</source>
        <translation>गलत आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="81" />
        <source>undeliverable</source>
        <translation>डिलीवर नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="52" />
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="53" />
        <source>carrier notified to pick up from customer</source>
        <translation>कैरियर को ग्राहक से पिकअप की सूचना दी गई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="56" />
        <source>carrier out for pick up from customer</source>
        <translation>कैरियर ग्राहक से पिकअप के लिए निकला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="59" />
        <source>customer cancelled pick up</source>
        <translation>ग्राहक ने पिकअप रद्द किया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="60" />
        <source>customer rescheduled pick up</source>
        <translation>ग्राहक ने पिकअप का समय बदला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="63" />
        <source>picked from customer</source>
        <translation>ग्राहक से उठाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="64" />
        <source>in transit</source>
        <translation>रास्ते में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="65" />
        <source>out for delivery</source>
        <translation>डिलीवरी के लिए निकला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="66" />
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="67" />
        <source>replanned</source>
        <translation>फिर से योजना बनाई गई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="68" />
        <source>customer dropped off</source>
        <translation>ग्राहक ने जमा किया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="69" />
        <source>partially processed</source>
        <translation>आंशिक रूप से संसाधित</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="70" />
        <source>processed</source>
        <translation>संसाधित</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="71" />
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="72" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="56" />
        <source>Sellable</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation>बिक्री योग्य</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="57" />
        <source>Damaged</source>
        <translation>क्षतिग्रस्त</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="58" />
        <source>Wrong item</source>
        <translation>गलत आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="127" />
        <source>Scan RMA or reverse tracking id</source>
        <translation>RMA या रिवर्स ट्रैकिंग ID स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="130" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation>RMA, रिवर्स ट्रैकिंग ID या रिटर्न ID स्कैन या टाइप करें, फिर Enter</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open the return</source>
        <translation>रिटर्न खोलें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <location filename="../../packstation/gui/pages/returns.py" line="215" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="142" />
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="145" />
        <location filename="../../packstation/gui/pages/returns.py" line="146" />
        <source>RMA id</source>
        <translation>RMA ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="148" />
        <location filename="../../packstation/gui/pages/returns.py" line="150" />
        <source>Reverse tracking id</source>
        <translation>रिवर्स ट्रैकिंग ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <location filename="../../packstation/gui/pages/returns.py" line="157" />
        <source>Created since</source>
        <translation>इस तारीख से बने</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="154" />
        <source>Filter by creation date</source>
        <translation>बनने की तारीख से फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <location filename="../../packstation/gui/pages/returns.py" line="165" />
        <source>Updated since</source>
        <translation>इस तारीख से अपडेट हुए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="162" />
        <source>Filter by update date</source>
        <translation>अपडेट की तारीख से फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search returns</source>
        <translation>रिटर्न खोजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Returns and detail</source>
        <translation>रिटर्न और जानकारी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="193" />
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Return rows</source>
        <translation>रिटर्न की पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Return columns</source>
        <translation>रिटर्न के कॉलम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="210" />
        <location filename="../../packstation/gui/pages/returns.py" line="214" />
        <source>Return</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="217" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="218" />
        <source>Shipment</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="219" />
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Reverse tracking</source>
        <translation>रिवर्स ट्रैकिंग</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="221" />
        <source>Inspection</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <source>Inspection outcome</source>
        <translation>जाँच का नतीजा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="233" />
        <source>Units inspected</source>
        <translation>जाँची गई यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="235" />
        <source>Inspection note</source>
        <translation>जाँच नोट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="236" />
        <source>Note (optional)</source>
        <translation>नोट (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="238" />
        <source>Units</source>
        <translation>यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="239" />
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <location filename="../../packstation/gui/pages/returns.py" line="244" />
        <source>Record inspection</source>
        <translation>जाँच सेव करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock</source>
        <translation>रीस्टॉक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock units</source>
        <translation>यूनिट रीस्टॉक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="250" />
        <source>Print tag</source>
        <translation>टैग प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Return detail</source>
        <translation>रिटर्न की जानकारी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>◀ Previous</source>
        <translation>◀ पिछला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>Previous page</source>
        <translation>पिछला पेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next ▶</source>
        <translation>अगला ▶</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next page</source>
        <translation>अगला पेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="276" />
        <source>Page</source>
        <translation>पेज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="277" />
        <source>Returns state</source>
        <translation>रिटर्न की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="278" />
        <location filename="../../packstation/gui/pages/returns.py" line="347" />
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="349" />
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="414" />
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n रिटर्न</numerusform>
            <numerusform>%n रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="417" />
        <source>Empty page; more on the next page</source>
        <translation>खाली पेज; आगे अगले पेज पर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="419" />
        <source>No returns match</source>
        <translation>कोई रिटर्न नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="424" />
        <source>Page %1</source>
        <translation>पेज %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="444" />
        <source>No return for %1: check the code or search by filters</source>
        <translation>%1 का कोई रिटर्न नहीं: कोड जाँचें या फ़िल्टर से खोजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="454" />
        <source>Return %1 open</source>
        <translation>रिटर्न %1 खुला है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="484" />
        <source>{0}  (RMA {1})</source>
        <translation>{0}  (RMA {1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="501" />
        <source>not inspected</source>
        <translation>जाँच नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="531" />
        <source>Inspection recorded: %1</source>
        <translation>जाँच सेव हुई: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="545" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation>%1 × %2 रीस्टॉक हुआ: Amazon पर अब %3 हैं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="560" />
        <source>Restocked</source>
        <translation>रीस्टॉक हुआ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="565" />
        <source>Restocked %n unit(s)</source>
        <translation>
            <numerusform>%n यूनिट रीस्टॉक हुई</numerusform>
            <numerusform>%n यूनिट रीस्टॉक हुईं</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="575" />
        <source>Return tag printed</source>
        <translation>रिटर्न टैग प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="578" />
        <source>Return tag: %1</source>
        <translation>रिटर्न टैग: %1</translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="23" />
        <source>Return</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="24" />
        <source>Status</source>
        <translation>स्थिति</translation>
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
        <translation>यूनिट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="28" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="29" />
        <source>Reverse tracking</source>
        <translation>रिवर्स ट्रैकिंग</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="30" />
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="31" />
        <source>Inspection</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="68" />
        <source>{0}, restocked {1}</source>
        <translation>{0}, {1} फिर से स्टॉक में</translation>
    </message>
</context>
<context>
    <name>RuntimeHolder</name>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="188" />
        <source>none</source>
        <extracomment>how often an idle label printer's status is asked for (never while a finish prints) the running parts, once :meth:`start` has built them (None before and after) the scale's last reading, as delivered on the GUI thread (None: no scale) finishes under way (the pack controller counts them): no status asks meanwhile</extracomment>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="251" />
        <source>Another Packstation on this computer is printing this station's labels (a second window, or packstation ship): close it, then start this one again.</source>
        <translation>इस कंप्यूटर पर एक और Packstation इस स्टेशन के लेबल प्रिंट कर रहा है (दूसरी विंडो, या packstation ship): उसे बंद करें, फिर इसे दोबारा शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="304" />
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="327" />
        <source>Synced {0}: {1} waiting</source>
        <translation>{0} पर सिंक हुआ: {1} इंतज़ार में</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="334" />
        <source>Sync failed: {0} (retrying)</source>
        <translation>सिंक नहीं हुआ: {0} (फिर से कोशिश हो रही है)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="401" />
        <source>stable</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="402" />
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="403" />
        <source>settling</source>
        <translation>स्थिर हो रही है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="404" />
        <source>overload</source>
        <translation>ओवरलोड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="405" />
        <source>under zero</source>
        <translation>ज़ीरो से कम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="406" />
        <source>disconnected: type weights (F4)</source>
        <translation>डिसकनेक्ट: वज़न टाइप करें (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="417" />
        <source>Scale: {0} {1}</source>
        <translation>वज़न मशीन: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="421" />
        <source>Scale: {0}</source>
        <translation>वज़न मशीन: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="427" />
        <source>Printer: {0}</source>
        <translation>प्रिंटर: {0}</translation>
    </message>
</context>
<context>
    <name>ScaleState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="303" />
        <source>stable</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="304" />
        <source>zero</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="305" />
        <source>moving</source>
        <translation>अस्थिर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="306" />
        <source>overload</source>
        <translation>ओवरलोड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="307" />
        <source>under zero</source>
        <translation>ज़ीरो से कम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="308" />
        <source>disconnected</source>
        <translation>डिस्कनेक्ट</translation>
    </message>
</context>
<context>
    <name>ScalesPanel</name>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="73" />
        <source>Scales and scanners</source>
        <translation>वज़न मशीन और स्कैनर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="88" />
        <source>Scale</source>
        <extracomment>the bench's own scale is shown (the runtime owns it: never stopped from here)</extracomment>
        <translation>वज़न मशीन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="90" />
        <source>Scale port or address</source>
        <translation>वज़न मशीन का पोर्ट या पता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="94" />
        <source>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID</source>
        <translation>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT या hid://VID:PID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="97" />
        <source>Scale protocol</source>
        <translation>वज़न मशीन प्रोटोकॉल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="102" />
        <source>Unit shown</source>
        <translation>दिखने वाली इकाई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="108" />
        <source>Find ports</source>
        <translation>पोर्ट खोजें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Connect</source>
        <translation>कनेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <source>Connect scale</source>
        <translation>वज़न मशीन कनेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero</source>
        <translation>ज़ीरो करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero the scale</source>
        <translation>वज़न मशीन ज़ीरो करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="122" />
        <location filename="../../packstation/gui/scales_panel.py" line="130" />
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="124" />
        <source>Scale state</source>
        <translation>वज़न मशीन की स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="125" />
        <source>Scale statistics</source>
        <translation>वज़न मशीन के आँकड़े</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="126" />
        <source>Port or address</source>
        <translation>पोर्ट या पता</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="127" />
        <source>Protocol</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="128" />
        <source>Show in</source>
        <translation>इसमें दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="131" />
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="137" />
        <source>Virtual scale (sandbox)</source>
        <translation>वर्चुअल वज़न मशीन (सैंडबॉक्स)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="141" />
        <source>Weight to put on the scale</source>
        <translation>वज़न मशीन पर रखने का वज़न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="149" />
        <source>Put a box on</source>
        <translation>बॉक्स रखें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="152" />
        <source>Take it off</source>
        <translation>हटा लें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="163" />
        <source>Scan here</source>
        <translation>यहाँ स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="166" />
        <source>Scan or type a code to test</source>
        <translation>टेस्ट के लिए कोड स्कैन या टाइप करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="168" />
        <source>Scan a barcode (or type one and press Enter)</source>
        <translation>बारकोड स्कैन करें (या टाइप करके Enter दबाएँ)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="170" />
        <source>Classified scans</source>
        <translation>पहचाने गए स्कैन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="215" />
        <source>virtual scale ({0})</source>
        <translation>वर्चुअल वज़न मशीन ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="220" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation>बेंच की वज़न मशीन: इसे सेटिंग्स (scale.url) में बदलें, फिर दोबारा शुरू करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="251" />
        <source>connecting…</source>
        <translation>कनेक्ट किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="272" />
        <source>not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="335" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation>रीडिंग {0}, छोड़े गए फ़्रेम {1}, दोबारा कनेक्ट {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Reconnect</source>
        <translation>दोबारा कनेक्ट करें</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="95" />
        <source>wrong item</source>
        <extracomment>Refusal reasons (services.packing.Refusal values): the long name, and the short one of tiles.</extracomment>
        <translation>गलत आइटम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="96" />
        <source>wrong</source>
        <translation>गलत</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="99" />
        <location filename="../../packstation/gui/texts.py" line="100" />
        <source>too many</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="103" />
        <source>unknown barcode</source>
        <translation>अज्ञात बारकोड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="104" />
        <source>unknown</source>
        <translation>अनजान</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="107" />
        <source>invalid serial</source>
        <translation>अमान्य सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="108" />
        <source>bad serial</source>
        <translation>गलत सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="111" />
        <source>duplicate serial</source>
        <translation>डुप्लिकेट सीरियल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="112" />
        <source>duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="115" />
        <source>serial expected</source>
        <translation>सीरियल चाहिए</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="116" />
        <source>no serial</source>
        <translation>सीरियल नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="119" />
        <source>shipment cancelled</source>
        <translation>शिपमेंट रद्द</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="120" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="123" />
        <location filename="../../packstation/gui/texts.py" line="124" />
        <source>not packable</source>
        <translation>पैक नहीं हो सकता</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="37" />
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="39" />
        <location filename="../../packstation/gui/pages/settings.py" line="43" />
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="40" />
        <source>Sandbox (built-in marketplace)</source>
        <translation>सैंडबॉक्स (बिल्ट-इन मार्केटप्लेस)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <source>Production (Amazon)</source>
        <translation>प्रोडक्शन (Amazon)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <location filename="../../packstation/gui/pages/settings.py" line="44" />
        <source>Station name</source>
        <translation>स्टेशन का नाम</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="47" />
        <source>Amazon connection (production profile)</source>
        <translation>Amazon कनेक्शन (प्रोडक्शन प्रोफ़ाइल)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="49" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Marketplace id</source>
        <translation>मार्केटप्लेस ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>Location id</source>
        <translation>लोकेशन ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client id</source>
        <translation>LWA क्लाइंट ID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA client secret</source>
        <translation>LWA क्लाइंट सीक्रेट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="56" />
        <location filename="../../packstation/gui/pages/settings.py" line="66" />
        <source>LWA refresh token</source>
        <translation>LWA रिफ़्रेश टोकन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="59" />
        <source>unchanged</source>
        <translation>बदला नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="70" />
        <source>Database and folders</source>
        <translation>डेटाबेस और फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>Shared database URL</source>
        <translation>साझा डेटाबेस URL</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>empty: this station's own SQLite file</source>
        <translation>खाली: इस स्टेशन की अपनी SQLite फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="74" />
        <source>Shared database</source>
        <translation>साझा डेटाबेस</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Settings file</source>
        <translation>सेटिंग्स फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="79" />
        <source>Log folder</source>
        <translation>लॉग फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="90" />
        <source>Save settings</source>
        <translation>सेटिंग्स सेव करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>stored</source>
        <translation>सेव है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>not stored</source>
        <translation>सेव नहीं है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="130" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation>क्लाइंट सीक्रेट: {0}; रिफ़्रेश टोकन: {1} (OS कीरिंग में रखा गया)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="136" />
        <source>Keyring unavailable: {0}</source>
        <translation>कीरिंग उपलब्ध नहीं: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="149" />
        <location filename="../../packstation/gui/pages/settings.py" line="179" />
        <source>Not saved: {0}</source>
        <translation>सेव नहीं हुआ: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="156" />
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="173" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation>{0} में सेव हुआ। प्रोफ़ाइल का बदलाव अगली बार शुरू करने पर लागू होगा।</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="38" />
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="39" />
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="40" />
        <source>confirmed</source>
        <translation>पुष्टि हुई</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="41" />
        <source>package created</source>
        <translation>पैकेज बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="42" />
        <source>pickup slot retrieved</source>
        <translation>पिकअप स्लॉट मिला</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="43" />
        <source>invoice generated</source>
        <translation>इनवॉइस बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="44" />
        <source>label generated</source>
        <translation>लेबल बनाया गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="45" />
        <source>shipped</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="46" />
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="47" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="209" />
        <source>Shipping option for {0}</source>
        <translation>{0} के लिए शिपिंग विकल्प</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="210" />
        <source>Choose a shipping option</source>
        <translation>शिपिंग विकल्प चुनें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="214" />
        <source>Choose how this shipment leaves:</source>
        <translation>चुनें कि यह शिपमेंट कैसे जाएगा:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>Shipping options</source>
        <translation>शिपिंग विकल्प</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="221" />
        <source>(recommended)</source>
        <translation>(सुझाया गया)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="232" />
        <location filename="../../packstation/gui/pages/pack.py" line="233" />
        <source>Use this option</source>
        <translation>यह विकल्प लें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="238" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="252" />
        <source>picked up</source>
        <translation>पिकअप</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="253" />
        <source>drop off</source>
        <translation>ड्रॉप ऑफ़</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="254" />
        <source>window</source>
        <translation>समय</translation>
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
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="60" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation>अपना बैज स्कैन करें, या अपना नाम टाइप करें। नए बैज के लिए एक बार नाम चाहिए।</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="64" />
        <location filename="../../packstation/gui/sign_in.py" line="66" />
        <source>Badge</source>
        <translation>बैज</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="65" />
        <location filename="../../packstation/gui/sign_in.py" line="67" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="143" />
        <source>Packer sign-in</source>
        <translation>पैकर साइन इन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="152" />
        <source>Signed-in packer</source>
        <translation>साइन इन किया हुआ पैकर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="154" />
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="157" />
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="181" />
        <source>{0} at {1}</source>
        <translation>{1} पर {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="183" />
        <source>Signed in at station {0}</source>
        <translation>स्टेशन {0} पर साइन इन</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="186" />
        <source>Nobody signed in at {0}</source>
        <translation>{0} पर कोई साइन इन नहीं</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="269" />
        <source>Sign-in waits for the database to start</source>
        <translation>साइन इन डेटाबेस शुरू होने का इंतज़ार कर रहा है</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="286" />
        <source>New badge: type your name</source>
        <translation>नया बैज: अपना नाम टाइप करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="316" />
        <source>The database has not started yet</source>
        <translation>डेटाबेस अभी शुरू नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>SpoolJobsModel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="61" />
        <source>Job</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>जॉब</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="62" />
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="63" />
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="64" />
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="129" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (the audit store, the open queue), or None before the start</extracomment>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="28" />
        <source>Devices &amp; Printers</source>
        <translation>डिवाइस और प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="104" />
        <source>Inventory</source>
        <translation>इन्वेंटरी</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="293" />
        <source>Pack</source>
        <translation>पैक करें</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="109" />
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="108" />
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="29" />
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
</TS>