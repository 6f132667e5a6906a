"""The sandbox marketplace's state, one module per concern.

:class:`~packstation.sandbox.marketplace.MarketplaceState` composes one *desk* per concern around
one :class:`~.clock.World` (lock, simulated clock, seed, epoch, timed events):

============== ============================ ==================================================
module         desk                         keeps
============== ============================ ==================================================
``errors``     --                           :class:`SandboxError` and its helpers
``clock``      :class:`World`               :class:`SimClock`, the event queue
``tokens``     :class:`TokenDesk`           LWA access tokens
``inventory``  :class:`InventoryDesk`       stock and reservations, batchInventory
``returns``    :class:`ReturnDesk`          generated and imported returns
``shipments``  :class:`ShipmentDesk`        records, workflow, packages, shipping options,
                                            carrier scans and deliveries
``packages``   --                           the rules of a package body (pure functions)
``labels``     :class:`LabelDesk`           generateShipLabels, label files and their URLs
``invoices``   :class:`InvoiceDesk`         generateInvoice, retrieveInvoice
============== ============================ ==================================================

Desks depend downward only (``labels``/``invoices`` -> ``shipments`` -> ``inventory``/``returns``
-> ``clock``/``errors``) and never take the lock: ``MarketplaceState`` does, and applies due events
first where Amazon's answer depends on time. A later API (MFN orders with Buy Shipping, FBA
inbound) adds a desk here and one attribute on ``MarketplaceState``.
"""
