"""packstation.devices: scales, scanners, barcode / GS1 / IMEI parsing (Qt-free; see DESIGN.md).

Modules: ``weight`` (Weight, WeightUnit, ScaleState, Reading), ``scale_protocols`` (MT-SICS, NCI,
CAS parsers/encoders, Framer), ``hidscale`` (USB HID POS reports, known models), ``scale`` (the
threaded Scale readers, open_scale), ``emulator`` (ScaleEmulator over TCP or a
pty), ``wedge`` (WedgeDetector), ``serial_scanner`` (SerialScanner), ``barcodes`` (classify).
"""
