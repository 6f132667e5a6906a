<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="89" />
        <location filename="../../packstation/gui/sign_in.py" line="90" />
        <source>Add packer</source>
        <translation>إضافة معبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="92" />
        <location filename="../../packstation/gui/sign_in.py" line="94" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="93" />
        <location filename="../../packstation/gui/sign_in.py" line="95" />
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="68" />
        <source>No data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
</context>
<context>
    <name>BenchController</name>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="245" />
        <source>none</source>
        <extracomment>How long a finish waits for the packer to choose a shipping option before it stops. how often an idle label printer's status is asked for (never while a finish prints) write-ahead scan log bookkeeping (GUI thread only): id(outcome) -&gt; (outcome, uid) labels a finish left waiting in the spool: shipment id -&gt; spool job ids the scale's last reading, as delivered on the GUI thread (None: no scale)</extracomment>
        <translation>لا توجد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="350" />
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="373" />
        <source>Synced {0}: {1} waiting</source>
        <translation>تمت المزامنة {0}: في الانتظار {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="380" />
        <source>Sync failed: {0} (retrying)</source>
        <translation>فشلت المزامنة: {0} (جارٍ إعادة المحاولة)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="397" />
        <source>Not connected to the marketplace yet.</source>
        <translation>لم يتم الاتصال بالسوق بعد.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="501" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation>لم تُطبع قسيمة التعبئة لـ {0}: لا توجد طابعة لها. اضبط printers.slip في الإعدادات (طابعة مستندات cups://queue أو طابعة إيصالات escpos://host:9100)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="505" />
        <location filename="../../packstation/gui/bench_controller.py" line="581" />
        <source>invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="505" />
        <location filename="../../packstation/gui/bench_controller.py" line="581" />
        <source>packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="506" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation>لم تُطبع فاتورة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="507" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation>لم تُطبع قسيمة التعبئة لـ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="543" />
        <location filename="../../packstation/gui/bench_controller.py" line="594" />
        <source>Printed for {0}: {1}</source>
        <translation>تمت الطباعة لـ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="553" />
        <location filename="../../packstation/gui/bench_controller.py" line="597" />
        <source>Documents of {0} not printed: {1}</source>
        <translation>لم تُطبع مستندات {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="569" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation>لا توجد طابعة لقسيمة التعبئة: اضبط printers.slip (cups://queue) أو printers.invoice في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="576" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation>لا توجد طابعة للفواتير: اضبطها في الإعدادات (printers.invoice)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="831" />
        <location filename="../../packstation/gui/bench_controller.py" line="897" />
        <location filename="../../packstation/gui/bench_controller.py" line="920" />
        <location filename="../../packstation/gui/bench_controller.py" line="948" />
        <source>Not connected to the marketplace.</source>
        <translation>غير متصل بالسوق.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="886" />
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="932" />
        <source>Inventory corrected: {0}</source>
        <translation>تم تصحيح المخزون: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="127" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="139" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="157" />
        <source>Figures over</source>
        <translation>الأرقام خلال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="143" />
        <source>Today's pickup</source>
        <translation>موعد الاستلام اليوم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="147" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="150" />
        <source>Export audit CSV…</source>
        <translation>تصدير سجل التدقيق CSV…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="152" />
        <source>Export audit CSV</source>
        <translation>تصدير سجل التدقيق CSV</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="155" />
        <source>Add packer…</source>
        <translation>إضافة معبّئ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="155" />
        <source>Add packer</source>
        <translation>إضافة معبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="160" />
        <source>Pickup at</source>
        <translation>الاستلام في</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="168" />
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="175" />
        <source>Orders shipped</source>
        <translation>الطلبات المشحونة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Orders per hour</source>
        <translation>طلبات في الساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="177" />
        <source>Items per hour</source>
        <translation>أصناف في الساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="178" />
        <source>Scan errors caught</source>
        <translation>أخطاء المسح المكتشفة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Waiting on the system</source>
        <translation>انتظار النظام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="180" />
        <source>SLA misses</source>
        <translation>تجاوزات مهلة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="188" />
        <source>Per packer</source>
        <translation>حسب المعبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="189" />
        <source>Per station</source>
        <translation>حسب المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="190" />
        <source>Per program</source>
        <translation>حسب البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="200" />
        <source>Dashboard status</source>
        <translation>حالة لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="252" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="349" />
        <source>Waiting for the station's database to start…</source>
        <translation>في انتظار بدء قاعدة بيانات المحطة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="260" />
        <source>Reading the audit log…</source>
        <translation>جارٍ قراءة سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="281" />
        <source>Could not read the figures: {0}</source>
        <translation>تعذّرت قراءة الأرقام: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="291" />
        <source>{0} items · {1} not finished</source>
        <translation>الأصناف: {0} · غير منتهية: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="295" />
        <source>per active hour ({0} h)</source>
        <translation>لكل ساعة عمل ({0} س)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="297" />
        <source>per active hour</source>
        <translation>لكل ساعة عمل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="310" />
        <source>{0} s</source>
        <translation>{0} ث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="311" />
        <source>per finish · {0} min in all</source>
        <translation>لكل إنهاء · {0} د إجمالًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="313" />
        <source>shipped late</source>
        <translation>شُحنت متأخرة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="330" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation>آخر تحديث {0} · المعبّئون: {1} · المحطات: {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="340" />
        <source>Export audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="340" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="355" />
        <source>Exported {0} audit records to {1}</source>
        <translation>تم تصدير سجلات التدقيق ({0}) إلى {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="359" />
        <source>Export failed: {0}</source>
        <translation>فشل التصدير: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="29" />
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="33" />
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Scales and scanners</source>
        <translation>الموازين والماسحات الضوئية</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="92" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation>محو</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="121" />
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="124" />
        <location filename="../../packstation/gui/pages/inventory.py" line="125" />
        <source>Find SKU</source>
        <translation>بحث عن SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="128" />
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="128" />
        <source>Import CSV</source>
        <translation>استيراد CSV</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="131" />
        <source>Push changed</source>
        <translation>إرسال التغييرات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="134" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Retry refused items</source>
        <translation>إعادة محاولة الأصناف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Fetch</source>
        <translation>جلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Fetch quantities from Amazon</source>
        <translation>جلب الكميات من Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="157" />
        <source>SKU to set</source>
        <translation>SKU المراد ضبطه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="158" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="160" />
        <source>Absolute quantity</source>
        <translation>الكمية المطلقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="164" />
        <location filename="../../packstation/gui/pages/inventory.py" line="166" />
        <source>Set quantity</source>
        <translation>ضبط الكمية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="173" />
        <source>Low-stock threshold</source>
        <translation>حد المخزون المنخفض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="172" />
        <source>low under </source>
        <translation>منخفض تحت </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="182" />
        <source>Inventory positions</source>
        <translation>أرصدة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="199" />
        <source>Inventory rows</source>
        <translation>صفوف المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="201" />
        <source>Inventory columns</source>
        <translation>أعمدة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="209" />
        <source>Import and push problems</source>
        <translation>مشاكل الاستيراد والإرسال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="216" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation>تطبيق الصفوف الصالحة، وتخطي غير الصالحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="218" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation>تطبيق الصفوف الصالحة وتخطي غير الصالحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="221" />
        <location filename="../../packstation/gui/pages/inventory.py" line="223" />
        <source>Discard the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="234" />
        <source>Inventory counts</source>
        <translation>إحصاءات المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="236" />
        <source>Inventory state</source>
        <translation>حالة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="237" />
        <location filename="../../packstation/gui/pages/inventory.py" line="291" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="317" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="357" />
        <location filename="../../packstation/gui/pages/inventory.py" line="488" />
        <source>Fetched %n SKU(s) from Amazon</source>
        <translation>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
            <numerusform>تم جلب %n SKU من Amazon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="381" />
        <source>%n SKU(s) low on stock</source>
        <translation>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
            <numerusform>%n SKU مخزونها منخفض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="383" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>%1 set to %2; push to send it</source>
        <translation>تم ضبط %1 على %2؛ أرسل التغييرات لإرساله</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="422" />
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>تم استيراد %n صف</numerusform>
            <numerusform>تم استيراد %n صف</numerusform>
            <numerusform>تم استيراد %n صفين</numerusform>
            <numerusform>تم استيراد %n صفوف</numerusform>
            <numerusform>تم استيراد %n صفًا</numerusform>
            <numerusform>تم استيراد %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="424" />
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>، وتم تخطي %n صف غير صالح</numerusform>
            <numerusform>، وتم تخطي %n صف غير صالح</numerusform>
            <numerusform>، وتم تخطي %n صفين غير صالحين</numerusform>
            <numerusform>، وتم تخطي %n صفوف غير صالحة</numerusform>
            <numerusform>، وتم تخطي %n صفًا غير صالح</numerusform>
            <numerusform>، وتم تخطي %n صف غير صالح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="427" />
        <source>Skipped: %1</source>
        <translation>تم التخطي: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="482" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation>لا توجد SKU لجلبها: اضبط الكميات أو استوردها أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
        <source>Type or scan a SKU first</source>
        <translation>اكتب SKU أو امسحه أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="508" />
        <source>Import stock CSV</source>
        <translation>استيراد ملف CSV للمخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="508" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="528" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation>SKU: %1 · للإرسال: %2 · مخزون منخفض: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="104" />
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="64" />
        <source>Invoice tools</source>
        <translation>أدوات الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>تصغير (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="73" />
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="74" />
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="75" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>ملاءمة العرض (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>تكبير (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="80" />
        <source>Zoom level</source>
        <translation>مستوى التكبير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="82" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation>المستند المعروض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="88" />
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="294" />
        <source>Print invoice</source>
        <translation>طباعة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="299" />
        <source>Send the invoice to the document printer</source>
        <translation>إرسال الفاتورة إلى طابعة المستندات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <source>Invoice status</source>
        <translation>حالة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="110" />
        <source>Invoice document</source>
        <translation>مستند الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="116" />
        <location filename="../../packstation/gui/invoice_view.py" line="120" />
        <source>Invoice image</source>
        <translation>صورة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="187" />
        <source>No invoice for this shipment</source>
        <translation>لا توجد فاتورة لهذه الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="223" />
        <source>The packing slip could not be shown</source>
        <translation>تعذّر عرض قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The invoice could not be shown</source>
        <translation>تعذّر عرض الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="230" />
        <source>Invoice + slip</source>
        <translation>الفاتورة + القسيمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="294" />
        <source>Print slip</source>
        <translation>طباعة القسيمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="297" />
        <source>Send the packing slip to the document printer</source>
        <translation>إرسال قسيمة التعبئة إلى طابعة المستندات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="307" />
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="103" />
        <source>Label preview</source>
        <translation>معاينة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="108" />
        <source>No label</source>
        <translation>لا يوجد ملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="114" />
        <source>Rendering…</source>
        <translation>جارٍ التجهيز…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="128" />
        <source>The ZPL holds no label.</source>
        <translation>لا يحتوي ZPL على أي ملصق.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="49" />
        <source>Packstation</source>
        <translation>Packstation</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="50" />
        <source>Packstation main window</source>
        <translation>النافذة الرئيسية لـ Packstation</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="52" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="53" />
        <source>Pack</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="54" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="55" />
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="56" />
        <source>Devices &amp; Printers</source>
        <translation>الأجهزة والطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="57" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="58" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="76" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="103" />
        <source>Profile</source>
        <translation>ملف التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="105" />
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="106" />
        <source>Label printer</source>
        <translation>طابعة الملصقات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="107" />
        <source>Scale</source>
        <translation>الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="108" />
        <source>Printer: not checked</source>
        <translation>الطابعة: لم تُفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="109" />
        <source>Scale: none</source>
        <translation>الميزان: لا يوجد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="123" />
        <source>SANDBOX</source>
        <translation>بيئة الاختبار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="125" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation>سوق الاختبار المدمج: لا يُرسل أي شيء إلى Amazon.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="130" />
        <source>AMAZON {0}</source>
        <translation>AMAZON {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="131" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation>متصل بـ Selling Partner API من Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="135" />
        <source>Station {0}</source>
        <translation>المحطة {0}</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="119" />
        <source>Item</source>
        <extracomment>Custom attribute keys (lower case) that carry the product's name. The EF API's line item has no title field of its own: a channel passes the name through ``customAttributes`` (the sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it. pieces scanned (a multi-piece line: each piece is scanned into a package of its own)</extracomment>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="120" />
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="121" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="122" />
        <source>Scanned</source>
        <translation>الممسوح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="123" />
        <source>Serials</source>
        <translation>الأرقام التسلسلية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="124" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="219" />
        <source>{0}/{1} pcs</source>
        <translation>{0}/{1} قطعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="226" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="235" />
        <source>GIFT WRAP</source>
        <translation>تغليف هدية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="237" />
        <source>GIFT MESSAGE</source>
        <translation>رسالة هدية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="239" />
        <source>HAZMAT {0}</source>
        <translation>مواد خطرة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="241" />
        <source>FRAGILE</source>
        <translation>قابل للكسر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="243" />
        <source>{0} boxes</source>
        <translation>صناديق: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="245" />
        <source>SERIAL</source>
        <translation>رقم تسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="247" />
        <source>CANCELLED {0}</source>
        <translation>ملغى {0}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="57" />
        <source>Confirm shipment</source>
        <translation>تأكيد الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="58" />
        <source>Create packages</source>
        <translation>إنشاء الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="59" />
        <source>Shipping options</source>
        <translation>خيارات الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="60" />
        <location filename="../../packstation/gui/pages/pack.py" line="491" />
        <location filename="../../packstation/gui/pages/pack.py" line="1540" />
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="61" />
        <source>Generate label</source>
        <translation>إنشاء الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="62" />
        <source>Download label</source>
        <translation>تنزيل الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="63" />
        <source>Print label</source>
        <translation>طباعة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="64" />
        <source>Mark shipped</source>
        <translation>تعيين كمشحونة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="65" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="306" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation>الطرود والإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="318" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="321" />
        <source>Packing cues</source>
        <translation>تنبيهات التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="330" />
        <source>Scan field</source>
        <translation>حقل المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="331" />
        <source>Scan item, serial, shipment or action</source>
        <translation>امسح صنفًا أو رقمًا تسلسليًا أو شحنة أو إجراءً</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="336" />
        <source>Scan result</source>
        <translation>نتيجة المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="344" />
        <source>Shipment lines</source>
        <translation>بنود الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="353" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="354" />
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="366" />
        <source>Scan counters</source>
        <translation>عدادات المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="370" />
        <source>Packages</source>
        <translation>الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="373" />
        <source>Package</source>
        <translation>الطرد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="375" />
        <source>New package (F6)</source>
        <translation>طرد جديد (F6)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="377" />
        <source>New package</source>
        <translation>طرد جديد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="379" />
        <source>Box preset</source>
        <translation>مقاس صندوق محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="381" />
        <source>Use recommended</source>
        <translation>استخدام المقترح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="383" />
        <source>Use Amazon's recommended packages</source>
        <translation>استخدام الطرود التي يقترحها Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="386" />
        <source>Length in cm</source>
        <translation>الطول بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="386" />
        <source>L cm</source>
        <translation>الطول cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Width in cm</source>
        <translation>العرض بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>W cm</source>
        <translation>العرض cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="388" />
        <source>Height in cm</source>
        <translation>الارتفاع بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="388" />
        <source>H cm</source>
        <translation>الارتفاع cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="389" />
        <source>Weight in kg</source>
        <translation>الوزن بـ kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="389" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="393" />
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="396" />
        <source>Package contents</source>
        <translation>محتويات الطرد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="411" />
        <source>L × W × H (cm)</source>
        <translation>الطول × العرض × الارتفاع (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="413" />
        <source>Weight (kg)</source>
        <translation>الوزن (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="423" />
        <source>Self Ship: your carrier</source>
        <translation>Self Ship: شركة الشحن الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="426" />
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="429" />
        <source>Tracking id</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="430" />
        <source>one per package, in package order</source>
        <translation>رقم لكل طرد، بترتيب الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="433" />
        <source>tracking id: scan the carrier's label</source>
        <translation>رقم التتبع: امسح ملصق شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Finish (F12)</source>
        <translation>إنهاء (F12)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="448" />
        <source>Reprint (Ctrl+P)</source>
        <translation>إعادة الطباعة (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="450" />
        <source>Reprint label</source>
        <translation>إعادة طباعة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="453" />
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="453" />
        <source>Reject shipment</source>
        <translation>رفض الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="456" />
        <source>Put aside</source>
        <translation>وضع جانبًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="464" />
        <source>Finish state</source>
        <translation>حالة الإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="466" />
        <source>Inventory correction</source>
        <translation>تصحيح المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="470" />
        <source>Finish steps</source>
        <translation>خطوات الإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="486" />
        <source>Finish steps and invoice</source>
        <translation>خطوات الإنهاء والفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="490" />
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <location filename="../../packstation/gui/pages/pack.py" line="501" />
        <source>Shipment cancelled</source>
        <translation>أُلغيت الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="566" />
        <source>Label for {0} printed again</source>
        <translation>تمت إعادة طباعة ملصق {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="615" />
        <source>Opening {0}…</source>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="664" />
        <source>Scan the items of {0}</source>
        <translation>امسح أصناف {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="677" />
        <location filename="../../packstation/gui/pages/pack.py" line="1441" />
        <source>Packing</source>
        <translation>قيد التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="689" />
        <source>Cannot open {0}: {1}</source>
        <translation>تعذّر فتح {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="694" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation>لا تغليف هدايا ولا مواد خطرة ولا أصناف قابلة للكسر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="711" />
        <source>No shipment open</source>
        <translation>لا توجد شحنة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="41" />
        <source>Easy Ship</source>
        <translation>Easy Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="42" />
        <source>Self Ship</source>
        <translation>Self Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="43" />
        <source>Seller Flex</source>
        <translation>Seller Flex</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="720" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation>{0} · {1} · الطلب {2}{3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="724" />
        <source> · HIGH PRIORITY</source>
        <translation> · أولوية عالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="758" />
        <source>Box preset…</source>
        <translation>مقاس صندوق محفوظ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="766" />
        <source>— kg</source>
        <translation>— kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="791" />
        <source>Package {0} of {1}</source>
        <translation>الطرد {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="829" />
        <source>{0}: {1} of {2} pieces</source>
        <translation>{0}: {1} من {2} قطعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="835" />
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="836" />
        <source>In this package: {0}</source>
        <translation>في هذا الطرد: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="853" />
        <source>scale settling…</source>
        <translation>الميزان يستقر…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="855" />
        <source>weigh the box (F4: type)</source>
        <translation>زِن الصندوق (F4: إدخال يدوي)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="857" />
        <source>type the weight (F4)</source>
        <translation>أدخل الوزن (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="861" />
        <source>scale</source>
        <translation>الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="862" />
        <source>typed</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="863" />
        <source>scanned</source>
        <translation>بالمسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="864" />
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="867" />
        <source>{0} kg · {1}</source>
        <translation>{0} kg · {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="871" />
        <source>expected {0} kg</source>
        <translation>المتوقع {0} kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="904" />
        <source>Wait: the shipment is being finished</source>
        <translation>انتظر: جارٍ إنهاء الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="916" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation>{0} شحنة أخرى: أنهِ {1} أو ضعها جانبًا أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="956" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation>تم التحقق من الملصق: {0} على صندوق {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="973" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation>ملصق خاطئ: {0} هو ملصق الشحنة {1} وليس {2}: انزعه عن هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="978" />
        <source>Label checked: {0} is {1}'s</source>
        <translation>تم التحقق من الملصق: {0} يخص {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1001" />
        <source>TRACKING REFUSED: {0}</source>
        <translation>رُفض رقم التتبع: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1007" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation>رقم التتبع {0} ({1}) للطرد {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1009" />
        <source>carrier not known: type it</source>
        <translation>شركة الشحن غير معروفة: اكتبها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1031" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation>رُفض رقم التتبع: {0} موجود بالفعل على الشحنة {1}: امسح ملصق هذا الصندوق نفسه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1084" />
        <source>WRONG ITEM</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1085" />
        <source>TOO MANY</source>
        <translation>كمية زائدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1086" />
        <source>UNKNOWN BARCODE</source>
        <translation>باركود غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1087" />
        <source>BAD SERIAL</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1088" />
        <source>SERIAL ALREADY USED</source>
        <translation>الرقم التسلسلي مستخدم مسبقًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1089" />
        <source>SCAN THE SERIAL</source>
        <translation>امسح الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1090" />
        <source>CANCELLED</source>
        <translation>الشحنة ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1091" />
        <source>CANNOT PACK</source>
        <translation>لا يمكن التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1096" />
        <location filename="../../packstation/gui/pages/pack.py" line="1097" />
        <source>OK: {0}</source>
        <translation>صحيح: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1112" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation>{0} ليس شحنة أو طلبًا أو صنفًا في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1125" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation>اكتملت {0}: طُبع {1} من الملصقات في هذه المحطة ولم يتبقَّ شيء (خرجت من قائمة الانتظار)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1149" />
        <source>Unknown action barcode {0}</source>
        <translation>باركود إجراء غير معروف {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1177" />
        <source>Scanned {0} of {1}</source>
        <translation>تم مسح {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1180" />
        <source>pieces {0} of {1}</source>
        <translation>القطع {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1186" />
        <source>wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1187" />
        <source>too many</source>
        <translation>كمية زائدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1188" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1189" />
        <source>bad serial</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1190" />
        <source>serial used</source>
        <translation>رقم تسلسلي مستخدم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1191" />
        <source>serial expected</source>
        <translation>رقم تسلسلي مطلوب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1192" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1193" />
        <source>cannot pack</source>
        <translation>لا يمكن التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1198" />
        <source>refused {0} ({1})</source>
        <translation>مرفوض {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1246" />
        <source>Package {0}: scan its items</source>
        <translation>الطرد {0}: امسح أصنافه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1272" />
        <source>No box preset {0}</source>
        <translation>لا يوجد مقاس صندوق محفوظ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>Box {0}</source>
        <translation>صندوق {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1288" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation>لا يقترح Amazon أي طرود لهذه الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1293" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation>استخدام الطرود المقترحة من Amazon ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1324" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation>لا شيء للوزن: امسح شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1334" />
        <source>Weight {0} {1}</source>
        <translation>الوزن {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1362" />
        <source>Nothing to confirm</source>
        <translation>لا شيء للتأكيد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1377" />
        <source>Weight confirmed for {0}</source>
        <translation>تم تأكيد الوزن لـ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1379" />
        <source>Shipped in one box: {0}</source>
        <translation>يُشحن في صندوق واحد: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1420" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation>الإنهاء خلال {0} ث (Esc أو أي مسح يوقفه)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1449" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation>لا شيء للإنهاء: امسح شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1456" />
        <source>Not ready: {0}</source>
        <translation>غير جاهزة: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1465" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation>Self Ship: امسح ملصق شركة الشحن لكل طرد ({0} من {1} لها رقم تتبع{2})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1470" />
        <source>; type the carrier</source>
        <translation>؛ اكتب شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1476" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation>Self Ship: يحتاج كل طرد إلى رقم تتبع خاص به</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1483" />
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1485" />
        <source>Finishing {0}…</source>
        <translation>جارٍ إنهاء {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1509" />
        <source>Label printed · {0}</source>
        <translation>تمت طباعة الملصق · {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1511" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation>تم: طُبع الملصق لـ {0}. امسح الشحنة التالية.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1540" />
        <source>Packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1549" />
        <source>The invoice came as {0}: not shown</source>
        <translation>وصلت الفاتورة بصيغة {0}: لم تُعرض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1555" />
        <source>No invoice to print: finish a shipment first</source>
        <translation>لا توجد فاتورة للطباعة: أنهِ شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1558" />
        <source>Printing the invoice…</source>
        <translation>جارٍ طباعة الفاتورة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1566" />
        <source>Failed: {0}</source>
        <translation>فشل: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1568" />
        <source>Finish failed: {0}</source>
        <translation>فشل الإنهاء: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1584" />
        <source>Choose the shipping option</source>
        <translation>اختر خيار الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1595" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation>لا يزال ملصق {0} ينتظر في قائمة الطباعة: سيُطبع تلقائيًا عندما تصبح الطابعة جاهزة. لطباعته على طابعة أخرى، ألغِه أولًا في الأجهزة والطابعات.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1601" />
        <source>Printing the label again…</source>
        <translation>جارٍ إعادة طباعة الملصق…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1612" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation>طُبع الملصق المنتظر لـ {0}: امسح {0} واضغط F12 لإغلاق الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1620" />
        <source>The waiting label printed: closing {0}…</source>
        <translation>طُبع الملصق المنتظر: جارٍ إغلاق {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1629" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation>لم يُطبع الملصق المنتظر لـ {0} ({1}): اضغط Ctrl+P لإعادة طباعته</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1657" />
        <source>Rejecting {0}…</source>
        <translation>جارٍ رفض {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1661" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation>تم رفض {0}. امسح الشحنة التالية.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1662" />
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1667" />
        <source>Correcting the inventory…</source>
        <translation>جارٍ تصحيح المخزون…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1676" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation>لم يُصحَّح المخزون: {0} صحّحه في صفحة المخزون.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1687" />
        <source>{0} put aside; its scans are kept.</source>
        <translation>وُضعت {0} جانبًا؛ تم الاحتفاظ بعمليات المسح الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1732" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation>ألغى السوق الشحنة {0}.

توقف: أعِد الأصناف إلى مكانها. لم يُطبع شيء.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1737" />
        <source>Cancelled: put the items back</source>
        <translation>ملغاة: أعِد الأصناف إلى مكانها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1738" />
        <source>CANCELLED: put the items back</source>
        <translation>ملغاة: أعِد الأصناف إلى مكانها</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="167" />
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="173" />
        <source>Printer address</source>
        <translation>عنوان الطابعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="176" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="179" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="183" />
        <source>Check status</source>
        <translation>فحص الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="186" />
        <source>Print test label</source>
        <translation>طباعة ملصق اختبار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="190" />
        <location filename="../../packstation/gui/printers_panel.py" line="232" />
        <source>Print queue</source>
        <translation>قائمة الطباعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="201" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="212" />
        <source>Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="214" />
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Asking %s…</source>
        <translation>جارٍ الاستعلام من %s…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="331" />
        <source>Printing a test label on %s…</source>
        <translation>جارٍ طباعة ملصق اختبار على %s…</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="124" />
        <source>Search or scan</source>
        <translation>ابحث أو امسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="126" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation>ابحث أو امسح: شحنة أو طلب أو SKU أو باركود صنف  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="130" />
        <source>All programs</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="131" />
        <source>Easy Ship</source>
        <translation>Easy Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="132" />
        <source>Self Ship</source>
        <translation>Self Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Seller Flex</source>
        <translation>Seller Flex</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="135" />
        <source>Sync (F5)</source>
        <translation>مزامنة (F5)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="135" />
        <source>Sync the queue</source>
        <translation>مزامنة قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="138" />
        <source>Pack (Enter)</source>
        <translation>تعبئة (Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="138" />
        <source>Pack selected</source>
        <translation>تعبئة المحدد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="146" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="156" />
        <source>Why the queue is empty</source>
        <translation>سبب فراغ قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="170" />
        <source>Shipment queue</source>
        <translation>قائمة انتظار الشحنات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue columns (click to sort)</source>
        <translation>أعمدة قائمة الانتظار (انقر للفرز)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="187" />
        <source>Queue rows</source>
        <translation>صفوف قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue counts</source>
        <translation>إحصاءات قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Queue sync state</source>
        <translation>حالة مزامنة قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="209" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="259" />
        <source>The bench could not start: {0}</source>
        <translation>تعذّر بدء المحطة: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="377" />
        <source>To pack</source>
        <translation>للتعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="378" />
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="379" />
        <source>Labelled</source>
        <translation>تم وضع الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="380" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="388" />
        <source>{0} shipments · {1} to pack · {2} high priority</source>
        <translation>الشحنات: {0} · للتعبئة: {1} · أولوية عالية: {2}</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="206" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="207" />
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="208" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="209" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="210" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="211" />
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="212" />
        <source>Ship by</source>
        <translation>الشحن قبل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="213" />
        <source>Pickup</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="214" />
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="38" />
        <source>Easy Ship</source>
        <translation>Easy Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="39" />
        <source>Self Ship</source>
        <translation>Self Ship</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="40" />
        <source>Seller Flex</source>
        <translation>Seller Flex</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="297" />
        <source>HIGH</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="297" />
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="314" />
        <source>now, ends in {0}</source>
        <translation>الآن، ينتهي خلال {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>GIFT</source>
        <translation>هدية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>S/N</source>
        <translation>رقم تسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>{0} min</source>
        <translation>{0} د</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="328" />
        <source>{0} h {1:02d}</source>
        <translation>{0} س {1:02d}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="329" />
        <source>{0} d</source>
        <translation>{0} ي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="337" />
        <source>late {0}</source>
        <translation>متأخر {0}</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="82" />
        <source>Reject shipment {0}</source>
        <translation>رفض الشحنة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="83" />
        <source>Reject shipment</source>
        <translation>رفض الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="85" />
        <location filename="../../packstation/gui/pages/pack.py" line="88" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="86" />
        <source>Out of stock</source>
        <translation>نفد من المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="87" />
        <source>Customer requested</source>
        <translation>بطلب من العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="90" />
        <source>Units to reject:</source>
        <translation>الوحدات المراد رفضها:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="95" />
        <source>Units of {0} to reject</source>
        <translation>وحدات {0} المراد رفضها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="104" />
        <location filename="../../packstation/gui/pages/pack.py" line="106" />
        <source>Correct the inventory at Amazon</source>
        <translation>تصحيح المخزون لدى Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="112" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation>الوحدات المتبقية على الرف لكل SKU (قابلة للبيع):</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="119" />
        <source>Units of {0} on the shelf</source>
        <translation>وحدات {0} على الرف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <location filename="../../packstation/gui/pages/pack.py" line="133" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="137" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="114" />
        <source>Scan RMA or reverse tracking id</source>
        <translation>امسح RMA أو رقم تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="117" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation>امسح أو اكتب RMA أو رقم تتبع الإرجاع أو رقم المرتجع، ثم Enter</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="121" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="121" />
        <source>Open the return</source>
        <translation>فتح المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="128" />
        <location filename="../../packstation/gui/pages/returns.py" line="202" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="129" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="132" />
        <location filename="../../packstation/gui/pages/returns.py" line="133" />
        <source>RMA id</source>
        <translation>رقم RMA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="135" />
        <location filename="../../packstation/gui/pages/returns.py" line="137" />
        <source>Reverse tracking id</source>
        <translation>رقم تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="139" />
        <location filename="../../packstation/gui/pages/returns.py" line="144" />
        <source>Created since</source>
        <translation>تاريخ الإنشاء من</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <source>Filter by creation date</source>
        <translation>تصفية حسب تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="147" />
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <source>Updated since</source>
        <translation>تاريخ التحديث من</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="149" />
        <source>Filter by update date</source>
        <translation>تصفية حسب تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <source>Search returns</source>
        <translation>البحث في المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="178" />
        <source>Returns and detail</source>
        <translation>المرتجعات والتفاصيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="180" />
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="190" />
        <source>Return rows</source>
        <translation>صفوف المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Return columns</source>
        <translation>أعمدة المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="197" />
        <location filename="../../packstation/gui/pages/returns.py" line="201" />
        <source>Return</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="205" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="206" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="207" />
        <source>Reverse tracking</source>
        <translation>تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="208" />
        <source>Inspection</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Inspection outcome</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Units inspected</source>
        <translation>الوحدات المفحوصة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="222" />
        <source>Inspection note</source>
        <translation>ملاحظة الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="223" />
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="224" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="225" />
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="226" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <location filename="../../packstation/gui/pages/returns.py" line="231" />
        <source>Record inspection</source>
        <translation>تسجيل الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="234" />
        <source>Restock</source>
        <translation>إعادة إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="234" />
        <source>Restock units</source>
        <translation>إعادة الوحدات إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Print tag</source>
        <translation>طباعة العلامة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <source>Return detail</source>
        <translation>تفاصيل المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="258" />
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="258" />
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="260" />
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="261" />
        <source>Returns state</source>
        <translation>حالة المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="262" />
        <location filename="../../packstation/gui/pages/returns.py" line="328" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="330" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="395" />
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n مرتجع</numerusform>
            <numerusform>%n مرتجع</numerusform>
            <numerusform>%n مرتجعان</numerusform>
            <numerusform>%n مرتجعات</numerusform>
            <numerusform>%n مرتجعًا</numerusform>
            <numerusform>%n مرتجع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="398" />
        <source>Empty page; more on the next page</source>
        <translation>صفحة فارغة؛ المزيد في الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="400" />
        <source>No returns match</source>
        <translation>لا توجد مرتجعات مطابقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="405" />
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="425" />
        <source>No return for %1: check the code or search by filters</source>
        <translation>لا يوجد مرتجع لـ %1: تحقق من الرمز أو ابحث باستخدام عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="435" />
        <source>Return %1 open</source>
        <translation>المرتجع %1 مفتوح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="480" />
        <source>not inspected</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="509" />
        <source>Inspection recorded: %1</source>
        <translation>تم تسجيل الفحص: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="523" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation>أُعيد %1 × %2 إلى المخزون: لدى Amazon الآن %3</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="538" />
        <source>Restocked</source>
        <translation>أُعيد إلى المخزون</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="543" />
        <source>Restocked %n unit(s)</source>
        <translation>
            <numerusform>تمت إعادة %n وحدة إلى المخزون</numerusform>
            <numerusform>تمت إعادة %n وحدة إلى المخزون</numerusform>
            <numerusform>تمت إعادة %n وحدتين إلى المخزون</numerusform>
            <numerusform>تمت إعادة %n وحدات إلى المخزون</numerusform>
            <numerusform>تمت إعادة %n وحدةً إلى المخزون</numerusform>
            <numerusform>تمت إعادة %n وحدة إلى المخزون</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="553" />
        <source>Return tag printed</source>
        <translation>تمت طباعة علامة المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="556" />
        <source>Return tag: %1</source>
        <translation>علامة المرتجع: %1</translation>
    </message>
</context>
<context>
    <name>ScalesPanel</name>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="73" />
        <source>Scales and scanners</source>
        <translation>الموازين والماسحات الضوئية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="88" />
        <source>Scale</source>
        <extracomment>the bench's own scale is shown (the runtime owns it: never stopped from here)</extracomment>
        <translation>الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="90" />
        <source>Scale port or address</source>
        <translation>منفذ الميزان أو عنوانه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="94" />
        <source>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID</source>
        <translation>COM3، /dev/ttyUSB0، socket://127.0.0.1:PORT أو hid://VID:PID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="97" />
        <source>Scale protocol</source>
        <translation>بروتوكول الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="102" />
        <source>Unit shown</source>
        <translation>الوحدة المعروضة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="108" />
        <source>Find ports</source>
        <translation>البحث عن المنافذ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <location filename="../../packstation/gui/scales_panel.py" line="344" />
        <source>Connect</source>
        <translation>توصيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <source>Connect scale</source>
        <translation>توصيل الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero</source>
        <translation>تصفير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero the scale</source>
        <translation>تصفير الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="122" />
        <location filename="../../packstation/gui/scales_panel.py" line="130" />
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="124" />
        <source>Scale state</source>
        <translation>حالة الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="125" />
        <source>Scale statistics</source>
        <translation>إحصاءات الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="126" />
        <source>Port or address</source>
        <translation>المنفذ أو العنوان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="127" />
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="128" />
        <source>Show in</source>
        <translation>العرض بـ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="131" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="137" />
        <source>Virtual scale (sandbox)</source>
        <translation>ميزان افتراضي (بيئة الاختبار)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="141" />
        <source>Weight to put on the scale</source>
        <translation>الوزن المراد وضعه على الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="149" />
        <source>Put a box on</source>
        <translation>وضع صندوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="152" />
        <source>Take it off</source>
        <translation>إزالته</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="163" />
        <source>Scan here</source>
        <translation>امسح هنا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="166" />
        <source>Scan or type a code to test</source>
        <translation>امسح رمزًا أو اكتبه للاختبار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="168" />
        <source>Scan a barcode (or type one and press Enter)</source>
        <translation>امسح باركود (أو اكتبه واضغط Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="170" />
        <source>Classified scans</source>
        <translation>عمليات المسح المصنّفة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="213" />
        <source>virtual scale ({0})</source>
        <translation>ميزان افتراضي ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="218" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation>ميزان المحطة: غيّره في الإعدادات (scale.url)، ثم أعد التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="249" />
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="270" />
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="333" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation>القراءات {0}، الإطارات المتخطاة {1}، إعادات الاتصال {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="344" />
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="36" />
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="38" />
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <source>Profile</source>
        <translation>ملف التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="39" />
        <source>Sandbox (built-in marketplace)</source>
        <translation>بيئة الاختبار (سوق مدمج)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="40" />
        <source>Production (Amazon)</source>
        <translation>الإنتاج (Amazon)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <location filename="../../packstation/gui/pages/settings.py" line="43" />
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="46" />
        <source>Amazon connection (production profile)</source>
        <translation>الاتصال بـ Amazon (ملف الإنتاج)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="48" />
        <location filename="../../packstation/gui/pages/settings.py" line="60" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="51" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Marketplace id</source>
        <translation>معرّف السوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Location id</source>
        <translation>معرّف الموقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>LWA client id</source>
        <translation>معرّف عميل LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client secret</source>
        <translation>سر عميل LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA refresh token</source>
        <translation>رمز تحديث LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="58" />
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="69" />
        <source>Database and folders</source>
        <translation>قاعدة البيانات والمجلدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="71" />
        <source>Shared database URL</source>
        <translation>عنوان URL لقاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>empty: this station's own SQLite file</source>
        <translation>فارغ: ملف SQLite الخاص بهذه المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>Shared database</source>
        <translation>قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="76" />
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Log folder</source>
        <translation>مجلد السجلات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="88" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="126" />
        <source>stored</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="126" />
        <source>not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="129" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation>سر العميل: {0}؛ رمز التحديث: {1} (في سلسلة مفاتيح نظام التشغيل)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="135" />
        <source>Keyring unavailable: {0}</source>
        <translation>سلسلة المفاتيح غير متاحة: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="148" />
        <location filename="../../packstation/gui/pages/settings.py" line="178" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="155" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="172" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation>تم الحفظ في {0}. يسري تغيير ملف التشغيل عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="172" />
        <source>Shipping option for {0}</source>
        <translation>خيار الشحن لـ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="173" />
        <source>Choose a shipping option</source>
        <translation>اختر خيار شحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="177" />
        <source>Choose how this shipment leaves:</source>
        <translation>اختر طريقة مغادرة هذه الشحنة:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="178" />
        <source>Shipping options</source>
        <translation>خيارات الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="184" />
        <source>(recommended)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="195" />
        <location filename="../../packstation/gui/pages/pack.py" line="196" />
        <source>Use this option</source>
        <translation>استخدام هذا الخيار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="201" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>picked up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="216" />
        <source>drop off</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="217" />
        <source>window</source>
        <translation>فترة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="220" />
        <source>{0}: {1} {2} {3}–{4}</source>
        <translation>{0}: {1} {2} {3}–{4}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="48" />
        <location filename="../../packstation/gui/sign_in.py" line="49" />
        <source>Sign in</source>
        <extracomment>the bench's packer while nobody is signed in</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="52" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation>امسح بطاقتك أو اكتب اسمك. تحتاج البطاقة الجديدة إلى اسمك مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="56" />
        <location filename="../../packstation/gui/sign_in.py" line="58" />
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="57" />
        <location filename="../../packstation/gui/sign_in.py" line="59" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="135" />
        <source>Packer sign-in</source>
        <translation>تسجيل دخول المعبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="144" />
        <source>Signed-in packer</source>
        <translation>المعبّئ المسجّل دخوله</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="146" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="149" />
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="172" />
        <source>{0} at {1}</source>
        <translation>{0} في {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="174" />
        <source>Signed in at station {0}</source>
        <translation>تم تسجيل الدخول في المحطة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="177" />
        <source>Nobody signed in at {0}</source>
        <translation>لا أحد مسجّل الدخول في {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="260" />
        <source>Sign-in waits for the database to start</source>
        <translation>تسجيل الدخول ينتظر بدء قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="277" />
        <source>New badge: type your name</source>
        <translation>بطاقة جديدة: اكتب اسمك</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="307" />
        <source>The database has not started yet</source>
        <translation>لم تبدأ قاعدة البيانات بعد</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1087" />
        <source>stable</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1088" />
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1089" />
        <source>settling</source>
        <translation>يستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1090" />
        <source>overload</source>
        <translation>حمل زائد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1091" />
        <source>under zero</source>
        <translation>أقل من الصفر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1092" />
        <source>disconnected: type weights (F4)</source>
        <translation>غير متصل: أدخل الأوزان يدويًا (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1102" />
        <source>Scale: {0} {1}</source>
        <translation>الميزان: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1104" />
        <source>Scale: {0}</source>
        <translation>الميزان: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/bench_controller.py" line="1110" />
        <source>Printer: {0}</source>
        <translation>الطابعة: {0}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="110" />
        <source>Dashboard</source>
        <extracomment>window key -&gt; (label, hours back; 0 = since local midnight)</extracomment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="27" />
        <source>Devices &amp; Printers</source>
        <translation>الأجهزة والطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="99" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="253" />
        <source>Pack</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="110" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="95" />
        <source>Returns</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="28" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
</TS>