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
"""
