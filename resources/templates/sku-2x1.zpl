^XA
^CI28
^PW406
^LL203
^FO20,15^A0N,24,24{{title}}
^FO20,50^BY2^BCN,90,Y,N,N{{barcode:sku}}
^XZ
