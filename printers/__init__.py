"""printers: a standalone label and receipt printer library (ZPL over TCP 9100, ESC/POS,
system printers for PDFs, a virtual ZPL printer, a persistent spool).

It knows nothing of Amazon or of Packstation and never imports Qt.
"""

__version__ = "0.1.0"
