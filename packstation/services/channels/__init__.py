"""The sales channels the packing workflow serves, one module each, behind
:class:`packstation.services.channel.Channel`.

A channel is added as a module here and wired in :class:`packstation.services.runtime.Runtime`;
the workflow (:mod:`packstation.services.workflow`), the Pack page, the journal, claims, audit,
scanner, scale and printers do not change. The workflow is driven by the order's status in the
order of :func:`packstation.domain.programs.status_rank` (CONFIRMED, PACKAGE_CREATED,
PICKUP_SLOT_RETRIEVED, INVOICE_GENERATED, SHIPLABEL_GENERATED, SHIPPED): a channel maps its own
states onto it when it opens an order as a :class:`packstation.domain.shipments.Shipment`.

``EfChannel`` (:mod:`.ef`, built)
    External Fulfillment 2024-09-11 over ``EFClient``: getShipments / getShipment, processShipment
    CONFIRM / REJECT, createPackages, retrieveShippingOptions, generateInvoice / retrieveInvoice,
    generateShipLabels GENERATE / REGENERATE, the presigned label download, updatePackageStatus.

``MfnChannel`` (not built yet): a merchant-fulfilled order with Buy Shipping
    (Orders v0 + Tokens 2021-03-01 + Shipping v2), over one client module per API on the shared
    ``SpApiTransport``.

    * ``list_work``: getOrders ``FulfillmentChannels=MFN``, ``OrderStatuses=Unshipped,
      PartiallyShipped``, ``LastUpdatedAfter`` (the queue's watermark; 0.0167 rps, so the queue
      syncs incrementally and pages with ``NextToken``). Unshipped maps to CONFIRMED.
    * ``open_order``: getOrder + getOrderItems (paged); the ship-to address with a Restricted
      Data Token (createRestrictedDataToken for ``shippingAddress``) only when a label is bought,
      never kept. Lines become ``lineItems`` (``OrderItemId``, ``SellerSKU``, quantity, serial
      requirement from the item's attributes); the order id is the order id.
    * ``capabilities``: ``acknowledges=False`` (an MFN order needs no confirmation),
      ``documents=()`` (the packing slip is the bench's own), ``has_pickup_slots=False``,
      ``labels_from_channel=True`` (Buy Shipping), ``confirms_shipped=False`` (a label bought
      through Shipping v2 confirms the shipment); an order shipped with the seller's own carrier
      sets ``labels_from_channel=False, confirms_shipped=True`` (Orders confirmShipment).
    * ``create_packages``: kept on the channel (packages are sent with the rate request); the
      status moves to PACKAGE_CREATED.
    * ``rates``: Shipping v2 getRates (channel AMAZON with the order id, ship-from, the package):
      each rate a ``RateOption`` (``shipping_option_id`` = ``rateId``, carrier, price, promise
      window); the ``requestToken`` is kept on the channel for the purchase. Prime orders offer
      Prime services only.
    * ``make_labels``: purchaseShipment (``requestToken``, ``rateId``, document ZPL 4x6); the
      label comes inline (``PackageLabel.file``), the tracking id with it. Journaled before and
      after by the workflow; after a lost answer the workflow re-reads (the order's shipments)
      and asks ``labels_again``, never a second purchase.
    * ``labels_again`` / ``fetch_label``: getShipmentDocuments of the bought shipment.
    * ``confirm_shipped``: Orders confirmShipment (own carrier only); ``reject``: none for MFN
      (the seller cancels the order in Seller Central), so ``can_reject`` is False.
    * ``trouble``: the shared transport's errors read as for EF (ambiguous, refused, malformed).

``FbaInboundChannel`` (not built yet): boxes for FBA (Inbound 2024-03-20, box labels from v0).

    * ``list_work``: the inbound plans in progress (listInboundPlans ACTIVE), each plan's
      shipments one order to pack; ``open_order`` getShipment + listShipmentItems.
    * ``capabilities``: ``acknowledges=True`` (``acknowledge`` = confirmPackingOption after
      generatePackingOptions / listPackingOptions), ``documents=()``, ``has_pickup_slots=True``
      when the marketplace needs a delivery window, ``labels_from_channel=True``.
    * ``create_packages``: setPackingInformation (boxes: contents, weight, dimensions; 22.7 kg
      and 63.5 cm a side in the US unless team lift), then generatePlacementOptions /
      confirmPlacementOption; each asynchronous call's ``operationId`` polled with
      getInboundOperationStatus (2 rps, bounded backoff) inside the channel, so the workflow sees
      one call that succeeded, failed, or is unclear.
    * ``rates``: generate/list transportationOptions (and delivery windows); ``make_labels``:
      confirmTransportationOptions then v0 getLabels (box labels, PDF or ZPL) as one
      ``PackageLabel`` per box; ``labels_again``: getLabels again.
    * ``confirm_shipped``: not needed (the carrier's scan); ``reject``: cancelInboundPlan.
    * Units need FNSKU labels (Code 128) unless the marketplace labels them: a capability for
      the Pack page to print them, added when this channel is built.
"""

from packstation.services.channels.ef import EfChannel

__all__ = ["EfChannel"]
