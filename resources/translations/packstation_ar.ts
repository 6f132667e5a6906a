<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="97" />
        <location filename="../../packstation/gui/sign_in.py" line="98" />
        <source>Add packer</source>
        <translation>إضافة معبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="100" />
        <location filename="../../packstation/gui/sign_in.py" line="102" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="101" />
        <location filename="../../packstation/gui/sign_in.py" line="103" />
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="71" />
        <source>No data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="36" />
        <source>Today</source>
        <extracomment>window key -&gt; (label, marked for lupdate and translated where shown; hours back; 0 = since local midnight)</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="37" />
        <source>Last 8 hours</source>
        <translation>آخر 8 ساعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="38" />
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="39" />
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="146" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="158" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <source>Figures over</source>
        <translation>الأرقام خلال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="162" />
        <source>Today's pickup</source>
        <translation>موعد الاستلام اليوم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="166" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="169" />
        <source>Export audit CSV…</source>
        <translation>تصدير سجل التدقيق CSV…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="171" />
        <source>Export audit CSV</source>
        <translation>تصدير سجل التدقيق CSV</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer…</source>
        <translation>إضافة معبّئ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer</source>
        <translation>إضافة معبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Pickup at</source>
        <translation>الاستلام في</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="194" />
        <source>Orders shipped</source>
        <translation>الطلبات المشحونة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="195" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="206" />
        <source>Orders per hour</source>
        <translation>طلبات في الساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="196" />
        <source>Items per hour</source>
        <translation>أصناف في الساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="197" />
        <source>Scan errors caught</source>
        <translation>أخطاء المسح المكتشفة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="198" />
        <source>Waiting on the system</source>
        <translation>انتظار النظام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="199" />
        <source>SLA misses</source>
        <translation>تجاوزات مهلة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <source>Per packer</source>
        <translation>حسب المعبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>orders/h</source>
        <translation>طلبات/ساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>Per station</source>
        <translation>حسب المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>Per program</source>
        <translation>حسب البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>orders</source>
        <translation>طلبات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="225" />
        <source>Dashboard status</source>
        <translation>حالة لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="277" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="399" />
        <source>Waiting for the station's database to start…</source>
        <translation>في انتظار بدء قاعدة بيانات المحطة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="285" />
        <source>Reading the audit log…</source>
        <translation>جارٍ قراءة سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="306" />
        <source>Could not read the figures: {0}</source>
        <translation>تعذّرت قراءة الأرقام: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="316" />
        <source>{0} items · {1} not finished</source>
        <translation>الأصناف: {0} · غير منتهية: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="322" />
        <source>per active hour ({0} h)</source>
        <translation>لكل ساعة عمل ({0} س)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="324" />
        <source>per active hour</source>
        <translation>لكل ساعة عمل</translation>
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
        <translation>{0} ث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="345" />
        <source>per finish · {0} min in all</source>
        <translation>لكل إنهاء · {0} د إجمالًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="347" />
        <source>shipped late</source>
        <translation>شُحنت متأخرة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="364" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation>آخر تحديث {0} · المعبّئون: {1} · المحطات: {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="376" />
        <source>No open orders due for today's {0} pickup</source>
        <translation>لا طلبات مفتوحة مستحقة لاستلام اليوم الساعة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="378" />
        <source>{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h</source>
        <translation>{0} من {1} طلبات مفتوحة ستفوت استلام اليوم الساعة {2} بالوتيرة الحالية {3}/ساعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>Export audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="406" />
        <source>Exported {0} audit records to {1}</source>
        <translation>تم تصدير سجلات التدقيق ({0}) إلى {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="411" />
        <source>Export failed: {0}</source>
        <translation>فشل التصدير: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="30" />
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="35" />
        <source>Scales and scanners</source>
        <translation>الموازين والماسحات الضوئية</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="86" />
        <source>sellable</source>
        <translation>قابل للبيع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="87" />
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="88" />
        <source>wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="97" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation>محو</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="126" />
        <location filename="../../packstation/gui/pages/inventory.py" line="151" />
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="129" />
        <location filename="../../packstation/gui/pages/inventory.py" line="130" />
        <source>Find SKU</source>
        <translation>بحث عن SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import CSV</source>
        <translation>استيراد CSV</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Push changed</source>
        <translation>إرسال التغييرات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Retry refused items</source>
        <translation>إعادة محاولة الأصناف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="144" />
        <source>Fetch</source>
        <translation>جلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Fetch quantities from Amazon</source>
        <translation>جلب الكميات من Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="162" />
        <source>SKU to set</source>
        <translation>SKU المراد ضبطه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="163" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="165" />
        <source>Absolute quantity</source>
        <translation>الكمية المطلقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="171" />
        <source>Set quantity</source>
        <translation>ضبط الكمية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="174" />
        <location filename="../../packstation/gui/pages/inventory.py" line="178" />
        <source>Low-stock threshold</source>
        <translation>حد المخزون المنخفض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="177" />
        <source>low under </source>
        <translation>منخفض تحت </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="187" />
        <source>Inventory positions</source>
        <translation>أرصدة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="204" />
        <source>Inventory rows</source>
        <translation>صفوف المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="206" />
        <source>Inventory columns</source>
        <translation>أعمدة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="215" />
        <source>Import and push problems</source>
        <translation>مشاكل الاستيراد والإرسال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="222" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation>تطبيق الصفوف الصالحة، وتخطي غير الصالحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="224" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation>تطبيق الصفوف الصالحة وتخطي غير الصالحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="227" />
        <location filename="../../packstation/gui/pages/inventory.py" line="229" />
        <source>Discard the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="240" />
        <source>Inventory counts</source>
        <translation>إحصاءات المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="242" />
        <source>Inventory state</source>
        <translation>حالة المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="243" />
        <location filename="../../packstation/gui/pages/inventory.py" line="304" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="330" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="370" />
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
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
        <location filename="../../packstation/gui/pages/inventory.py" line="394" />
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
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="409" />
        <source>%1 set to %2; push to send it</source>
        <translation>تم ضبط %1 على %2؛ أرسل التغييرات لإرساله</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="435" />
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
        <location filename="../../packstation/gui/pages/inventory.py" line="437" />
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
        <location filename="../../packstation/gui/pages/inventory.py" line="440" />
        <source>Skipped: %1</source>
        <translation>تم التخطي: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="495" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation>لا توجد SKU لجلبها: اضبط الكميات أو استوردها أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="514" />
        <source>Type or scan a SKU first</source>
        <translation>اكتب SKU أو امسحه أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>Import stock CSV</source>
        <translation>استيراد ملف CSV للمخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="541" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation>SKU: %1 · للإرسال: %2 · مخزون منخفض: %3</translation>
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
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="46" />
        <source>Sellable</source>
        <translation>قابل للبيع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="47" />
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="48" />
        <source>Last pushed</source>
        <translation>آخر ما أُرسل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="49" />
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="50" />
        <source>Pushed at</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="51" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="87" />
        <source>refused: {0}</source>
        <translation>مرفوض: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="92" />
        <source>to push</source>
        <translation>للإرسال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="94" />
        <source>low stock</source>
        <translation>مخزون منخفض</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <location filename="../../packstation/gui/invoice_view.py" line="233" />
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
        <location filename="../../packstation/gui/invoice_view.py" line="83" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation>المستند المعروض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print invoice</source>
        <translation>طباعة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="91" />
        <location filename="../../packstation/gui/invoice_view.py" line="300" />
        <source>Send the invoice to the document printer</source>
        <translation>إرسال الفاتورة إلى طابعة المستندات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="106" />
        <source>Invoice status</source>
        <translation>حالة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="111" />
        <source>Invoice document</source>
        <translation>مستند الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="117" />
        <location filename="../../packstation/gui/invoice_view.py" line="121" />
        <source>Invoice image</source>
        <translation>صورة الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="188" />
        <source>No invoice for this shipment</source>
        <translation>لا توجد فاتورة لهذه الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The packing slip could not be shown</source>
        <translation>تعذّر عرض قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="225" />
        <source>The invoice could not be shown</source>
        <translation>تعذّر عرض الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Invoice + slip</source>
        <translation>الفاتورة + القسيمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print slip</source>
        <translation>طباعة القسيمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="298" />
        <source>Send the packing slip to the document printer</source>
        <translation>إرسال قسيمة التعبئة إلى طابعة المستندات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="308" />
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="125" />
        <source>Label preview</source>
        <translation>معاينة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="140" />
        <source>Print a test label or choose a print job to see its label here.</source>
        <extracomment>the last preview shown (None before the first)</extracomment>
        <translation>اطبع ملصقًا تجريبيًا أو اختر مهمة طباعة لترى ملصقها هنا.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="196" />
        <location filename="../../packstation/gui/printers_panel.py" line="215" />
        <source>The label cannot be shown: %s</source>
        <translation>لا يمكن عرض الملصق: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/printers_panel.py" line="205" />
        <source>the first of %n labels</source>
        <translation>
            <numerusform>الأول من %n ملصقات</numerusform>
            <numerusform>الملصق الوحيد</numerusform>
            <numerusform>الأول من ملصقين</numerusform>
            <numerusform>الأول من %n ملصقات</numerusform>
            <numerusform>الأول من %n ملصقًا</numerusform>
            <numerusform>الأول من %n ملصق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Rendering…</source>
        <translation>جارٍ التجهيز…</translation>
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
        <translation>النافذة الرئيسية لـ Packstation</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="61" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="62" />
        <source>Pack</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="63" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="64" />
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="65" />
        <source>Devices &amp; Printers</source>
        <translation>الأجهزة والطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="66" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="67" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="85" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="114" />
        <source>Profile</source>
        <translation>ملف التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="116" />
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="117" />
        <source>Label printer</source>
        <translation>طابعة الملصقات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="118" />
        <source>Scale</source>
        <translation>الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="119" />
        <source>Printer: not checked</source>
        <translation>الطابعة: لم تُفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="120" />
        <source>Scale: none</source>
        <translation>الميزان: لا يوجد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="134" />
        <source>SANDBOX</source>
        <translation>بيئة الاختبار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="136" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation>سوق الاختبار المدمج: لا يُرسل أي شيء إلى Amazon.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="141" />
        <source>AMAZON {0}</source>
        <translation>AMAZON {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="142" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation>متصل بـ Selling Partner API من Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="146" />
        <source>Station {0}</source>
        <translation>المحطة {0}</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="186" />
        <source>Not connected to the marketplace yet.</source>
        <extracomment>Self Ship: (carrier, the tracking id of a one-package shipment or one per package id) How long a finish waits for the packer to choose a shipping option before it stops. the write-ahead scan log's bookkeeping (GUI thread only), for the holder's runtime labels a finish left waiting in the spool: shipment id -&gt; spool job ids</extracomment>
        <translation>لم يتم الاتصال بالسوق بعد.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="294" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation>لم تُطبع قسيمة التعبئة لـ {0}: لا توجد طابعة لها. اضبط printers.slip في الإعدادات (طابعة مستندات cups://queue أو طابعة إيصالات escpos://host:9100)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="299" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation>لم تُطبع فاتورة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="300" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation>لم تُطبع قسيمة التعبئة لـ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="336" />
        <location filename="../../packstation/gui/pack_controller.py" line="387" />
        <source>Printed for {0}: {1}</source>
        <translation>تمت الطباعة لـ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="346" />
        <location filename="../../packstation/gui/pack_controller.py" line="390" />
        <source>Documents of {0} not printed: {1}</source>
        <translation>لم تُطبع مستندات {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="362" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation>لا توجد طابعة لقسيمة التعبئة: اضبط printers.slip (cups://queue) أو printers.invoice في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="369" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation>لا توجد طابعة للفواتير: اضبطها في الإعدادات (printers.invoice)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="579" />
        <location filename="../../packstation/gui/pack_controller.py" line="651" />
        <location filename="../../packstation/gui/pack_controller.py" line="674" />
        <location filename="../../packstation/gui/pack_controller.py" line="701" />
        <source>Not connected to the marketplace.</source>
        <translation>غير متصل بالسوق.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="640" />
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="685" />
        <source>Inventory corrected: {0}</source>
        <translation>تم تصحيح المخزون: {0}</translation>
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
        <location filename="../../packstation/gui/pages/pack.py" line="94" />
        <source>Confirm shipment</source>
        <extracomment>the packer's title of each step of services.workflow.FinishStep (English; translated when shown)</extracomment>
        <translation>تأكيد الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="95" />
        <source>Create packages</source>
        <translation>إنشاء الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="96" />
        <source>Shipping options</source>
        <translation>خيارات الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="97" />
        <location filename="../../packstation/gui/pages/pack.py" line="547" />
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="98" />
        <source>Generate label</source>
        <translation>إنشاء الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="99" />
        <source>Download label</source>
        <translation>تنزيل الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="100" />
        <source>Print label</source>
        <translation>طباعة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="101" />
        <source>Mark shipped</source>
        <translation>تعيين كمشحونة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="102" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="348" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation>الطرود والإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="360" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="363" />
        <source>Packing cues</source>
        <translation>تنبيهات التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="372" />
        <source>Scan field</source>
        <translation>حقل المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="373" />
        <source>Scan item, serial, shipment or action</source>
        <translation>امسح صنفًا أو رقمًا تسلسليًا أو شحنة أو إجراءً</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="379" />
        <source>Scan result</source>
        <translation>نتيجة المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Shipment lines</source>
        <translation>بنود الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="396" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="397" />
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="417" />
        <source>Scan counters</source>
        <translation>عدادات المسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="421" />
        <source>Packages</source>
        <translation>الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="424" />
        <source>Package</source>
        <translation>الطرد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="426" />
        <source>New package (F6)</source>
        <translation>طرد جديد (F6)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="428" />
        <source>New package</source>
        <translation>طرد جديد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="430" />
        <source>Box preset</source>
        <translation>مقاس صندوق محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>Use recommended</source>
        <translation>استخدام المقترح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="434" />
        <source>Use Amazon's recommended packages</source>
        <translation>استخدام الطرود التي يقترحها Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>Length in cm</source>
        <translation>الطول بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>L cm</source>
        <translation>الطول cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Width in cm</source>
        <translation>العرض بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>W cm</source>
        <translation>العرض cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Height in cm</source>
        <translation>الارتفاع بـ cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>H cm</source>
        <translation>الارتفاع cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>Weight in kg</source>
        <translation>الوزن بـ kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="449" />
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Package contents</source>
        <translation>محتويات الطرد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="467" />
        <source>L × W × H (cm)</source>
        <translation>الطول × العرض × الارتفاع (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="469" />
        <source>Weight (kg)</source>
        <translation>الوزن (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="479" />
        <source>Self Ship: your carrier</source>
        <translation>Self Ship: شركة الشحن الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="482" />
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="485" />
        <source>Tracking id</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="486" />
        <source>one per package, in package order</source>
        <translation>رقم لكل طرد، بترتيب الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="488" />
        <source>carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="489" />
        <source>tracking id: scan the carrier's label</source>
        <translation>رقم التتبع: امسح ملصق شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish (F12)</source>
        <translation>إنهاء (F12)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="504" />
        <source>Reprint (Ctrl+P)</source>
        <translation>إعادة الطباعة (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="506" />
        <source>Reprint label</source>
        <translation>إعادة طباعة الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject shipment</source>
        <translation>رفض الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="512" />
        <source>Put aside</source>
        <translation>وضع جانبًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="520" />
        <source>Finish state</source>
        <translation>حالة الإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="522" />
        <source>Inventory correction</source>
        <translation>تصحيح المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="526" />
        <source>Finish steps</source>
        <translation>خطوات الإنهاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="542" />
        <source>Finish steps and invoice</source>
        <translation>خطوات الإنهاء والفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="546" />
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="556" />
        <location filename="../../packstation/gui/pages/pack.py" line="557" />
        <source>Shipment cancelled</source>
        <translation>أُلغيت الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="638" />
        <source>Label for {0} printed again</source>
        <extracomment>what each button and field does, so the state table says when it is on</extracomment>
        <translation>تمت إعادة طباعة ملصق {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="690" />
        <source>Opening {0}…</source>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="739" />
        <source>Scan the items of {0}</source>
        <translation>امسح أصناف {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="752" />
        <location filename="../../packstation/gui/pages/pack.py" line="1625" />
        <source>Packing</source>
        <translation>قيد التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="776" />
        <source>Cannot open {0}: {1}</source>
        <translation>تعذّر فتح {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="778" />
        <source>{0} is put aside: scan it to go on packing it.</source>
        <translation>وُضعت {0} جانبًا: امسحها لمتابعة تعبئتها.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="784" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation>لا تغليف هدايا ولا مواد خطرة ولا أصناف قابلة للكسر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="797" />
        <source>gift wrap {0}: {1}</source>
        <translation>تغليف هدايا {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="798" />
        <source>gift wrap {0}</source>
        <translation>تغليف هدايا {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="801" />
        <source>gift message: {0}</source>
        <translation>رسالة هدية: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="802" />
        <source>gift message</source>
        <translation>رسالة هدية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="805" />
        <source>hazmat {0}: apply {1}</source>
        <translation>مواد خطرة {0}: ألصق {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="806" />
        <source>hazmat {0}: apply the hazmat label</source>
        <translation>مواد خطرة {0}: ألصق ملصق المواد الخطرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="809" />
        <source>{0} ships in %n piece(s): one package per piece</source>
        <translation>
            <numerusform>{0} يُشحن في %n قطعة: طرد لكل قطعة</numerusform>
            <numerusform>{0} يُشحن في قطعة واحدة: طرد لكل قطعة</numerusform>
            <numerusform>{0} يُشحن في قطعتين: طرد لكل قطعة</numerusform>
            <numerusform>{0} يُشحن في %n قطع: طرد لكل قطعة</numerusform>
            <numerusform>{0} يُشحن في %n قطعة: طرد لكل قطعة</numerusform>
            <numerusform>{0} يُشحن في %n قطعة: طرد لكل قطعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="812" />
        <source>scan the serial of each {0}</source>
        <translation>امسح الرقم التسلسلي لكل {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="814" />
        <source>{0} is fragile</source>
        <translation>{0} قابل للكسر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="816" />
        <source>cash on delivery</source>
        <translation>الدفع عند الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="818" />
        <source>put the packing slip in the box</source>
        <translation>ضع قسيمة التعبئة في الصندوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="832" />
        <source>No shipment open</source>
        <translation>لا توجد شحنة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="842" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation>{0} · {1} · الطلب {2}{3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="846" />
        <source> · HIGH PRIORITY</source>
        <translation> · أولوية عالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="880" />
        <source>Box preset…</source>
        <translation>مقاس صندوق محفوظ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="888" />
        <source>— kg</source>
        <translation>— kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="913" />
        <source>Package {0} of {1}</source>
        <translation>الطرد {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="951" />
        <source>{0}: {1} of {2} pieces</source>
        <translation>{0}: {1} من {2} قطعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="957" />
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="958" />
        <source>In this package: {0}</source>
        <translation>في هذا الطرد: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="975" />
        <source>scale settling…</source>
        <translation>الميزان يستقر…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="977" />
        <source>weigh the box (F4: type)</source>
        <translation>زِن الصندوق (F4: إدخال يدوي)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="979" />
        <source>type the weight (F4)</source>
        <translation>أدخل الوزن (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="983" />
        <source>scale</source>
        <translation>الميزان</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="984" />
        <source>typed</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="985" />
        <source>scanned</source>
        <translation>بالمسح</translation>
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
        <translation>المتوقع {0} kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1026" />
        <source>Wait: the shipment is being finished</source>
        <translation>انتظر: جارٍ إنهاء الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1038" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation>{0} شحنة أخرى: أنهِ {1} أو ضعها جانبًا أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1078" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation>تم التحقق من الملصق: {0} على صندوق {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1095" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation>ملصق خاطئ: {0} هو ملصق الشحنة {1} وليس {2}: انزعه عن هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1100" />
        <source>Label checked: {0} is {1}'s</source>
        <translation>تم التحقق من الملصق: {0} يخص {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1120" />
        <source>TRACKING REFUSED: {0}</source>
        <translation>رُفض رقم التتبع: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1126" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation>رقم التتبع {0} ({1}) للطرد {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1128" />
        <source>carrier not known: type it</source>
        <translation>شركة الشحن غير معروفة: اكتبها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1150" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation>رُفض رقم التتبع: {0} موجود بالفعل على الشحنة {1}: امسح ملصق هذا الصندوق نفسه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1207" />
        <source>WRONG ITEM</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1208" />
        <source>TOO MANY</source>
        <translation>كمية زائدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1209" />
        <source>UNKNOWN BARCODE</source>
        <translation>باركود غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1210" />
        <source>BAD SERIAL</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1211" />
        <source>SERIAL ALREADY USED</source>
        <translation>الرقم التسلسلي مستخدم مسبقًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1212" />
        <source>SCAN THE SERIAL</source>
        <translation>امسح الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1213" />
        <source>CANCELLED</source>
        <translation>الشحنة ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1214" />
        <source>CANNOT PACK</source>
        <translation>لا يمكن التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1302" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation>{0} ليس شحنة أو طلبًا أو صنفًا في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1315" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation>اكتملت {0}: طُبع {1} من الملصقات في هذه المحطة ولم يتبقَّ شيء (خرجت من قائمة الانتظار)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1339" />
        <source>Unknown action barcode {0}</source>
        <translation>باركود إجراء غير معروف {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1367" />
        <source>Scanned {0} of {1}</source>
        <translation>تم مسح {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1370" />
        <source>pieces {0} of {1}</source>
        <translation>القطع {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1376" />
        <source>wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1377" />
        <source>too many</source>
        <translation>كمية زائدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1378" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1379" />
        <source>bad serial</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1380" />
        <source>serial used</source>
        <translation>رقم تسلسلي مستخدم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1381" />
        <source>serial expected</source>
        <translation>رقم تسلسلي مطلوب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1382" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1383" />
        <source>cannot pack</source>
        <translation>لا يمكن التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1388" />
        <source>refused {0} ({1})</source>
        <translation>مرفوض {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1430" />
        <source>Package {0}: scan its items</source>
        <translation>الطرد {0}: امسح أصنافه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1456" />
        <source>No box preset {0}</source>
        <translation>لا يوجد مقاس صندوق محفوظ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1271" />
        <location filename="../../packstation/gui/pages/pack.py" line="1459" />
        <source>Box {0}</source>
        <translation>صندوق {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1216" />
        <source>REFUSED</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1225" />
        <source>{0} is not in this shipment: put it aside</source>
        <translation>{0} ليس في هذه الشحنة: ضعه جانبًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1229" />
        <source>{0}: all %n piece(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: تم مسح %n قطعة مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح القطعة الوحيدة مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح القطعتين مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع القطع الـ %n مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع القطع الـ %n مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع القطع الـ %n مسبقًا - أخرج هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1232" />
        <source>{0}: all %n unit(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: تم مسح %n وحدة مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح الوحدة الوحيدة مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح الوحدتين مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع الوحدات الـ %n مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع الوحدات الـ %n مسبقًا - أخرج هذه</numerusform>
            <numerusform>{0}: تم مسح جميع الوحدات الـ %n مسبقًا - أخرج هذه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1235" />
        <source>unknown barcode {0}: scan the item's barcode</source>
        <translation>باركود غير معروف {0}: امسح باركود الصنف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1238" />
        <source>IMEI {0} fails its check digit: scan it again</source>
        <translation>رقم التحقق في IMEI {0} غير صحيح: امسحه مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1241" />
        <source>{0} is a product barcode, not a serial number: scan the serial label</source>
        <translation>{0} باركود منتج وليس رقمًا تسلسليًا: امسح ملصق الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1244" />
        <source>{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label</source>
        <translation>{0} ليس رقمًا تسلسليًا (4-64 حرفًا أو رقمًا أو - / .): امسح ملصق الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1249" />
        <source>serial {0} is already recorded for shipment {1}: scan the serial of the item in hand</source>
        <translation>الرقم التسلسلي {0} مسجل مسبقًا للشحنة {1}: امسح الرقم التسلسلي للصنف الذي في يدك</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1253" />
        <source>serial {0} was already scanned for {1}: scan this unit's serial</source>
        <translation>تم مسح الرقم التسلسلي {0} مسبقًا لـ {1}: امسح الرقم التسلسلي لهذه الوحدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1257" />
        <source>scan the serial number of the {0} just scanned before the next item</source>
        <translation>امسح الرقم التسلسلي لـ {0} الذي مسحته للتو قبل الصنف التالي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1260" />
        <source>the marketplace cancelled this shipment: put the items back</source>
        <translation>ألغى السوق هذه الشحنة: أعِد الأصناف إلى مكانها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1262" />
        <source>this item cannot be packed at the bench: put it aside</source>
        <translation>لا يمكن تعبئة هذا الصنف في المحطة: ضعه جانبًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1269" />
        <source>OK: {0} serial {1}</source>
        <translation>صحيح: {0} الرقم التسلسلي {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1273" />
        <source>OK: shipment code {0}</source>
        <translation>صحيح: رمز الشحنة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>OK: action {0}</source>
        <translation>صحيح: الإجراء {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1278" />
        <source>OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}</source>
        <translation>صحيح: {0} القطعة {1} من {2} (الوحدة {3} من {4}) في الطرد {5}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1281" />
        <source>OK: {0} piece {1} of {2} in package {3}</source>
        <translation>صحيح: {0} القطعة {1} من {2} في الطرد {3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1285" />
        <source>OK: {0} {1} of {2}: now scan its serial number</source>
        <translation>صحيح: {0} {1} من {2}: امسح الآن رقمه التسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1288" />
        <source>OK: {0} {1} of {2}</source>
        <translation>صحيح: {0} {1} من {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1472" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation>لا يقترح Amazon أي طرود لهذه الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1477" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation>استخدام الطرود المقترحة من Amazon ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1509" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation>لا شيء للوزن: امسح شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1518" />
        <source>Weight {0} {1}</source>
        <translation>الوزن {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1546" />
        <source>Nothing to confirm</source>
        <translation>لا شيء للتأكيد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1561" />
        <source>Weight confirmed for {0}</source>
        <translation>تم تأكيد الوزن لـ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1563" />
        <source>Shipped in one box: {0}</source>
        <translation>يُشحن في صندوق واحد: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1604" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation>الإنهاء خلال {0} ث (Esc أو أي مسح يوقفه)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1633" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation>لا شيء للإنهاء: امسح شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1640" />
        <source>Not ready: {0}</source>
        <translation>غير جاهزة: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1649" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation>Self Ship: امسح ملصق شركة الشحن لكل طرد ({0} من {1} لها رقم تتبع{2})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1654" />
        <source>; type the carrier</source>
        <translation>؛ اكتب شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1660" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation>Self Ship: يحتاج كل طرد إلى رقم تتبع خاص به</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1667" />
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1669" />
        <source>Finishing {0}…</source>
        <translation>جارٍ إنهاء {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1695" />
        <source>creating %n package(s)</source>
        <translation>
            <numerusform>جارٍ إنشاء %n طرد</numerusform>
            <numerusform>جارٍ إنشاء طرد واحد</numerusform>
            <numerusform>جارٍ إنشاء طردين</numerusform>
            <numerusform>جارٍ إنشاء %n طرود</numerusform>
            <numerusform>جارٍ إنشاء %n طردًا</numerusform>
            <numerusform>جارٍ إنشاء %n طرد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1697" />
        <source>getting shipping options</source>
        <translation>جارٍ جلب خيارات الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1700" />
        <source>generating the invoice and packing slip</source>
        <translation>جارٍ إنشاء الفاتورة وقسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1702" />
        <source>generating the packing slip</source>
        <translation>جارٍ إنشاء قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1703" />
        <source>generating the invoice</source>
        <translation>جارٍ إنشاء الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1705" />
        <source>generating the label(s)</source>
        <translation>جارٍ إنشاء الملصقات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1707" />
        <source>labels exist at Amazon: fetching them again</source>
        <translation>الملصقات موجودة لدى Amazon: جارٍ جلبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1709" />
        <source>downloading label {0} of {1}</source>
        <translation>جارٍ تنزيل الملصق {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1711" />
        <source>printing label {0} of {1}</source>
        <translation>جارٍ طباعة الملصق {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1713" />
        <source>marking the package(s) shipped</source>
        <translation>جارٍ تعليم الطرود كمشحونة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1715" />
        <source>Amazon is busy: waiting {0} s, then trying again</source>
        <translation>Amazon مشغول: انتظار {0} s ثم المحاولة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1728" />
        <source>Label printed · {0}</source>
        <translation>تمت طباعة الملصق · {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1730" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation>تم: طُبع الملصق لـ {0}. امسح الشحنة التالية.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1766" />
        <source>The invoice came as {0}: not shown</source>
        <translation>وصلت الفاتورة بصيغة {0}: لم تُعرض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1772" />
        <source>No invoice to print: finish a shipment first</source>
        <translation>لا توجد فاتورة للطباعة: أنهِ شحنة أولًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1775" />
        <source>Printing the invoice…</source>
        <translation>جارٍ طباعة الفاتورة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1788" />
        <source>Label made, not confirmed printed</source>
        <translation>تم إنشاء الملصق ولم تُؤكَّد طباعته</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1789" />
        <source>Cancelled by the marketplace: put the items back</source>
        <translation>ألغاها السوق: أعِد الأصناف إلى مكانها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1790" />
        <source>Refused before any change at Amazon</source>
        <translation>رُفض قبل أي تغيير لدى Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1792" />
        <source>Amazon is unavailable: wait a few minutes, then press F12 again</source>
        <translation>Amazon غير متاح: انتظر بضع دقائق ثم اضغط F12 مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1797" />
        <source>Failed: {0}</source>
        <translation>فشل: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1800" />
        <source>Finish failed: {0}</source>
        <translation>فشل الإنهاء: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1802" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1822" />
        <source>Choose the shipping option</source>
        <translation>اختر خيار الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1833" />
        <source>Wait: the label is being printed. Reprint once the finish is done.</source>
        <translation>انتظر: الملصق قيد الطباعة. أعد الطباعة بعد انتهاء الإنهاء.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1840" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation>لا يزال ملصق {0} ينتظر في قائمة الطباعة: سيُطبع تلقائيًا عندما تصبح الطابعة جاهزة. لطباعته على طابعة أخرى، ألغِه أولًا في الأجهزة والطابعات.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1846" />
        <source>Printing the label again…</source>
        <translation>جارٍ إعادة طباعة الملصق…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1857" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation>طُبع الملصق المنتظر لـ {0}: امسح {0} واضغط F12 لإغلاق الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1865" />
        <source>The waiting label printed: closing {0}…</source>
        <translation>طُبع الملصق المنتظر: جارٍ إغلاق {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1874" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation>لم يُطبع الملصق المنتظر لـ {0} ({1}): اضغط Ctrl+P لإعادة طباعته</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1907" />
        <source>Rejecting {0}…</source>
        <translation>جارٍ رفض {0}…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1914" />
        <source>{0} rejected.</source>
        <translation>تم رفض {0}.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1916" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation>تم رفض {0}. امسح الشحنة التالية.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1917" />
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1922" />
        <source>Correcting the inventory…</source>
        <translation>جارٍ تصحيح المخزون…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1931" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation>لم يُصحَّح المخزون: {0} صحّحه في صفحة المخزون.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1942" />
        <source>{0} put aside; its scans are kept.</source>
        <translation>وُضعت {0} جانبًا؛ تم الاحتفاظ بعمليات المسح الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1992" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation>ألغى السوق الشحنة {0}.

توقف: أعِد الأصناف إلى مكانها. لم يُطبع شيء.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1997" />
        <source>Cancelled: put the items back</source>
        <translation>ملغاة: أعِد الأصناف إلى مكانها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1998" />
        <source>CANCELLED: put the items back</source>
        <translation>ملغاة: أعِد الأصناف إلى مكانها</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="131" />
        <source>ready</source>
        <extracomment>printers.status.PrinterStatus problems and printers.spool.JobState values.</extracomment>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="132" />
        <source>head open</source>
        <translation>رأس الطباعة مفتوح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="133" />
        <source>paper out</source>
        <translation>نفد الورق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="134" />
        <source>ribbon out</source>
        <translation>نفد الشريط</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="135" />
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="136" />
        <source>buffer full</source>
        <translation>المخزن المؤقت ممتلئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="137" />
        <source>head over temperature</source>
        <translation>رأس الطباعة شديد الحرارة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="138" />
        <source>head under temperature</source>
        <translation>رأس الطباعة بارد جدًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="139" />
        <source>corrupt RAM (configuration lost)</source>
        <translation>ذاكرة RAM تالفة (فُقدت الإعدادات)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="142" />
        <source>queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="143" />
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="144" />
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="145" />
        <source>confirming</source>
        <translation>جارٍ التأكيد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="146" />
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="147" />
        <source>attention</source>
        <translation>يحتاج انتباهًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="148" />
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="149" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="150" />
        <source>printed (confirmed)</source>
        <translation>طُبع (مؤكد)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="151" />
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="265" />
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="276" />
        <source>Printer address</source>
        <extracomment>Where the bench keeps the labels as Amazon sent them (a PDF/PNG label is previewed from its original); the station's documents folder unless given.</extracomment>
        <translation>عنوان الطابعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="279" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="282" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="286" />
        <source>Check status</source>
        <translation>فحص الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="289" />
        <source>Print test label</source>
        <translation>طباعة ملصق اختبار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="293" />
        <location filename="../../packstation/gui/printers_panel.py" line="335" />
        <source>Print queue</source>
        <translation>قائمة الطباعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="304" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="315" />
        <source>Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="317" />
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="386" />
        <source>Asking %s…</source>
        <translation>جارٍ الاستعلام من %s…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="437" />
        <source>Printing a test label on %s…</source>
        <translation>جارٍ طباعة ملصق اختبار على %s…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="445" />
        <source>{0}: test label {1}</source>
        <translation>{0}: ملصق تجريبي {1}</translation>
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
        <translation>ابحث أو امسح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="125" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation>ابحث أو امسح: شحنة أو طلب أو SKU أو باركود صنف  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="128" />
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>All programs</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync (F5)</source>
        <translation>مزامنة (F5)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync the queue</source>
        <translation>مزامنة قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack (Enter)</source>
        <translation>تعبئة (Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack selected</source>
        <translation>تعبئة المحدد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="144" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="154" />
        <source>Why the queue is empty</source>
        <translation>سبب فراغ قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="168" />
        <source>Shipment queue</source>
        <translation>قائمة انتظار الشحنات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="183" />
        <source>Queue columns (click to sort)</source>
        <translation>أعمدة قائمة الانتظار (انقر للفرز)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue rows</source>
        <translation>صفوف قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="206" />
        <source>Queue counts</source>
        <translation>إحصاءات قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue sync state</source>
        <translation>حالة مزامنة قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="258" />
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
        <location filename="../../packstation/gui/models/queue.py" line="196" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="197" />
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="198" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="199" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="200" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="201" />
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="202" />
        <source>Ship by</source>
        <translation>الشحن قبل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="203" />
        <source>Pickup</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="204" />
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="316" />
        <source>{0} h {1}</source>
        <translation>{0} س {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>HIGH</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="302" />
        <source>now, ends in {0}</source>
        <translation>الآن، ينتهي خلال {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>GIFT</source>
        <translation>هدية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>S/N</source>
        <translation>رقم تسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>{0} min</source>
        <translation>{0} د</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>{0} d</source>
        <translation>{0} ي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>late {0}</source>
        <translation>متأخر {0}</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="156" />
        <source>North America (NA)</source>
        <translation>أمريكا الشمالية (NA)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="157" />
        <source>Europe (EU)</source>
        <translation>أوروبا (EU)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="158" />
        <source>Far East (FE)</source>
        <translation>الشرق الأقصى (FE)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="119" />
        <source>Reject shipment {0}</source>
        <translation>رفض الشحنة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="120" />
        <source>Reject shipment</source>
        <translation>رفض الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="122" />
        <location filename="../../packstation/gui/pages/pack.py" line="125" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="123" />
        <source>Out of stock</source>
        <translation>نفد من المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="124" />
        <source>Customer requested</source>
        <translation>بطلب من العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="127" />
        <source>Units to reject:</source>
        <translation>الوحدات المراد رفضها:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <source>Units of {0} to reject</source>
        <translation>وحدات {0} المراد رفضها</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="141" />
        <location filename="../../packstation/gui/pages/pack.py" line="143" />
        <source>Correct the inventory at Amazon</source>
        <translation>تصحيح المخزون لدى Amazon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="149" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation>الوحدات المتبقية على الرف لكل SKU (قابلة للبيع):</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="156" />
        <source>Units of {0} on the shelf</source>
        <translation>وحدات {0} على الرف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="169" />
        <location filename="../../packstation/gui/pages/pack.py" line="170" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="174" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="77" />
        <source>defective</source>
        <translation>معيب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="78" />
        <source>not as described</source>
        <translation>ليس كما هو موصوف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="79" />
        <source>no longer needed</source>
        <translation>لم يعد مطلوبًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="80" />
        <source>wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="81" />
        <source>undeliverable</source>
        <translation>تعذر التسليم</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="52" />
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="53" />
        <source>carrier notified to pick up from customer</source>
        <translation>أُبلغت شركة الشحن بالاستلام من العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="56" />
        <source>carrier out for pick up from customer</source>
        <translation>شركة الشحن في طريقها للاستلام من العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="59" />
        <source>customer cancelled pick up</source>
        <translation>ألغى العميل الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="60" />
        <source>customer rescheduled pick up</source>
        <translation>أعاد العميل جدولة الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="63" />
        <source>picked from customer</source>
        <translation>استُلم من العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="64" />
        <source>in transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="65" />
        <source>out for delivery</source>
        <translation>خرج للتسليم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="66" />
        <source>delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="67" />
        <source>replanned</source>
        <translation>أعيد تخطيطه</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="68" />
        <source>customer dropped off</source>
        <translation>سلّمه العميل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="69" />
        <source>partially processed</source>
        <translation>عولج جزئيًا</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="70" />
        <source>processed</source>
        <translation>عولج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="71" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="72" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="56" />
        <source>Sellable</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation>قابل للبيع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="57" />
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="58" />
        <source>Wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="127" />
        <source>Scan RMA or reverse tracking id</source>
        <translation>امسح RMA أو رقم تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="130" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation>امسح أو اكتب RMA أو رقم تتبع الإرجاع أو رقم المرتجع، ثم Enter</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open the return</source>
        <translation>فتح المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <location filename="../../packstation/gui/pages/returns.py" line="215" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="142" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="145" />
        <location filename="../../packstation/gui/pages/returns.py" line="146" />
        <source>RMA id</source>
        <translation>رقم RMA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="148" />
        <location filename="../../packstation/gui/pages/returns.py" line="150" />
        <source>Reverse tracking id</source>
        <translation>رقم تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <location filename="../../packstation/gui/pages/returns.py" line="157" />
        <source>Created since</source>
        <translation>تاريخ الإنشاء من</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="154" />
        <source>Filter by creation date</source>
        <translation>تصفية حسب تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <location filename="../../packstation/gui/pages/returns.py" line="165" />
        <source>Updated since</source>
        <translation>تاريخ التحديث من</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="162" />
        <source>Filter by update date</source>
        <translation>تصفية حسب تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search returns</source>
        <translation>البحث في المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Returns and detail</source>
        <translation>المرتجعات والتفاصيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="193" />
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Return rows</source>
        <translation>صفوف المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Return columns</source>
        <translation>أعمدة المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="210" />
        <location filename="../../packstation/gui/pages/returns.py" line="214" />
        <source>Return</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="217" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="218" />
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="219" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Reverse tracking</source>
        <translation>تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="221" />
        <source>Inspection</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <source>Inspection outcome</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="233" />
        <source>Units inspected</source>
        <translation>الوحدات المفحوصة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="235" />
        <source>Inspection note</source>
        <translation>ملاحظة الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="236" />
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="238" />
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="239" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <location filename="../../packstation/gui/pages/returns.py" line="244" />
        <source>Record inspection</source>
        <translation>تسجيل الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock</source>
        <translation>إعادة إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock units</source>
        <translation>إعادة الوحدات إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="250" />
        <source>Print tag</source>
        <translation>طباعة العلامة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Return detail</source>
        <translation>تفاصيل المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="276" />
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="277" />
        <source>Returns state</source>
        <translation>حالة المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="278" />
        <location filename="../../packstation/gui/pages/returns.py" line="347" />
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="349" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="414" />
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
        <location filename="../../packstation/gui/pages/returns.py" line="417" />
        <source>Empty page; more on the next page</source>
        <translation>صفحة فارغة؛ المزيد في الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="419" />
        <source>No returns match</source>
        <translation>لا توجد مرتجعات مطابقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="424" />
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="444" />
        <source>No return for %1: check the code or search by filters</source>
        <translation>لا يوجد مرتجع لـ %1: تحقق من الرمز أو ابحث باستخدام عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="454" />
        <source>Return %1 open</source>
        <translation>المرتجع %1 مفتوح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="484" />
        <source>{0}  (RMA {1})</source>
        <translation>{0}  (RMA {1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="501" />
        <source>not inspected</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="531" />
        <source>Inspection recorded: %1</source>
        <translation>تم تسجيل الفحص: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="545" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation>أُعيد %1 × %2 إلى المخزون: لدى Amazon الآن %3</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="560" />
        <source>Restocked</source>
        <translation>أُعيد إلى المخزون</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="565" />
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
        <location filename="../../packstation/gui/pages/returns.py" line="575" />
        <source>Return tag printed</source>
        <translation>تمت طباعة علامة المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="578" />
        <source>Return tag: %1</source>
        <translation>علامة المرتجع: %1</translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="23" />
        <source>Return</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>المرتجع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="24" />
        <source>Status</source>
        <translation>الحالة</translation>
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
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="28" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="29" />
        <source>Reverse tracking</source>
        <translation>تتبع الإرجاع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="30" />
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="31" />
        <source>Inspection</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="68" />
        <source>{0}, restocked {1}</source>
        <translation>{0}، أعيد تخزين {1}</translation>
    </message>
</context>
<context>
    <name>RuntimeHolder</name>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="188" />
        <source>none</source>
        <extracomment>how often an idle label printer's status is asked for (never while a finish prints) the running parts, once :meth:`start` has built them (None before and after) the scale's last reading, as delivered on the GUI thread (None: no scale) finishes under way (the pack controller counts them): no status asks meanwhile</extracomment>
        <translation>لا توجد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="251" />
        <source>Another Packstation on this computer is printing this station's labels (a second window, or packstation ship): close it, then start this one again.</source>
        <translation>يطبع برنامج Packstation آخر على هذا الحاسوب ملصقات هذه المحطة (نافذة ثانية، أو packstation ship): أغلقه، ثم شغّل هذا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="304" />
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="327" />
        <source>Synced {0}: {1} waiting</source>
        <translation>تمت المزامنة {0}: في الانتظار {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="334" />
        <source>Sync failed: {0} (retrying)</source>
        <translation>فشلت المزامنة: {0} (جارٍ إعادة المحاولة)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="401" />
        <source>stable</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="402" />
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="403" />
        <source>settling</source>
        <translation>يستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="404" />
        <source>overload</source>
        <translation>حمل زائد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="405" />
        <source>under zero</source>
        <translation>أقل من الصفر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="406" />
        <source>disconnected: type weights (F4)</source>
        <translation>غير متصل: أدخل الأوزان يدويًا (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="417" />
        <source>Scale: {0} {1}</source>
        <translation>الميزان: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="421" />
        <source>Scale: {0}</source>
        <translation>الميزان: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="427" />
        <source>Printer: {0}</source>
        <translation>الطابعة: {0}</translation>
    </message>
</context>
<context>
    <name>ScaleState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="303" />
        <source>stable</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="304" />
        <source>zero</source>
        <translation>صفر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="305" />
        <source>moving</source>
        <translation>غير مستقر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="306" />
        <source>overload</source>
        <translation>حمل زائد</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="307" />
        <source>under zero</source>
        <translation>أقل من الصفر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="308" />
        <source>disconnected</source>
        <translation>غير متصل</translation>
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
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
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
        <location filename="../../packstation/gui/scales_panel.py" line="215" />
        <source>virtual scale ({0})</source>
        <translation>ميزان افتراضي ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="220" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation>ميزان المحطة: غيّره في الإعدادات (scale.url)، ثم أعد التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="251" />
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="272" />
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="335" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation>القراءات {0}، الإطارات المتخطاة {1}، إعادات الاتصال {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="95" />
        <source>wrong item</source>
        <extracomment>Refusal reasons (services.packing.Refusal values): the long name, and the short one of tiles.</extracomment>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="96" />
        <source>wrong</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="99" />
        <location filename="../../packstation/gui/texts.py" line="100" />
        <source>too many</source>
        <translation>كمية زائدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="103" />
        <source>unknown barcode</source>
        <translation>باركود غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="104" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="107" />
        <source>invalid serial</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="108" />
        <source>bad serial</source>
        <translation>رقم تسلسلي غير صالح</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="111" />
        <source>duplicate serial</source>
        <translation>رقم تسلسلي مكرر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="112" />
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="115" />
        <source>serial expected</source>
        <translation>رقم تسلسلي مطلوب</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="116" />
        <source>no serial</source>
        <translation>بلا رقم تسلسلي</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="119" />
        <source>shipment cancelled</source>
        <translation>أُلغيت الشحنة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="120" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="123" />
        <location filename="../../packstation/gui/texts.py" line="124" />
        <source>not packable</source>
        <translation>غير قابل للتعبئة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="37" />
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="39" />
        <location filename="../../packstation/gui/pages/settings.py" line="43" />
        <source>Profile</source>
        <translation>ملف التشغيل</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="40" />
        <source>Sandbox (built-in marketplace)</source>
        <translation>بيئة الاختبار (سوق مدمج)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <source>Production (Amazon)</source>
        <translation>الإنتاج (Amazon)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <location filename="../../packstation/gui/pages/settings.py" line="44" />
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="47" />
        <source>Amazon connection (production profile)</source>
        <translation>الاتصال بـ Amazon (ملف الإنتاج)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="49" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Marketplace id</source>
        <translation>معرّف السوق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>Location id</source>
        <translation>معرّف الموقع</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client id</source>
        <translation>معرّف عميل LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA client secret</source>
        <translation>سر عميل LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="56" />
        <location filename="../../packstation/gui/pages/settings.py" line="66" />
        <source>LWA refresh token</source>
        <translation>رمز تحديث LWA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="59" />
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="70" />
        <source>Database and folders</source>
        <translation>قاعدة البيانات والمجلدات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>Shared database URL</source>
        <translation>عنوان URL لقاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>empty: this station's own SQLite file</source>
        <translation>فارغ: ملف SQLite الخاص بهذه المحطة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="74" />
        <source>Shared database</source>
        <translation>قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="79" />
        <source>Log folder</source>
        <translation>مجلد السجلات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="90" />
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>stored</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="130" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation>سر العميل: {0}؛ رمز التحديث: {1} (في سلسلة مفاتيح نظام التشغيل)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="136" />
        <source>Keyring unavailable: {0}</source>
        <translation>سلسلة المفاتيح غير متاحة: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="149" />
        <location filename="../../packstation/gui/pages/settings.py" line="179" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="156" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="173" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation>تم الحفظ في {0}. يسري تغيير ملف التشغيل عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="38" />
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="39" />
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="40" />
        <source>confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="41" />
        <source>package created</source>
        <translation>أُنشئت الطرود</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="42" />
        <source>pickup slot retrieved</source>
        <translation>حُدد موعد الاستلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="43" />
        <source>invoice generated</source>
        <translation>أُنشئت الفاتورة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="44" />
        <source>label generated</source>
        <translation>أُنشئ الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="45" />
        <source>shipped</source>
        <translation>شُحنت</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="46" />
        <source>delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="47" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="209" />
        <source>Shipping option for {0}</source>
        <translation>خيار الشحن لـ {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="210" />
        <source>Choose a shipping option</source>
        <translation>اختر خيار شحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="214" />
        <source>Choose how this shipment leaves:</source>
        <translation>اختر طريقة مغادرة هذه الشحنة:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>Shipping options</source>
        <translation>خيارات الشحن</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="221" />
        <source>(recommended)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="232" />
        <location filename="../../packstation/gui/pages/pack.py" line="233" />
        <source>Use this option</source>
        <translation>استخدام هذا الخيار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="238" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="252" />
        <source>picked up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="253" />
        <source>drop off</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="254" />
        <source>window</source>
        <translation>فترة</translation>
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
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="60" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation>امسح بطاقتك أو اكتب اسمك. تحتاج البطاقة الجديدة إلى اسمك مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="64" />
        <location filename="../../packstation/gui/sign_in.py" line="66" />
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="65" />
        <location filename="../../packstation/gui/sign_in.py" line="67" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="143" />
        <source>Packer sign-in</source>
        <translation>تسجيل دخول المعبّئ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="152" />
        <source>Signed-in packer</source>
        <translation>المعبّئ المسجّل دخوله</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="154" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="157" />
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="181" />
        <source>{0} at {1}</source>
        <translation>{0} في {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="183" />
        <source>Signed in at station {0}</source>
        <translation>تم تسجيل الدخول في المحطة {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="186" />
        <source>Nobody signed in at {0}</source>
        <translation>لا أحد مسجّل الدخول في {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="269" />
        <source>Sign-in waits for the database to start</source>
        <translation>تسجيل الدخول ينتظر بدء قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="286" />
        <source>New badge: type your name</source>
        <translation>بطاقة جديدة: اكتب اسمك</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="316" />
        <source>The database has not started yet</source>
        <translation>لم تبدأ قاعدة البيانات بعد</translation>
    </message>
</context>
<context>
    <name>SpoolJobsModel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="61" />
        <source>Job</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="62" />
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="63" />
        <source>Label</source>
        <translation>الملصق</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="64" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="129" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (the audit store, the open queue), or None before the start</extracomment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="28" />
        <source>Devices &amp; Printers</source>
        <translation>الأجهزة والطابعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="104" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="293" />
        <source>Pack</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="109" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="108" />
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="29" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
</TS>