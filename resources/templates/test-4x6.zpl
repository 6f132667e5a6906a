^XA
^CI28
^PW812
^LL1218
^FO40,40^GB732,1138,4^FS
^FO80,90^A0N,60,60^FDPackstation test label^FS
^FO80,180^A0N,34,34{{printer}}
^FO80,230^A0N,34,34{{when}}
^FO80,320^BY3^BCN,200,Y,N,N{{barcode:code}}
^FO80,620^BQN,2,8{{qr:code}}
^XZ
