<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddPackerDialog</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="97" />
        <location filename="../../packstation/gui/sign_in.py" line="98" />
        <source>Add packer</source>
        <translation>Paketleyici ekle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="100" />
        <location filename="../../packstation/gui/sign_in.py" line="102" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="101" />
        <location filename="../../packstation/gui/sign_in.py" line="103" />
        <source>Badge</source>
        <translation>Kart</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../packstation/gui/chart.py" line="71" />
        <source>No data yet</source>
        <translation>Henüz veri yok</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="36" />
        <source>Today</source>
        <extracomment>window key -&gt; (label, marked for lupdate and translated where shown; hours back; 0 = since local midnight)</extracomment>
        <translation>Bugün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="37" />
        <source>Last 8 hours</source>
        <translation>Son 8 saat</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="38" />
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="39" />
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="146" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (database, queue) or None before the runtime is up</extracomment>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="158" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="176" />
        <source>Figures over</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="162" />
        <source>Today's pickup</source>
        <translation>Bugünkü kargo alımı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="166" />
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="169" />
        <source>Export audit CSV…</source>
        <translation>Denetim kaydını CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="171" />
        <source>Export audit CSV</source>
        <translation>Denetim kaydını CSV olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer…</source>
        <translation>Paketleyici ekle…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="174" />
        <source>Add packer</source>
        <translation>Paketleyici ekle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="179" />
        <source>Pickup at</source>
        <translation>Kargo alım saati</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="187" />
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="194" />
        <source>Orders shipped</source>
        <translation>Gönderilen siparişler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="195" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="206" />
        <source>Orders per hour</source>
        <translation>Saatte sipariş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="196" />
        <source>Items per hour</source>
        <translation>Saatte ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="197" />
        <source>Scan errors caught</source>
        <translation>Yakalanan okutma hataları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="198" />
        <source>Waiting on the system</source>
        <translation>Sistem bekleme süresi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="199" />
        <source>SLA misses</source>
        <translation>SLA aşımları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <source>Per packer</source>
        <translation>Paketleyiciye göre</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="208" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>orders/h</source>
        <translation>sipariş/sa</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="211" />
        <source>Per station</source>
        <translation>İstasyona göre</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>Per program</source>
        <translation>Programa göre</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="214" />
        <source>orders</source>
        <translation>sipariş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="225" />
        <source>Dashboard status</source>
        <translation>Özet durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="277" />
        <location filename="../../packstation/gui/pages/dashboard.py" line="399" />
        <source>Waiting for the station's database to start…</source>
        <translation>İstasyon veritabanının başlaması bekleniyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="285" />
        <source>Reading the audit log…</source>
        <translation>Denetim kaydı okunuyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="306" />
        <source>Could not read the figures: {0}</source>
        <translation>Rakamlar okunamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="316" />
        <source>{0} items · {1} not finished</source>
        <translation>{0} ürün · {1} tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="322" />
        <source>per active hour ({0} h)</source>
        <translation>aktif saat başına ({0} sa)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="324" />
        <source>per active hour</source>
        <translation>aktif saat başına</translation>
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
        <translation>{0} sn</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="345" />
        <source>per finish · {0} min in all</source>
        <translation>tamamlama başına · toplam {0} dk</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="347" />
        <source>shipped late</source>
        <translation>geç gönderildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="364" />
        <source>Updated {0} · {1} packers · {2} stations</source>
        <translation>Güncellendi {0} · {1} paketleyici · {2} istasyon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="376" />
        <source>No open orders due for today's {0} pickup</source>
        <translation>Bugünkü {0} teslim alımı için açık sipariş yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="378" />
        <source>{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h</source>
        <translation>Mevcut {3}/sa hızla {1} açık siparişten {0} tanesi bugünkü {2} teslim alımını kaçıracak</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>Export audit log</source>
        <translation>Denetim kaydını dışa aktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="390" />
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="406" />
        <source>Exported {0} audit records to {1}</source>
        <translation>{0} denetim kaydı dışa aktarıldı: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="411" />
        <source>Export failed: {0}</source>
        <translation>Dışa aktarma başarısız: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="30" />
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="34" />
        <source>Printers</source>
        <translation>Yazıcılar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="35" />
        <source>Scales and scanners</source>
        <translation>Tartılar ve barkod okuyucular</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="86" />
        <source>sellable</source>
        <translation>satılabilir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="87" />
        <source>damaged</source>
        <translation>hasarlı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="88" />
        <source>wrong item</source>
        <translation>yanlış ürün</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="97" />
        <source>Clear</source>
        <extracomment>One lane for the page's jobs: an edit is stored before the push that follows it is read.</extracomment>
        <translation>Temizle</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="126" />
        <location filename="../../packstation/gui/pages/inventory.py" line="151" />
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="129" />
        <location filename="../../packstation/gui/pages/inventory.py" line="130" />
        <source>Find SKU</source>
        <translation>SKU bul</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="133" />
        <source>Import CSV</source>
        <translation>CSV içe aktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="136" />
        <source>Push changed</source>
        <translation>Değişenleri gönder</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="139" />
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="141" />
        <source>Retry refused items</source>
        <translation>Reddedilen ürünleri yeniden dene</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="144" />
        <source>Fetch</source>
        <translation>Getir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="146" />
        <source>Fetch quantities from Amazon</source>
        <translation>Miktarları Amazon'dan getir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="162" />
        <source>SKU to set</source>
        <translation>Ayarlanacak SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="163" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="165" />
        <source>Absolute quantity</source>
        <translation>Mutlak miktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="169" />
        <location filename="../../packstation/gui/pages/inventory.py" line="171" />
        <source>Set quantity</source>
        <translation>Miktarı ayarla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="174" />
        <location filename="../../packstation/gui/pages/inventory.py" line="178" />
        <source>Low-stock threshold</source>
        <translation>Az stok sınırı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="177" />
        <source>low under </source>
        <translation>az stok sınırı </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="187" />
        <source>Inventory positions</source>
        <translation>Stok kalemleri</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="204" />
        <source>Inventory rows</source>
        <translation>Stok satırları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="206" />
        <source>Inventory columns</source>
        <translation>Stok sütunları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="215" />
        <source>Import and push problems</source>
        <translation>İçe aktarma ve gönderme sorunları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="222" />
        <source>Apply the valid rows, skip the bad ones</source>
        <translation>Geçerli satırları uygula, hatalıları atla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="224" />
        <source>Apply the valid rows and skip the bad ones</source>
        <translation>Geçerli satırları uygula ve hatalıları atla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="227" />
        <location filename="../../packstation/gui/pages/inventory.py" line="229" />
        <source>Discard the import</source>
        <translation>İçe aktarmadan vazgeç</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="240" />
        <source>Inventory counts</source>
        <translation>Stok sayıları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="242" />
        <source>Inventory state</source>
        <translation>Stok durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="243" />
        <location filename="../../packstation/gui/pages/inventory.py" line="304" />
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="330" />
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="370" />
        <location filename="../../packstation/gui/pages/inventory.py" line="501" />
        <source>Fetched %n SKU(s) from Amazon</source>
        <translation>
            <numerusform>Amazon'dan %n SKU getirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="394" />
        <source>%n SKU(s) low on stock</source>
        <translation>
            <numerusform>%n SKU'da stok az</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="396" />
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="409" />
        <source>%1 set to %2; push to send it</source>
        <translation>%1: %2 olarak ayarlandı; göndermeyi unutmayın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="435" />
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>%n satır içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/inventory.py" line="437" />
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, %n hatalı satır atlandı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="440" />
        <source>Skipped: %1</source>
        <translation>Atlandı: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="495" />
        <source>No SKUs to fetch: set or import quantities first</source>
        <translation>Getirilecek SKU yok: önce miktarları ayarlayın veya içe aktarın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="514" />
        <source>Type or scan a SKU first</source>
        <translation>Önce bir SKU yazın veya okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>Import stock CSV</source>
        <translation>Stok CSV'sini içe aktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="521" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV dosyaları (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="541" />
        <source>%1 SKUs · %2 to push · %3 low on stock</source>
        <translation>%1 SKU · %2 gönderilecek · %3 stokta az</translation>
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
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="46" />
        <source>Sellable</source>
        <translation>Satılabilir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="47" />
        <source>Reserved</source>
        <translation>Ayrılmış</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="48" />
        <source>Last pushed</source>
        <translation>Son gönderilen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="49" />
        <source>Sequence</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="50" />
        <source>Pushed at</source>
        <translation>Gönderilme zamanı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="51" />
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="87" />
        <source>refused: {0}</source>
        <translation>reddedildi: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="92" />
        <source>to push</source>
        <translation>gönderilecek</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/inventory_model.py" line="94" />
        <source>low stock</source>
        <translation>düşük stok</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="51" />
        <location filename="../../packstation/gui/invoice_view.py" line="105" />
        <location filename="../../packstation/gui/invoice_view.py" line="233" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="64" />
        <source>Invoice tools</source>
        <translation>Fatura araçları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="69" />
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>Uzaklaştır (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="73" />
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="74" />
        <source>Fit to width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="75" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>Genişliğe sığdır (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="78" />
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>Yakınlaştır (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="80" />
        <source>Zoom level</source>
        <translation>Yakınlaştırma düzeyi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="83" />
        <source>Document shown</source>
        <extracomment>what the shown document is ("Packing slip"); hidden when not told</extracomment>
        <translation>Gösterilen belge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="89" />
        <location filename="../../packstation/gui/invoice_view.py" line="90" />
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print invoice</source>
        <translation>Faturayı yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="91" />
        <location filename="../../packstation/gui/invoice_view.py" line="300" />
        <source>Send the invoice to the document printer</source>
        <translation>Faturayı belge yazıcısına gönder</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="106" />
        <source>Invoice status</source>
        <translation>Fatura durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="111" />
        <source>Invoice document</source>
        <translation>Fatura belgesi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="117" />
        <location filename="../../packstation/gui/invoice_view.py" line="121" />
        <source>Invoice image</source>
        <translation>Fatura görüntüsü</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="188" />
        <source>No invoice for this shipment</source>
        <translation>Bu gönderinin faturası yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="224" />
        <source>The packing slip could not be shown</source>
        <translation>Paket fişi gösterilemedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="225" />
        <source>The invoice could not be shown</source>
        <translation>Fatura gösterilemedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="231" />
        <source>Invoice + slip</source>
        <translation>Fatura + paket fişi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="232" />
        <source>Packing slip</source>
        <translation>Paket fişi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="295" />
        <source>Print slip</source>
        <translation>Paket fişini yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="298" />
        <source>Send the packing slip to the document printer</source>
        <translation>Paket fişini belge yazıcısına gönder</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/invoice_view.py" line="308" />
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
</context>
<context>
    <name>LabelPreviewWidget</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="125" />
        <source>Label preview</source>
        <translation>Etiket önizlemesi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="140" />
        <source>Print a test label or choose a print job to see its label here.</source>
        <extracomment>the last preview shown (None before the first)</extracomment>
        <translation>Etiketini burada görmek için bir test etiketi yazdırın veya bir yazdırma işi seçin.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="196" />
        <location filename="../../packstation/gui/printers_panel.py" line="215" />
        <source>The label cannot be shown: %s</source>
        <translation>Etiket gösterilemiyor: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/printers_panel.py" line="205" />
        <source>the first of %n labels</source>
        <translation>
            <numerusform>%n etiketin ilki</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="177" />
        <source>Rendering…</source>
        <translation>Hazırlanıyor…</translation>
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
        <translation>Packstation ana penceresi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="61" />
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="62" />
        <source>Pack</source>
        <translation>Paketle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="63" />
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="64" />
        <source>Returns</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="65" />
        <source>Devices &amp; Printers</source>
        <translation>Cihazlar ve Yazıcılar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="66" />
        <source>Dashboard</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="67" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="85" />
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="114" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="116" />
        <source>Station</source>
        <translation>İstasyon</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="117" />
        <source>Label printer</source>
        <translation>Etiket yazıcısı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="118" />
        <source>Scale</source>
        <translation>Tartı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="119" />
        <source>Printer: not checked</source>
        <translation>Yazıcı: kontrol edilmedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="120" />
        <source>Scale: none</source>
        <translation>Tartı: yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="134" />
        <source>SANDBOX</source>
        <translation>TEST ORTAMI</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="136" />
        <source>Built-in sandbox marketplace: nothing is sent to Amazon.</source>
        <translation>Yerleşik test pazaryeri: Amazon'a hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="141" />
        <source>AMAZON {0}</source>
        <translation>AMAZON {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="142" />
        <source>Connected to Amazon's Selling Partner API</source>
        <translation>Amazon Selling Partner API'ye bağlı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="146" />
        <source>Station {0}</source>
        <translation>İstasyon {0}</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="186" />
        <source>Not connected to the marketplace yet.</source>
        <extracomment>Self Ship: (carrier, the tracking id of a one-package shipment or one per package id) How long a finish waits for the packer to choose a shipping option before it stops. the write-ahead scan log's bookkeeping (GUI thread only), for the holder's runtime labels a finish left waiting in the spool: shipment id -&gt; spool job ids</extracomment>
        <translation>Pazaryerine henüz bağlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="294" />
        <source>Packing slip of {0} not printed: no printer for it. Set printers.slip under Settings (a document printer cups://queue or a receipt printer escpos://host:9100)</source>
        <translation>{0} için paket fişi yazdırılmadı: bunun için yazıcı yok. Ayarlar'da printers.slip değerini girin (belge yazıcısı cups://queue veya fiş yazıcısı escpos://host:9100)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="298" />
        <location filename="../../packstation/gui/pack_controller.py" line="374" />
        <source>packing slip</source>
        <translation>paket fişi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="299" />
        <source>Invoice of {0} not printed: {1}</source>
        <translation>{0} için fatura yazdırılmadı: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="300" />
        <source>Packing slip of {0} not printed: {1}</source>
        <translation>{0} için paket fişi yazdırılmadı: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="336" />
        <location filename="../../packstation/gui/pack_controller.py" line="387" />
        <source>Printed for {0}: {1}</source>
        <translation>{0} için yazdırıldı: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="346" />
        <location filename="../../packstation/gui/pack_controller.py" line="390" />
        <source>Documents of {0} not printed: {1}</source>
        <translation>{0} için belgeler yazdırılmadı: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="362" />
        <source>No printer for the packing slip: set printers.slip (cups://queue) or printers.invoice under Settings</source>
        <translation>Paket fişi için yazıcı yok: Ayarlar'da printers.slip (cups://queue) veya printers.invoice değerini girin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="369" />
        <source>No invoice printer: set it under Settings (printers.invoice)</source>
        <translation>Fatura yazıcısı yok: Ayarlar'da girin (printers.invoice)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="579" />
        <location filename="../../packstation/gui/pack_controller.py" line="651" />
        <location filename="../../packstation/gui/pack_controller.py" line="674" />
        <location filename="../../packstation/gui/pack_controller.py" line="701" />
        <source>Not connected to the marketplace.</source>
        <translation>Pazaryerine bağlı değil.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="640" />
        <source>ready</source>
        <translation>hazır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pack_controller.py" line="685" />
        <source>Inventory corrected: {0}</source>
        <translation>Stok düzeltildi: {0}</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="119" />
        <source>Item</source>
        <extracomment>Custom attribute keys (lower case) that carry the product's name. The EF API's line item has no title field of its own: a channel passes the name through ``customAttributes`` (the sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it. pieces scanned (a multi-piece line: each piece is scanned into a package of its own)</extracomment>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="120" />
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="121" />
        <source>Expected</source>
        <translation>Beklenen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="122" />
        <source>Scanned</source>
        <translation>Okutulan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="123" />
        <source>Serials</source>
        <translation>Seri no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="124" />
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="219" />
        <source>{0}/{1} pcs</source>
        <translation>{0}/{1} parça</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="226" />
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="235" />
        <source>GIFT WRAP</source>
        <translation>HEDİYE PAKETİ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="237" />
        <source>GIFT MESSAGE</source>
        <translation>HEDİYE MESAJI</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="239" />
        <source>HAZMAT {0}</source>
        <translation>TEHLİKELİ MADDE {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="241" />
        <source>FRAGILE</source>
        <translation>KIRILACAK</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="243" />
        <source>{0} boxes</source>
        <translation>{0} koli</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="245" />
        <source>SERIAL</source>
        <translation>SERİ NO</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/pack_lines.py" line="247" />
        <source>CANCELLED {0}</source>
        <translation>İPTAL {0}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="94" />
        <source>Confirm shipment</source>
        <extracomment>the packer's title of each step of services.workflow.FinishStep (English; translated when shown)</extracomment>
        <translation>Gönderiyi onayla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="95" />
        <source>Create packages</source>
        <translation>Paketleri oluştur</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="96" />
        <source>Shipping options</source>
        <translation>Kargo seçenekleri</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="97" />
        <location filename="../../packstation/gui/pages/pack.py" line="547" />
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="98" />
        <source>Generate label</source>
        <translation>Etiket oluştur</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="99" />
        <source>Download label</source>
        <translation>Etiketi indir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="100" />
        <source>Print label</source>
        <translation>Etiketi yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="101" />
        <source>Mark shipped</source>
        <translation>Gönderildi olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="102" />
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="348" />
        <source>Packages and finish</source>
        <extracomment>the item barcode that opened the shipment being opened (its first unit) the code last refused as unknown (the journal may know it as a finished shipment) the auto-finish countdown: seconds left (None: not counting)</extracomment>
        <translation>Paketler ve tamamlama</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="360" />
        <source>Shipment</source>
        <translation>Gönderi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="363" />
        <source>Packing cues</source>
        <translation>Paketleme uyarıları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="372" />
        <source>Scan field</source>
        <translation>Okutma alanı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="373" />
        <source>Scan item, serial, shipment or action</source>
        <translation>Ürün, seri no, gönderi veya işlem okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="379" />
        <source>Scan result</source>
        <translation>Okutma sonucu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="387" />
        <source>Shipment lines</source>
        <translation>Gönderi satırları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="396" />
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="397" />
        <source>Lines</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="417" />
        <source>Scan counters</source>
        <translation>Okutma sayaçları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="421" />
        <source>Packages</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="424" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="426" />
        <source>New package (F6)</source>
        <translation>Yeni paket (F6)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="428" />
        <source>New package</source>
        <translation>Yeni paket</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="430" />
        <source>Box preset</source>
        <translation>Koli şablonu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="432" />
        <source>Use recommended</source>
        <translation>Önerileni kullan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="434" />
        <source>Use Amazon's recommended packages</source>
        <translation>Amazon'un önerdiği paketleri kullan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>Length in cm</source>
        <translation>Uzunluk (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="442" />
        <source>L cm</source>
        <translation>U cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>Width in cm</source>
        <translation>Genişlik (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="443" />
        <source>W cm</source>
        <translation>G cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>Height in cm</source>
        <translation>Yükseklik (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="444" />
        <source>H cm</source>
        <translation>Y cm</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>Weight in kg</source>
        <translation>Ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="445" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="449" />
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="452" />
        <source>Package contents</source>
        <translation>Paket içeriği</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="467" />
        <source>L × W × H (cm)</source>
        <translation>U × G × Y (cm)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="469" />
        <source>Weight (kg)</source>
        <translation>Ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="479" />
        <source>Self Ship: your carrier</source>
        <translation>Self Ship: kargo firmanız</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="482" />
        <source>Carrier</source>
        <translation>Kargo firması</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="485" />
        <source>Tracking id</source>
        <translation>Takip no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="486" />
        <source>one per package, in package order</source>
        <translation>her paket için bir tane, paket sırasıyla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="488" />
        <source>carrier</source>
        <translation>kargo firması</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="489" />
        <source>tracking id: scan the carrier's label</source>
        <translation>takip no: kargo firmasının etiketini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish (F12)</source>
        <translation>Tamamla (F12)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="500" />
        <source>Finish</source>
        <translation>Tamamla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="504" />
        <source>Reprint (Ctrl+P)</source>
        <translation>Yeniden yazdır (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="506" />
        <source>Reprint label</source>
        <translation>Etiketi yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject…</source>
        <translation>Reddet…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="509" />
        <source>Reject shipment</source>
        <translation>Gönderiyi reddet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="512" />
        <source>Put aside</source>
        <translation>Kenara al</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="520" />
        <source>Finish state</source>
        <translation>Tamamlama durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="522" />
        <source>Inventory correction</source>
        <translation>Stok düzeltme</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="526" />
        <source>Finish steps</source>
        <translation>Tamamlama adımları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="542" />
        <source>Finish steps and invoice</source>
        <translation>Tamamlama adımları ve fatura</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="546" />
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="556" />
        <location filename="../../packstation/gui/pages/pack.py" line="557" />
        <source>Shipment cancelled</source>
        <translation>Gönderi iptal edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="638" />
        <source>Label for {0} printed again</source>
        <extracomment>what each button and field does, so the state table says when it is on</extracomment>
        <translation>{0} için etiket yeniden yazdırıldı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="690" />
        <source>Opening {0}…</source>
        <translation>{0} açılıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="739" />
        <source>Scan the items of {0}</source>
        <translation>{0} gönderisinin ürünlerini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="752" />
        <location filename="../../packstation/gui/pages/pack.py" line="1625" />
        <source>Packing</source>
        <translation>Paketleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="776" />
        <source>Cannot open {0}: {1}</source>
        <translation>{0} açılamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="778" />
        <source>{0} is put aside: scan it to go on packing it.</source>
        <translation>{0} kenara alındı: paketlemeye devam etmek için onu okutun.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="784" />
        <source>No gift wrap, hazmat or fragile items</source>
        <translation>Hediye paketi, tehlikeli madde veya kırılacak ürün yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="797" />
        <source>gift wrap {0}: {1}</source>
        <translation>hediye paketi {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="798" />
        <source>gift wrap {0}</source>
        <translation>hediye paketi {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="801" />
        <source>gift message: {0}</source>
        <translation>hediye mesajı: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="802" />
        <source>gift message</source>
        <translation>hediye mesajı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="805" />
        <source>hazmat {0}: apply {1}</source>
        <translation>tehlikeli madde {0}: {1} yapıştırın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="806" />
        <source>hazmat {0}: apply the hazmat label</source>
        <translation>tehlikeli madde {0}: tehlikeli madde etiketini yapıştırın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="809" />
        <source>{0} ships in %n piece(s): one package per piece</source>
        <translation>
            <numerusform>{0} %n parça halinde gönderilir: her parça için bir paket</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="812" />
        <source>scan the serial of each {0}</source>
        <translation>her {0} için seri numarasını okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="814" />
        <source>{0} is fragile</source>
        <translation>{0} kırılacak eşya</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="816" />
        <source>cash on delivery</source>
        <translation>kapıda ödeme</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="818" />
        <source>put the packing slip in the box</source>
        <translation>paket fişini koliye koyun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="832" />
        <source>No shipment open</source>
        <translation>Açık gönderi yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="842" />
        <source>{0} · {1} · order {2}{3}</source>
        <translation>{0} · {1} · sipariş {2}{3}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="846" />
        <source> · HIGH PRIORITY</source>
        <translation> · YÜKSEK ÖNCELİK</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="880" />
        <source>Box preset…</source>
        <translation>Koli şablonu…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="888" />
        <source>— kg</source>
        <translation>— kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="913" />
        <source>Package {0} of {1}</source>
        <translation>Paket {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="951" />
        <source>{0}: {1} of {2} pieces</source>
        <translation>{0}: {1}/{2} parça</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="957" />
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="958" />
        <source>In this package: {0}</source>
        <translation>Bu pakette: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="975" />
        <source>scale settling…</source>
        <translation>tartı sabitleniyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="977" />
        <source>weigh the box (F4: type)</source>
        <translation>koliyi tartın (F4: elle girin)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="979" />
        <source>type the weight (F4)</source>
        <translation>ağırlığı elle girin (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="983" />
        <source>scale</source>
        <translation>tartı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="984" />
        <source>typed</source>
        <translation>elle girildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="985" />
        <source>scanned</source>
        <translation>okutuldu</translation>
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
        <translation>beklenen {0} kg</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1026" />
        <source>Wait: the shipment is being finished</source>
        <translation>Bekleyin: gönderi tamamlanıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1038" />
        <source>{0} is another shipment: finish or put aside {1} first</source>
        <translation>{0} başka bir gönderi: önce {1} gönderisini tamamlayın veya kenara alın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1078" />
        <source>Label checked: {0} is on the box of {1}</source>
        <translation>Etiket kontrol edildi: {0}, {1} gönderisinin kolisinde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1095" />
        <source>WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box</source>
        <translation>YANLIŞ ETİKET: {0}, {2} değil {1} gönderisinin etiketi: bu koliden çıkarın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1100" />
        <source>Label checked: {0} is {1}'s</source>
        <translation>Etiket kontrol edildi: {0}, {1} gönderisine ait</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1120" />
        <source>TRACKING REFUSED: {0}</source>
        <translation>TAKİP NO REDDEDİLDİ: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1126" />
        <source>Tracking id {0} ({1}) for package {2}</source>
        <translation>Takip no {0} ({1}), paket {2} için</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1128" />
        <source>carrier not known: type it</source>
        <translation>kargo firması bilinmiyor: elle girin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1150" />
        <source>TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label</source>
        <translation>TAKİP NO REDDEDİLDİ: {0} zaten {1} gönderisinde: bu kolinin kendi etiketini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1207" />
        <source>WRONG ITEM</source>
        <translation>YANLIŞ ÜRÜN</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1208" />
        <source>TOO MANY</source>
        <translation>FAZLA</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1209" />
        <source>UNKNOWN BARCODE</source>
        <translation>BİLİNMEYEN BARKOD</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1210" />
        <source>BAD SERIAL</source>
        <translation>HATALI SERİ NO</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1211" />
        <source>SERIAL ALREADY USED</source>
        <translation>SERİ NO ZATEN KULLANILDI</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1212" />
        <source>SCAN THE SERIAL</source>
        <translation>SERİ NO OKUTUN</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1213" />
        <source>CANCELLED</source>
        <translation>İPTAL EDİLDİ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1214" />
        <source>CANNOT PACK</source>
        <translation>PAKETLENEMEZ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1302" />
        <source>{0} is not a shipment, order or item in the queue</source>
        <translation>{0} kuyruktaki bir gönderi, sipariş veya ürün değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1315" />
        <source>{0} is finished: {1} label(s) printed at this station, nothing left to do (it has left the queue)</source>
        <translation>{0} tamamlandı: bu istasyonda {1} etiket yazdırıldı, yapılacak bir şey kalmadı (kuyruktan çıktı)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1339" />
        <source>Unknown action barcode {0}</source>
        <translation>Bilinmeyen işlem barkodu {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1367" />
        <source>Scanned {0} of {1}</source>
        <translation>Okutulan {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1370" />
        <source>pieces {0} of {1}</source>
        <translation>parça {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1376" />
        <source>wrong item</source>
        <translation>yanlış ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1377" />
        <source>too many</source>
        <translation>fazla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1378" />
        <source>unknown</source>
        <translation>bilinmeyen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1379" />
        <source>bad serial</source>
        <translation>hatalı seri no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1380" />
        <source>serial used</source>
        <translation>seri no kullanılmış</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1381" />
        <source>serial expected</source>
        <translation>seri no bekleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1382" />
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1383" />
        <source>cannot pack</source>
        <translation>paketlenemez</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1388" />
        <source>refused {0} ({1})</source>
        <translation>reddedilen {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1430" />
        <source>Package {0}: scan its items</source>
        <translation>Paket {0}: ürünlerini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1456" />
        <source>No box preset {0}</source>
        <translation>{0} adlı koli şablonu yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1271" />
        <location filename="../../packstation/gui/pages/pack.py" line="1459" />
        <source>Box {0}</source>
        <translation>Koli {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1216" />
        <source>REFUSED</source>
        <translation>REDDEDİLDİ</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1225" />
        <source>{0} is not in this shipment: put it aside</source>
        <translation>{0} bu gönderide yok: kenara koyun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1229" />
        <source>{0}: all %n piece(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: %n parçanın hepsi zaten okutuldu - bunu çıkarın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1232" />
        <source>{0}: all %n unit(s) already scanned - take this one out</source>
        <translation>
            <numerusform>{0}: %n adedin hepsi zaten okutuldu - bunu çıkarın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1235" />
        <source>unknown barcode {0}: scan the item's barcode</source>
        <translation>bilinmeyen barkod {0}: ürünün barkodunu okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1238" />
        <source>IMEI {0} fails its check digit: scan it again</source>
        <translation>IMEI {0} kontrol basamağı hatalı: yeniden okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1241" />
        <source>{0} is a product barcode, not a serial number: scan the serial label</source>
        <translation>{0} bir ürün barkodu, seri numarası değil: seri numarası etiketini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1244" />
        <source>{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label</source>
        <translation>{0} bir seri numarası değil (4-64 harf, rakam, - / .): seri numarası etiketini okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1249" />
        <source>serial {0} is already recorded for shipment {1}: scan the serial of the item in hand</source>
        <translation>{0} seri numarası zaten {1} gönderisine kayıtlı: elinizdeki ürünün seri numarasını okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1253" />
        <source>serial {0} was already scanned for {1}: scan this unit's serial</source>
        <translation>{0} seri numarası zaten {1} için okutuldu: bu adedin seri numarasını okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1257" />
        <source>scan the serial number of the {0} just scanned before the next item</source>
        <translation>sonraki üründen önce az önce okutulan {0} ürününün seri numarasını okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1260" />
        <source>the marketplace cancelled this shipment: put the items back</source>
        <translation>pazar yeri bu gönderiyi iptal etti: ürünleri yerine koyun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1262" />
        <source>this item cannot be packed at the bench: put it aside</source>
        <translation>bu ürün istasyonda paketlenemez: kenara koyun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1269" />
        <source>OK: {0} serial {1}</source>
        <translation>TAMAM: {0} seri no {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1273" />
        <source>OK: shipment code {0}</source>
        <translation>TAMAM: gönderi kodu {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1275" />
        <source>OK: action {0}</source>
        <translation>TAMAM: işlem {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1278" />
        <source>OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}</source>
        <translation>TAMAM: {0} parça {1}/{2} (adet {3}/{4}) paket {5} içinde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1281" />
        <source>OK: {0} piece {1} of {2} in package {3}</source>
        <translation>TAMAM: {0} parça {1}/{2} paket {3} içinde</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1285" />
        <source>OK: {0} {1} of {2}: now scan its serial number</source>
        <translation>TAMAM: {0} {1}/{2}: şimdi seri numarasını okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1288" />
        <source>OK: {0} {1} of {2}</source>
        <translation>TAMAM: {0} {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1472" />
        <source>Amazon recommends no packages for this shipment</source>
        <translation>Amazon bu gönderi için paket önermiyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1477" />
        <source>Using Amazon's {0} recommended package(s)</source>
        <translation>Amazon'un önerdiği {0} paket kullanılıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1509" />
        <source>Nothing to weigh: scan a shipment first</source>
        <translation>Tartılacak bir şey yok: önce bir gönderi okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1518" />
        <source>Weight {0} {1}</source>
        <translation>Ağırlık {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1546" />
        <source>Nothing to confirm</source>
        <translation>Onaylanacak bir şey yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1561" />
        <source>Weight confirmed for {0}</source>
        <translation>Ağırlık onaylandı: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1563" />
        <source>Shipped in one box: {0}</source>
        <translation>Tek kolide gönderildi: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1604" />
        <source>Finishing in {0} s (Esc or any scan stops)</source>
        <translation>{0} sn içinde tamamlanıyor (Esc veya herhangi bir okutma durdurur)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1633" />
        <source>Nothing to finish: scan a shipment first</source>
        <translation>Tamamlanacak bir şey yok: önce bir gönderi okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1640" />
        <source>Not ready: {0}</source>
        <translation>Hazır değil: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1649" />
        <source>Self Ship: scan the carrier's label of each package ({0} of {1} have a tracking id{2})</source>
        <translation>Self Ship: her paketin kargo etiketini okutun ({1} paketten {0} tanesinde takip numarası var{2})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1654" />
        <source>; type the carrier</source>
        <translation>; kargo firmasını girin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1660" />
        <source>Self Ship: each package needs its own tracking id</source>
        <translation>Self Ship: her paketin kendi takip numarası olmalı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1667" />
        <source>Finishing…</source>
        <translation>Tamamlanıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1669" />
        <source>Finishing {0}…</source>
        <translation>{0} tamamlanıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/pack.py" line="1695" />
        <source>creating %n package(s)</source>
        <translation>
            <numerusform>%n paket oluşturuluyor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1697" />
        <source>getting shipping options</source>
        <translation>kargo seçenekleri alınıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1700" />
        <source>generating the invoice and packing slip</source>
        <translation>fatura ve paket fişi oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1702" />
        <source>generating the packing slip</source>
        <translation>paket fişi oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1703" />
        <source>generating the invoice</source>
        <translation>fatura oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1705" />
        <source>generating the label(s)</source>
        <translation>etiketler oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1707" />
        <source>labels exist at Amazon: fetching them again</source>
        <translation>etiketler Amazon'da zaten var: yeniden alınıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1709" />
        <source>downloading label {0} of {1}</source>
        <translation>etiket {0}/{1} indiriliyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1711" />
        <source>printing label {0} of {1}</source>
        <translation>etiket {0}/{1} yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1713" />
        <source>marking the package(s) shipped</source>
        <translation>paketler gönderildi olarak işaretleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1715" />
        <source>Amazon is busy: waiting {0} s, then trying again</source>
        <translation>Amazon meşgul: {0} s bekleyip yeniden deneniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1728" />
        <source>Label printed · {0}</source>
        <translation>Etiket yazdırıldı · {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1730" />
        <source>Done: label printed for {0}. Scan the next shipment.</source>
        <translation>Bitti: {0} için etiket yazdırıldı. Sonraki gönderiyi okutun.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1757" />
        <source>Packing slip</source>
        <translation>Paket fişi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1766" />
        <source>The invoice came as {0}: not shown</source>
        <translation>Fatura {0} biçiminde geldi: gösterilmiyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1772" />
        <source>No invoice to print: finish a shipment first</source>
        <translation>Yazdırılacak fatura yok: önce bir gönderiyi tamamlayın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1775" />
        <source>Printing the invoice…</source>
        <translation>Fatura yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1788" />
        <source>Label made, not confirmed printed</source>
        <translation>Etiket oluşturuldu, yazdırıldığı doğrulanmadı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1789" />
        <source>Cancelled by the marketplace: put the items back</source>
        <translation>Pazar yeri iptal etti: ürünleri yerine koyun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1790" />
        <source>Refused before any change at Amazon</source>
        <translation>Amazon'da hiçbir şey değişmeden reddedildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1792" />
        <source>Amazon is unavailable: wait a few minutes, then press F12 again</source>
        <translation>Amazon'a ulaşılamıyor: birkaç dakika bekleyin, sonra yeniden F12'ye basın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1797" />
        <source>Failed: {0}</source>
        <translation>Başarısız: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1800" />
        <source>Finish failed: {0}</source>
        <translation>Tamamlama başarısız: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1802" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1822" />
        <source>Choose the shipping option</source>
        <translation>Kargo seçeneğini seçin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1833" />
        <source>Wait: the label is being printed. Reprint once the finish is done.</source>
        <translation>Bekleyin: etiket yazdırılıyor. Tamamlama bitince yeniden yazdırın.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1840" />
        <source>The label of {0} is still waiting in the printer queue: it prints by itself once the printer is ready. To print it elsewhere, cancel it under Devices &amp; Printers first.</source>
        <translation>{0} etiketi hâlâ yazıcı kuyruğunda bekliyor: yazıcı hazır olunca kendiliğinden yazdırılır. Başka yerde yazdırmak için önce Cihazlar ve Yazıcılar bölümünden iptal edin.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1846" />
        <source>Printing the label again…</source>
        <translation>Etiket yeniden yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1857" />
        <source>The waiting label of {0} printed: scan {0} and press F12 to close the shipment</source>
        <translation>{0} için bekleyen etiket yazdırıldı: gönderiyi kapatmak için {0} gönderisini okutun ve F12'ye basın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1865" />
        <source>The waiting label printed: closing {0}…</source>
        <translation>Bekleyen etiket yazdırıldı: {0} kapatılıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1874" />
        <source>The waiting label of {0} did not print ({1}): press Ctrl+P to print it again</source>
        <translation>{0} için bekleyen etiket yazdırılamadı ({1}): yeniden yazdırmak için Ctrl+P'ye basın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1907" />
        <source>Rejecting {0}…</source>
        <translation>{0} reddediliyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1914" />
        <source>{0} rejected.</source>
        <translation>{0} reddedildi.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1916" />
        <source>{0} rejected. Scan the next shipment.</source>
        <translation>{0} reddedildi. Sonraki gönderiyi okutun.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1917" />
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1922" />
        <source>Correcting the inventory…</source>
        <translation>Stok düzeltiliyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1931" />
        <source>Inventory not corrected: {0} Fix it on the Inventory page.</source>
        <translation>Stok düzeltilmedi: {0} Stok sayfasında düzeltin.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1942" />
        <source>{0} put aside; its scans are kept.</source>
        <translation>{0} kenara alındı; okutmaları korunuyor.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1992" />
        <source>The marketplace cancelled shipment {0}.

STOP: put the items back. Nothing was printed.</source>
        <translation>Pazaryeri {0} gönderisini iptal etti.

DURUN: ürünleri geri koyun. Hiçbir şey yazdırılmadı.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1997" />
        <source>Cancelled: put the items back</source>
        <translation>İptal edildi: ürünleri geri koyun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="1998" />
        <source>CANCELLED: put the items back</source>
        <translation>İPTAL EDİLDİ: ürünleri geri koyun</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="131" />
        <source>ready</source>
        <extracomment>printers.status.PrinterStatus problems and printers.spool.JobState values.</extracomment>
        <translation>hazır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="132" />
        <source>head open</source>
        <translation>kafa açık</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="133" />
        <source>paper out</source>
        <translation>kağıt bitti</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="134" />
        <source>ribbon out</source>
        <translation>şerit bitti</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="135" />
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="136" />
        <source>buffer full</source>
        <translation>arabellek dolu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="137" />
        <source>head over temperature</source>
        <translation>kafa aşırı sıcak</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="138" />
        <source>head under temperature</source>
        <translation>kafa çok soğuk</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="139" />
        <source>corrupt RAM (configuration lost)</source>
        <translation>RAM bozuk (yapılandırma kayboldu)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="142" />
        <source>queued</source>
        <translation>sırada</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="143" />
        <source>sending</source>
        <translation>gönderiliyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="144" />
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="145" />
        <source>confirming</source>
        <translation>onaylanıyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="146" />
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="147" />
        <source>attention</source>
        <translation>dikkat</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="148" />
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="149" />
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="150" />
        <source>printed (confirmed)</source>
        <translation>yazdırıldı (onaylandı)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="151" />
        <source>sent</source>
        <translation>gönderildi</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="265" />
        <location filename="../../packstation/gui/printers_panel.py" line="280" />
        <source>Printers</source>
        <translation>Yazıcılar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="276" />
        <source>Printer address</source>
        <extracomment>Where the bench keeps the labels as Amazon sent them (a PDF/PNG label is previewed from its original); the station's documents folder unless given.</extracomment>
        <translation>Yazıcı adresi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="279" />
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="282" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="286" />
        <source>Check status</source>
        <translation>Durumu kontrol et</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="289" />
        <source>Print test label</source>
        <translation>Test etiketi yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="293" />
        <location filename="../../packstation/gui/printers_panel.py" line="335" />
        <source>Print queue</source>
        <translation>Yazdırma kuyruğu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="304" />
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="315" />
        <source>Cancel job</source>
        <translation>İşi iptal et</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="317" />
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="386" />
        <source>Asking %s…</source>
        <translation>%s sorgulanıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="437" />
        <source>Printing a test label on %s…</source>
        <translation>%s üzerinde test etiketi yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="445" />
        <source>{0}: test label {1}</source>
        <translation>{0}: test etiketi {1}</translation>
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
        <translation>Ara veya okut</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="125" />
        <source>Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)</source>
        <translation>Ara veya okut: gönderi, sipariş, SKU veya ürün barkodu  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="128" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="129" />
        <source>All programs</source>
        <translation>Tüm programlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync (F5)</source>
        <translation>Eşitle (F5)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="133" />
        <source>Sync the queue</source>
        <translation>Kuyruğu eşitle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack (Enter)</source>
        <translation>Paketle (Enter)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="136" />
        <source>Pack selected</source>
        <translation>Seçileni paketle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="144" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="154" />
        <source>Why the queue is empty</source>
        <translation>Kuyruk neden boş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="168" />
        <source>Shipment queue</source>
        <translation>Gönderi kuyruğu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="183" />
        <source>Queue columns (click to sort)</source>
        <translation>Kuyruk sütunları (sıralamak için tıklayın)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="185" />
        <source>Queue rows</source>
        <translation>Kuyruk satırları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="206" />
        <source>Queue counts</source>
        <translation>Kuyruk sayıları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="207" />
        <source>Queue sync state</source>
        <translation>Kuyruk eşitleme durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="208" />
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="258" />
        <source>The bench could not start: {0}</source>
        <translation>İstasyon başlatılamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="377" />
        <source>To pack</source>
        <translation>Paketlenecek</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="378" />
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="379" />
        <source>Labelled</source>
        <translation>Etiketlendi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="380" />
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="388" />
        <source>{0} shipments · {1} to pack · {2} high priority</source>
        <translation>{0} gönderi · {1} paketlenecek · {2} yüksek öncelikli</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="196" />
        <source>Priority</source>
        <extracomment>status group key -&gt; the statuses it holds (tab order of the queue page)</extracomment>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="197" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="198" />
        <source>Shipment</source>
        <translation>Gönderi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="199" />
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="200" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="201" />
        <source>Units</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="202" />
        <source>Ship by</source>
        <translation>Son gönderim</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="203" />
        <source>Pickup</source>
        <translation>Kargo alımı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="204" />
        <source>Items</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="316" />
        <source>{0} h {1}</source>
        <translation>{0} sa {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>HIGH</source>
        <translation>YÜKSEK</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="285" />
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="302" />
        <source>now, ends in {0}</source>
        <translation>şimdi, {0} kaldı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>GIFT</source>
        <translation>HEDİYE</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="305" />
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="313" />
        <source>{0} min</source>
        <translation>{0} dk</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="317" />
        <source>{0} d</source>
        <translation>{0} g</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/queue.py" line="325" />
        <source>late {0}</source>
        <translation>{0} gecikti</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="156" />
        <source>North America (NA)</source>
        <translation>Kuzey Amerika (NA)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="157" />
        <source>Europe (EU)</source>
        <translation>Avrupa (EU)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="158" />
        <source>Far East (FE)</source>
        <translation>Uzak Doğu (FE)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="119" />
        <source>Reject shipment {0}</source>
        <translation>Gönderiyi reddet: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="120" />
        <source>Reject shipment</source>
        <translation>Gönderiyi reddet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="122" />
        <location filename="../../packstation/gui/pages/pack.py" line="125" />
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="123" />
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="124" />
        <source>Customer requested</source>
        <translation>Müşteri istedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="127" />
        <source>Units to reject:</source>
        <translation>Reddedilecek adet:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="132" />
        <source>Units of {0} to reject</source>
        <translation>{0} için reddedilecek adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="141" />
        <location filename="../../packstation/gui/pages/pack.py" line="143" />
        <source>Correct the inventory at Amazon</source>
        <translation>Amazon'daki stoku düzelt</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="149" />
        <source>Units of each SKU left on the shelf (sellable):</source>
        <translation>Her SKU için rafta kalan adet (satılabilir):</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="156" />
        <source>Units of {0} on the shelf</source>
        <translation>{0} için raftaki adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="169" />
        <location filename="../../packstation/gui/pages/pack.py" line="170" />
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="174" />
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="77" />
        <source>defective</source>
        <translation>kusurlu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="78" />
        <source>not as described</source>
        <translation>açıklandığı gibi değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="79" />
        <source>no longer needed</source>
        <translation>artık gerekmiyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="80" />
        <source>wrong item</source>
        <translation>yanlış ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="81" />
        <source>undeliverable</source>
        <translation>teslim edilemedi</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="52" />
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="53" />
        <source>carrier notified to pick up from customer</source>
        <translation>kargo firmasına müşteriden teslim alma bildirildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="56" />
        <source>carrier out for pick up from customer</source>
        <translation>kargo müşteriden teslim almak için yolda</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="59" />
        <source>customer cancelled pick up</source>
        <translation>müşteri teslim almayı iptal etti</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="60" />
        <source>customer rescheduled pick up</source>
        <translation>müşteri teslim almayı yeniden planladı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="63" />
        <source>picked from customer</source>
        <translation>müşteriden teslim alındı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="64" />
        <source>in transit</source>
        <translation>yolda</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="65" />
        <source>out for delivery</source>
        <translation>dağıtımda</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="66" />
        <source>delivered</source>
        <translation>teslim edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="67" />
        <source>replanned</source>
        <translation>yeniden planlandı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="68" />
        <source>customer dropped off</source>
        <translation>müşteri teslim etti</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="69" />
        <source>partially processed</source>
        <translation>kısmen işlendi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="70" />
        <source>processed</source>
        <translation>işlendi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="71" />
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="72" />
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="56" />
        <source>Sellable</source>
        <extracomment>One lane for the page's jobs (they run in the order asked); tags go to the label printer's.</extracomment>
        <translation>Satılabilir</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="57" />
        <source>Damaged</source>
        <translation>Hasarlı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="58" />
        <source>Wrong item</source>
        <translation>Yanlış ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="127" />
        <source>Scan RMA or reverse tracking id</source>
        <translation>RMA veya iade takip no okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="130" />
        <source>Scan or type an RMA, reverse tracking id or return id, then Enter</source>
        <translation>RMA, iade takip no veya iade no okutun ya da yazın, sonra Enter</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="134" />
        <source>Open the return</source>
        <translation>İadeyi aç</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="141" />
        <location filename="../../packstation/gui/pages/returns.py" line="215" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="142" />
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="145" />
        <location filename="../../packstation/gui/pages/returns.py" line="146" />
        <source>RMA id</source>
        <translation>RMA no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="148" />
        <location filename="../../packstation/gui/pages/returns.py" line="150" />
        <source>Reverse tracking id</source>
        <translation>İade takip no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="152" />
        <location filename="../../packstation/gui/pages/returns.py" line="157" />
        <source>Created since</source>
        <translation>Şu tarihten beri oluşturulan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="154" />
        <source>Filter by creation date</source>
        <translation>Oluşturulma tarihine göre filtrele</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="160" />
        <location filename="../../packstation/gui/pages/returns.py" line="165" />
        <source>Updated since</source>
        <translation>Şu tarihten beri güncellenen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="162" />
        <source>Filter by update date</source>
        <translation>Güncellenme tarihine göre filtrele</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="173" />
        <source>Search returns</source>
        <translation>İadelerde ara</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="191" />
        <source>Returns and detail</source>
        <translation>İadeler ve ayrıntı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="193" />
        <source>Returns</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="203" />
        <source>Return rows</source>
        <translation>İade satırları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="204" />
        <source>Return columns</source>
        <translation>İade sütunları</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="210" />
        <location filename="../../packstation/gui/pages/returns.py" line="214" />
        <source>Return</source>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="216" />
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="217" />
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="218" />
        <source>Shipment</source>
        <translation>Gönderi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="219" />
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="220" />
        <source>Reverse tracking</source>
        <translation>İade takibi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="221" />
        <source>Inspection</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="229" />
        <source>Inspection outcome</source>
        <translation>Kontrol sonucu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="233" />
        <source>Units inspected</source>
        <translation>Kontrol edilen adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="235" />
        <source>Inspection note</source>
        <translation>Kontrol notu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="236" />
        <source>Note (optional)</source>
        <translation>Not (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="237" />
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="238" />
        <source>Units</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="239" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="242" />
        <location filename="../../packstation/gui/pages/returns.py" line="244" />
        <source>Record inspection</source>
        <translation>Kontrolü kaydet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock</source>
        <translation>Stoğa al</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="247" />
        <source>Restock units</source>
        <translation>Adetleri stoğa al</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="250" />
        <source>Print tag</source>
        <translation>İade etiketini yazdır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="255" />
        <source>Return detail</source>
        <translation>İade ayrıntısı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>◀ Previous</source>
        <translation>◀ Önceki</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="268" />
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next ▶</source>
        <translation>Sonraki ▶</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="271" />
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="276" />
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="277" />
        <source>Returns state</source>
        <translation>İadeler durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="278" />
        <location filename="../../packstation/gui/pages/returns.py" line="347" />
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="349" />
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="414" />
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n iade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="417" />
        <source>Empty page; more on the next page</source>
        <translation>Boş sayfa; devamı sonraki sayfada</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="419" />
        <source>No returns match</source>
        <translation>Eşleşen iade yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="424" />
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="444" />
        <source>No return for %1: check the code or search by filters</source>
        <translation>%1 için iade yok: kodu kontrol edin veya filtrelerle arayın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="454" />
        <source>Return %1 open</source>
        <translation>İade %1 açık</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="484" />
        <source>{0}  (RMA {1})</source>
        <translation>{0}  (RMA {1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="501" />
        <source>not inspected</source>
        <translation>kontrol edilmedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="531" />
        <source>Inspection recorded: %1</source>
        <translation>Kontrol kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="545" />
        <source>Restocked %1 × %2: Amazon now has %3</source>
        <translation>Stoğa alındı %1 × %2: Amazon'daki stok artık %3</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="560" />
        <source>Restocked</source>
        <translation>Stoğa alındı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../packstation/gui/pages/returns.py" line="565" />
        <source>Restocked %n unit(s)</source>
        <translation>
            <numerusform>%n adet stoğa alındı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="575" />
        <source>Return tag printed</source>
        <translation>İade etiketi yazdırıldı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="578" />
        <source>Return tag: %1</source>
        <translation>İade etiketi: %1</translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="23" />
        <source>Return</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="24" />
        <source>Status</source>
        <translation>Durum</translation>
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
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="28" />
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="29" />
        <source>Reverse tracking</source>
        <translation>İade takibi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="30" />
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="31" />
        <source>Inspection</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/models/returns_model.py" line="68" />
        <source>{0}, restocked {1}</source>
        <translation>{0}, {1} stoğa geri alındı</translation>
    </message>
</context>
<context>
    <name>RuntimeHolder</name>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="188" />
        <source>none</source>
        <extracomment>how often an idle label printer's status is asked for (never while a finish prints) the running parts, once :meth:`start` has built them (None before and after) the scale's last reading, as delivered on the GUI thread (None: no scale) finishes under way (the pack controller counts them): no status asks meanwhile</extracomment>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="251" />
        <source>Another Packstation on this computer is printing this station's labels (a second window, or packstation ship): close it, then start this one again.</source>
        <translation>Bu bilgisayardaki başka bir Packstation bu istasyonun etiketlerini yazdırıyor (ikinci bir pencere veya packstation ship): onu kapatın, sonra bunu yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="304" />
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="327" />
        <source>Synced {0}: {1} waiting</source>
        <translation>Eşitlendi {0}: {1} bekliyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="334" />
        <source>Sync failed: {0} (retrying)</source>
        <translation>Eşitleme başarısız: {0} (yeniden deneniyor)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="401" />
        <source>stable</source>
        <translation>sabit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="402" />
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="403" />
        <source>settling</source>
        <translation>sabitleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="404" />
        <source>overload</source>
        <translation>aşırı yük</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="405" />
        <source>under zero</source>
        <translation>sıfırın altında</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="406" />
        <source>disconnected: type weights (F4)</source>
        <translation>bağlantı yok: ağırlıkları elle girin (F4)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="417" />
        <source>Scale: {0} {1}</source>
        <translation>Tartı: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="421" />
        <source>Scale: {0}</source>
        <translation>Tartı: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/runtime_holder.py" line="427" />
        <source>Printer: {0}</source>
        <translation>Yazıcı: {0}</translation>
    </message>
</context>
<context>
    <name>ScaleState</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="303" />
        <source>stable</source>
        <translation>sabit</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="304" />
        <source>zero</source>
        <translation>sıfır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="305" />
        <source>moving</source>
        <translation>hareketli</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="306" />
        <source>overload</source>
        <translation>aşırı yük</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="307" />
        <source>under zero</source>
        <translation>sıfırın altında</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="308" />
        <source>disconnected</source>
        <translation>bağlantı kesildi</translation>
    </message>
</context>
<context>
    <name>ScalesPanel</name>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="73" />
        <source>Scales and scanners</source>
        <translation>Tartılar ve barkod okuyucular</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="88" />
        <source>Scale</source>
        <extracomment>the bench's own scale is shown (the runtime owns it: never stopped from here)</extracomment>
        <translation>Tartı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="90" />
        <source>Scale port or address</source>
        <translation>Tartı portu veya adresi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="94" />
        <source>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID</source>
        <translation>COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT veya hid://VID:PID</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="97" />
        <source>Scale protocol</source>
        <translation>Tartı protokolü</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="102" />
        <source>Unit shown</source>
        <translation>Gösterilen birim</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="108" />
        <source>Find ports</source>
        <translation>Portları bul</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="111" />
        <source>Connect scale</source>
        <translation>Tartıyı bağla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="114" />
        <source>Zero the scale</source>
        <translation>Tartıyı sıfırla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="122" />
        <location filename="../../packstation/gui/scales_panel.py" line="130" />
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="124" />
        <source>Scale state</source>
        <translation>Tartı durumu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="125" />
        <source>Scale statistics</source>
        <translation>Tartı istatistikleri</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="126" />
        <source>Port or address</source>
        <translation>Port veya adres</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="127" />
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="128" />
        <source>Show in</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="131" />
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="137" />
        <source>Virtual scale (sandbox)</source>
        <translation>Sanal tartı (test ortamı)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="141" />
        <source>Weight to put on the scale</source>
        <translation>Tartıya konacak ağırlık</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="149" />
        <source>Put a box on</source>
        <translation>Koli koy</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="152" />
        <source>Take it off</source>
        <translation>Koliyi kaldır</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="163" />
        <source>Scan here</source>
        <translation>Buraya okutun</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="166" />
        <source>Scan or type a code to test</source>
        <translation>Test için bir kod okutun veya yazın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="168" />
        <source>Scan a barcode (or type one and press Enter)</source>
        <translation>Bir barkod okutun (veya yazıp Enter'a basın)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="170" />
        <source>Classified scans</source>
        <translation>Sınıflandırılan okutmalar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="215" />
        <source>virtual scale ({0})</source>
        <translation>sanal tartı ({0})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="220" />
        <source>The bench's scale: change it in Settings (scale.url), then restart</source>
        <translation>İstasyonun tartısı: Ayarlar'da değiştirin (scale.url), sonra yeniden başlatın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="251" />
        <source>connecting…</source>
        <translation>bağlanıyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="272" />
        <source>not connected</source>
        <translation>bağlı değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="335" />
        <source>readings {0}, skipped frames {1}, reconnects {2}</source>
        <translation>okuma {0}, atlanan çerçeve {1}, yeniden bağlanma {2}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/scales_panel.py" line="348" />
        <source>Reconnect</source>
        <translation>Yeniden bağlan</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="95" />
        <source>wrong item</source>
        <extracomment>Refusal reasons (services.packing.Refusal values): the long name, and the short one of tiles.</extracomment>
        <translation>yanlış ürün</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="96" />
        <source>wrong</source>
        <translation>yanlış</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="99" />
        <location filename="../../packstation/gui/texts.py" line="100" />
        <source>too many</source>
        <translation>fazla</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="103" />
        <source>unknown barcode</source>
        <translation>bilinmeyen barkod</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="104" />
        <source>unknown</source>
        <translation>bilinmeyen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="107" />
        <source>invalid serial</source>
        <translation>geçersiz seri no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="108" />
        <source>bad serial</source>
        <translation>hatalı seri no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="111" />
        <source>duplicate serial</source>
        <translation>yinelenen seri no</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="112" />
        <source>duplicate</source>
        <translation>yinelenen</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="115" />
        <source>serial expected</source>
        <translation>seri no bekleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="116" />
        <source>no serial</source>
        <translation>seri no yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="119" />
        <source>shipment cancelled</source>
        <translation>gönderi iptal edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="120" />
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="123" />
        <location filename="../../packstation/gui/texts.py" line="124" />
        <source>not packable</source>
        <translation>paketlenemez</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="37" />
        <source>Station</source>
        <translation>İstasyon</translation>
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
        <translation>Test ortamı (yerleşik pazaryeri)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="41" />
        <source>Production (Amazon)</source>
        <translation>Canlı (Amazon)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="42" />
        <location filename="../../packstation/gui/pages/settings.py" line="44" />
        <source>Station name</source>
        <translation>İstasyon adı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="47" />
        <source>Amazon connection (production profile)</source>
        <translation>Amazon bağlantısı (canlı profil)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="49" />
        <location filename="../../packstation/gui/pages/settings.py" line="61" />
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="52" />
        <location filename="../../packstation/gui/pages/settings.py" line="62" />
        <source>Marketplace id</source>
        <translation>Pazaryeri kimliği</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="53" />
        <location filename="../../packstation/gui/pages/settings.py" line="63" />
        <source>Location id</source>
        <translation>Konum kimliği</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="54" />
        <location filename="../../packstation/gui/pages/settings.py" line="64" />
        <source>LWA client id</source>
        <translation>LWA istemci kimliği</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="55" />
        <location filename="../../packstation/gui/pages/settings.py" line="65" />
        <source>LWA client secret</source>
        <translation>LWA istemci gizli anahtarı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="56" />
        <location filename="../../packstation/gui/pages/settings.py" line="66" />
        <source>LWA refresh token</source>
        <translation>LWA yenileme belirteci</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="59" />
        <source>unchanged</source>
        <translation>değişmedi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="70" />
        <source>Database and folders</source>
        <translation>Veritabanı ve klasörler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="72" />
        <source>Shared database URL</source>
        <translation>Ortak veritabanı URL'si</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="73" />
        <source>empty: this station's own SQLite file</source>
        <translation>boş: bu istasyonun kendi SQLite dosyası</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="74" />
        <source>Shared database</source>
        <translation>Ortak veritabanı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="77" />
        <source>Settings file</source>
        <translation>Ayar dosyası</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="78" />
        <source>Data folder</source>
        <translation>Veri klasörü</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="79" />
        <source>Log folder</source>
        <translation>Günlük klasörü</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="89" />
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="90" />
        <source>Save settings</source>
        <translation>Ayarları kaydet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>stored</source>
        <translation>kayıtlı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="127" />
        <source>not stored</source>
        <translation>kayıtlı değil</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="130" />
        <source>Client secret: {0}; refresh token: {1} (kept in the OS keyring)</source>
        <translation>İstemci gizli anahtarı: {0}; yenileme belirteci: {1} (işletim sisteminin anahtar zincirinde saklanır)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="136" />
        <source>Keyring unavailable: {0}</source>
        <translation>Anahtar zinciri kullanılamıyor: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="149" />
        <location filename="../../packstation/gui/pages/settings.py" line="179" />
        <source>Not saved: {0}</source>
        <translation>Kaydedilmedi: {0}</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="156" />
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="173" />
        <source>Saved to {0}. A profile change takes effect at the next start.</source>
        <translation>Kaydedildi: {0}. Profil değişikliği bir sonraki başlatmada geçerli olur.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../packstation/gui/texts.py" line="38" />
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="39" />
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="40" />
        <source>confirmed</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="41" />
        <source>package created</source>
        <translation>paket oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="42" />
        <source>pickup slot retrieved</source>
        <translation>teslim alma zamanı alındı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="43" />
        <source>invoice generated</source>
        <translation>fatura oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="44" />
        <source>label generated</source>
        <translation>etiket oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="45" />
        <source>shipped</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="46" />
        <source>delivered</source>
        <translation>teslim edildi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/texts.py" line="47" />
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>ShippingOptionDialog</name>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="209" />
        <source>Shipping option for {0}</source>
        <translation>{0} için kargo seçeneği</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="210" />
        <source>Choose a shipping option</source>
        <translation>Bir kargo seçeneği seçin</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="214" />
        <source>Choose how this shipment leaves:</source>
        <translation>Bu gönderinin nasıl çıkacağını seçin:</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="215" />
        <source>Shipping options</source>
        <translation>Kargo seçenekleri</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="221" />
        <source>(recommended)</source>
        <translation>(önerilen)</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="232" />
        <location filename="../../packstation/gui/pages/pack.py" line="233" />
        <source>Use this option</source>
        <translation>Bu seçeneği kullan</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="238" />
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="252" />
        <source>picked up</source>
        <translation>adresten alım</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="253" />
        <source>drop off</source>
        <translation>şubeye teslim</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="254" />
        <source>window</source>
        <translation>zaman aralığı</translation>
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
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="60" />
        <source>Scan your badge, or type your name. A new badge needs your name once.</source>
        <translation>Kartınızı okutun veya adınızı yazın. Yeni bir kart için adınız bir kez gerekir.</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="64" />
        <location filename="../../packstation/gui/sign_in.py" line="66" />
        <source>Badge</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="65" />
        <location filename="../../packstation/gui/sign_in.py" line="67" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="143" />
        <source>Packer sign-in</source>
        <translation>Paketleyici girişi</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="152" />
        <source>Signed-in packer</source>
        <translation>Giriş yapan paketleyici</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="154" />
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="157" />
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="181" />
        <source>{0} at {1}</source>
        <translation>{0} (istasyon: {1})</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="183" />
        <source>Signed in at station {0}</source>
        <translation>İstasyon {0}: giriş yapıldı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="186" />
        <source>Nobody signed in at {0}</source>
        <translation>İstasyon {0}: giriş yapan yok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="269" />
        <source>Sign-in waits for the database to start</source>
        <translation>Giriş için veritabanının başlaması bekleniyor</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="286" />
        <source>New badge: type your name</source>
        <translation>Yeni kart: adınızı yazın</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/sign_in.py" line="316" />
        <source>The database has not started yet</source>
        <translation>Veritabanı henüz başlamadı</translation>
    </message>
</context>
<context>
    <name>SpoolJobsModel</name>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="61" />
        <source>Job</source>
        <extracomment>marked for lupdate, translated in headerData</extracomment>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="62" />
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="63" />
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/printers_panel.py" line="64" />
        <source>State</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../packstation/gui/pages/dashboard.py" line="129" />
        <source>Dashboard</source>
        <extracomment>where the figures come from: (the audit store, the open queue), or None before the start</extracomment>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/devices.py" line="28" />
        <source>Devices &amp; Printers</source>
        <translation>Cihazlar ve Yazıcılar</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/inventory.py" line="104" />
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/pack.py" line="293" />
        <source>Pack</source>
        <translation>Paketle</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/queue.py" line="109" />
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/returns.py" line="108" />
        <source>Returns</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../packstation/gui/pages/settings.py" line="29" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
</TS>