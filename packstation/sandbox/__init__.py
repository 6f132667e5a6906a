"""The built-in sandbox marketplace: a real HTTP server speaking Amazon's EF API (2024-09-11).

It is "Amazon's side", written independently of :mod:`packstation.amazon`. Start it in-process::

    from packstation.sandbox.server import SandboxServer

    with SandboxServer(seed=7, shipments=60, rate_limits=True) as server:
        server.base_url   # http://127.0.0.1:PORT
        server.lwa_url    # base_url + /auth/o2/token
        server.admin_url  # base_url + /_sandbox
        server.state      # the MarketplaceState (shipments, inventory, returns, clock)

or as a process: ``packstation sandbox serve [--port 0] [--seed N] [--shipments N] [--no-rate-limits]
[--state FILE [--reset]] [--batch-limit 9]`` (first stdout line: the base URL). ``state_file`` /
``--state`` keep the marketplace across restarts (:mod:`packstation.sandbox.persistence`).

Official static sandbox magic ids: ``listReturns?rmaId=rmaIdTest403|409|429|500|503`` answer that
status; ``getReturn rmaIdInvalid`` answers 400; a ``{placeholder}`` or blank id answers 400.

EF API (paths and methods exactly as the models; ``x-amz-access-token`` required, 403 otherwise)
    ``GET|POST /externalFulfillment/2024-09-11/shipments[/{id}]``, ``.../packages[/{packageId}]``
    (POST, PUT, PATCH), ``.../shippingOptions``, ``.../invoice`` (POST, GET), ``.../shipLabels``
    (PUT); ``POST /externalFulfillment/inventory/2024-09-11/inventories``;
    ``GET /externalFulfillment/2024-09-11/returns[/{returnId}]``.
LWA
    ``POST /auth/o2/token`` (form: grant_type=refresh_token, client_id, client_secret,
    refresh_token). Any non-empty values unless started with ``pinned_credentials``; tokens live
    3600 s of simulated time.
Label files
    ``GET /labels/{token}?X-Amz-...&X-Amz-Signature=...``: presigned-style, expire after 300 s of
    simulated time (403 ``AccessDenied`` XML, like S3). ZPL (IN, AE, SA, TR), PDF (US), PNG (UK).

Admin endpoints (no token; JSON in and out)
    ``GET  /_sandbox/state[?full=1]``            counts, locations, inventory, catalogue, faults
                                                 (``full``: every shipment and return as JSON)
    ``POST /_sandbox/reset`` ``{seed?, shipments?}`` regenerate everything, clear faults
    ``GET|POST /_sandbox/clock`` ``{seconds}``    read / advance simulated time (carrier scans,
                                                 deliveries, returns and token expiry follow it)
    ``GET|PUT|PATCH|DELETE /_sandbox/faults``     replace / merge / clear the :class:`~.faults.Faults`:
                                                 ``latency_ms``, ``error_rates`` (500, 503, 429,
                                                 timeout, reset, malformed per operation or ``*``),
                                                 ``fail_next`` (deterministic queue), ``timeout_s``
    ``POST /_sandbox/shipments``                  create shipments from official Shipment JSON
                                                 (one object or ``{"shipments": [...]}``)
    ``POST /_sandbox/returns``                    import returns as official Return JSON
                                                 (one object or ``{"returns": [...]}``)
    ``POST /_sandbox/shipments/{id}/cancel``      marketplace cancellation ``{reason?, cancellationType?}``
    ``POST|DELETE /_sandbox/labels/fail``         ``{packageIds}`` whose labels fail (FAILURE in a 200)
    ``POST /_sandbox/labels/expire``              ``{shipmentId?}``: expire the label URLs now
    ``POST /_sandbox/tokens/expire``              expire every access token now
    ``GET  /_sandbox/imeis?sku=..&count=n``        valid IMEIs for a serial-numbered SKU (demo scans)

Rules: DESIGN.md's state machine per program (Easy Ship MFN+MARKETPLACE, Self Ship MFN+SELF,
Seller Flex FBA+MARKETPLACE); errors are ``{"errors": [{"code", "message", "details"}]}``.

Layout
    ``server``       :class:`~.server.SandboxServer`: uvicorn in a thread, the state file
    ``app``          :class:`~.app.SandboxApp`: routing table, token check, rate limits, faults,
                     admin endpoints; builds every API in :data:`~.app.APIS`
    ``apis/*``       one module per API (``lwa``, ``ef_shipments``, ``ef_inventory``,
                     ``ef_returns``): a class that registers its routes with the app and turns
                     requests into calls on the state
    ``http``         JSON answers, request bodies, page tokens, query parameters
    ``marketplace``  :class:`~.marketplace.MarketplaceState`: the one door to the state (lock,
                     due events), composing the desks of ``state/*``
    ``state/*``      one desk per concern: clock (``World``), tokens, inventory, returns,
                     shipments (+ ``packages`` rules), labels, invoices
    ``persistence``, ``faults``, ``data`` (generator), ``documents`` (labels, invoices)

Adding an API (for example MFN orders with Buy Shipping, ``orders/v0`` + ``shipping/v2``, or FBA
inbound, ``fba/inbound/v2024-03-20``); nothing of it exists yet:

1. State: a desk in ``state/`` (``state/mfn_orders.py`` with its records and operations, built
   on the shared ``World``; it may use the inventory desk to reserve stock, and a Buy Shipping
   label desk would reuse ``LabelUrl`` tokens). ``MarketplaceState`` gets one attribute for it,
   calls it from ``_populate`` (after the existing desks, so existing seeds stay the same) and one
   locked method per operation; ``persistence`` gets its records under a new key (bump ``VERSION``
   or default the key when absent).
2. Routes: ``apis/mfn_orders.py`` with a class whose constructor calls
   ``server.add_operation(operationId, path, method, handler, changes=...)`` per operation of the
   model (its rate limit comes from ``domain/usage_plans``, else the fallback plan), then add the
   class to ``app.APIS``. Token check, faults, rate limits and persistence then apply unchanged.
3. Admin: seeding endpoints (``POST /_sandbox/orders``) go beside the others in ``app.py``.
"""
