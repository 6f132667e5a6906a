"""Pydantic models of the EF API and of packing (shipment, package, scan), and their rules.

Qt-free and I/O-free: the bottom of the application's layers above ``packstation.config``.

EF API models (Amazon's 2024-09-11 Swagger definitions, one class per definition):

* :mod:`packstation.domain.shipments` - ``Shipment``, ``Package``, ``ShipmentsResponse``, ...
* :mod:`packstation.domain.inventory` - ``BatchInventoryRequest``, ``InventoryResponse``, ...
* :mod:`packstation.domain.returns` - ``Return``, ``ReturnsResponse``, ...
* :mod:`packstation.domain.errors` - Amazon's ``ErrorList`` / ``Error``
* :mod:`packstation.domain.timestamps` - the four timestamp forms Amazon mixes
* :mod:`packstation.domain.base` - ``WireModel``: tolerant reading, strict sending
"""
