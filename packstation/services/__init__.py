"""Use cases of the packing bench: queue sync, packing, finish-to-label, runtime wiring.

Qt-free, synchronous, typed. Blocking calls (HTTP, database, printer) happen in the methods
marked *I/O*; the GUI runs those through ``packstation.gui.tasks.TaskRunner`` and never on the
GUI thread. Progress is reported through plain callbacks, which the GUI adapts to signals.

API (what the GUI and the CLI call)
-----------------------------------

``packstation.services.packing`` (pure, no I/O; call it on the GUI thread)
    ``PackingSession(shipment, *, serials=SerialRegistry, catalogue={barcode: sku},
    box_presets=DEFAULT_BOX_PRESETS)``

    * ``.lines: dict[line_id, LineState]`` (``sku``, ``expected``, ``scanned``, ``serials``,
      ``serial_required``, ``remaining``, ``done``); ``.expected_units``, ``.scanned_units``
    * ``.scan(code, classification: ScanClass | None = None) -> ScanOutcome``
      (``accepted``, ``message``, ``refusal: Refusal | None`` = WRONG_ITEM / OVER_SCAN /
      UNKNOWN_BARCODE / INVALID_SERIAL / DUPLICATE_SERIAL / SERIAL_EXPECTED /
      SHIPMENT_CANCELLED, ``line_id``, ``awaiting_serial``, ``serial``, ``action``);
      ``.refusals: dict[str, int]`` counts refusals by reason
    * ``.cues() -> list[Cue]`` (gift wrap / gift message / hazmat / fragile / multi-piece /
      serial / cash on delivery / packing slip)
    * packages: ``.packages: list[PackageDraft]``, ``.current``, ``.add_package(preset=None)``,
      ``.select_package(i)``, ``.remove_package(i)``, ``.move_units(line_id, qty, src, dst)``,
      ``.apply_preset(BoxPreset)``, ``.preset_for_code(code)``,
      ``.set_dimensions(l, w, h, unit="CM")``, ``.set_weight(value, unit="KG")`` (>= 5 g, raises
      ``PackingError``), ``.set_fragile()``, ``.use_recommended_packages() -> bool``,
      ``.remove_unit(line_id)``
    * ``.problems() -> list[str]``, ``.is_complete``, ``.to_create_packages_body() -> dict``
    * ``.to_state() -> dict`` / ``.restore(state)`` (JSON, saved after every change)
    * ``program_of(shipment) -> "EASY_SHIP" | "SELF_SHIP" | "SELLER_FLEX"``

``packstation.services.queue`` (*I/O*: ``sync``; the rest is in memory)
    ``QueueService(source, *, location_id=None, statuses=WORKING_STATUSES)`` (source: the channel's ``list_work``)

    * ``.sync(*, full=False, progress=cb(status, count)) -> QueueDelta`` (*I/O*;
      ``added: list[Shipment]``, ``updated: list[Shipment]``, ``removed: list[str]``, ``full``)
    * ``.shipments`` (most urgent first), ``.get(id)``, ``.counts()``, ``.lookup(code) -> id | None``
    * ``.apply(shipments)`` merges shipments read elsewhere; ``.remove(id)``
    * ``urgency_key(shipment, pickup_start=None)``: expected ship time, HIGH first, pickup window

``packstation.services.workflow`` (*I/O* everywhere)
    ``PackingWorkflow(channel, db, printer, *, station, packer="packer", documents_dir,
    catalogue=None, box_presets=DEFAULT_BOX_PRESETS)``: ``channel`` a sales channel
    (``services.channel.Channel``; ``services.channels.ef.EfChannel`` over the EF client), ``db``
    a ``store.Database``, ``printer`` a ``LabelPrinter`` (``SpoolPrinter``) or None

    * ``.open(shipment_id, *, confirm=True, restore=True) -> PackingSession`` claims, re-reads,
      CONFIRMs at once and restores the saved packing state; ``.record(session, outcome, uid)``
      journals a scan with the state (``.scan(session, code)``: both); ``.save(session)``
      persists packages, dimensions and weights (cheap)
    * ``.finish(session, *, progress=cb(FinishStep, str), choose_option=cb(list[RateOption],
      recommended) -> RateOption | None, self_ship=cb(package_id) -> (carrier, tracking_id) | None)
      -> FinishResult`` (``tracking_ids``, ``labels: list[LabelOutcome]``, ``invoice``,
      ``invoice_format``, ``printed``, ``messages``); ``.finished_before(shipment_id)``
    * ``.reject(session, reason, lines=None)``, ``.can_reject(shipment)``,
      ``.reprint(shipment_id, package_id=None)``, ``.regenerate(shipment_id)``,
      ``.resume_open() -> list[str]``, ``.close_shipment(shipment_id)``
    * errors: ``BenchError`` (message for the packer) and subclasses ``ShipmentCancelled``
      ("put the items back"), ``PrintProblem`` (label kept in the spool), ``NeedsInput``,
      ``ClaimProblem``, ``LabelIncomplete``

``packstation.services.scan_recorder`` (*I/O*: the scan log, the journal)
    ``ScanRecorder(workflow, scan_log)``: ``.log(session, outcome) -> uid`` before a scan is
    shown, ``.take(outcome)``, ``.journaled(uid, ok=True)`` after its journal write (the log is
    cleared when none is pending, kept after a failed write); ``.scan(session, code)`` all in one
    (the command line). ``replay_scan_log(workflow, scan_log) -> int`` at start-up.

``packstation.services.runtime``
    ``Runtime.from_settings(settings, paths, *, label_printer=None, packer="packer",
    scan_log=False, scale=False) -> Runtime`` (*I/O*: starts the sandbox, the virtual printers
    and scale in the sandbox profile) with ``.client``, ``.channel``, ``.db``, ``.queue``,
    ``.workflow``, ``.label_printer_url``, ``.printer``, ``.scale``, ``.weights``,
    ``.inventory`` (``InventoryService``; ``.inventory.at(location_id)`` for another location),
    ``.returns`` (``ReturnsService``), ``.sandbox``, ``.virtual_printer``; ``.close()``. Every
    part is a typed attribute (never ``getattr(runtime, ...)``).
"""
