"""``packstation printer``: status, send and a virtual printer, from the command line.

    packstation printer status zpl://printer-host:9100 [--json]
    packstation printer send label.zpl zpl://printer-host:9100
    packstation printer serve --port 9100 --out labels/

``send`` exits 3 with the printer's reason when it refuses (paper out, head open, ...), 4 when
the job is in doubt (partial write, not confirmed), 2 when the printer cannot be reached.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from packstation.cli.common import CommandError
from printers.address import open_printer
from printers.errors import (
    AddressError,
    JobInDoubt,
    PrinterError,
    PrinterNotReady,
    PrinterOffline,
    StatusUnknown,
)

EXIT_OFFLINE = 2
EXIT_NOT_READY = 3
EXIT_IN_DOUBT = 4


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("printer", help="query printers, send files, run a virtual printer")
    actions = parser.add_subparsers(dest="printer_command", metavar="ACTION", required=True)

    status = actions.add_parser("status", help="ask a printer for its status")
    status.add_argument("url", help="zpl://host:9100, escpos://host:9100 or cups://queue")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.add_argument("--timeout", type=float, default=2.0, help="seconds per query")
    status.set_defaults(func=run)

    send = actions.add_parser("send", help="print a file (ZPL, ESC/POS bytes or PDF)")
    send.add_argument("file", type=Path)
    send.add_argument("url")
    send.add_argument("--timeout", type=float, default=2.0, help="seconds per status query")
    send.add_argument("--confirm-timeout", type=float, default=20.0)
    send.set_defaults(func=run)

    serve = actions.add_parser("serve", help="run a virtual ZPL printer on 127.0.0.1")
    serve.add_argument("--port", type=int, default=9100, help="TCP port (0: any free port)")
    serve.add_argument("--out", type=Path, required=True, help="folder for the printed labels")
    serve.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    command = args.printer_command
    if command == "serve":
        return _serve(args)
    try:
        if command == "status":
            return _status(args)
        return _send(args)
    except AddressError as exc:
        raise CommandError(str(exc), 2) from exc


def _status(args: argparse.Namespace) -> int:
    printer = open_printer(args.url, connect_timeout=args.timeout, status_timeout=args.timeout)
    try:
        with printer:
            status = printer.status()
            info = printer.info()
    except PrinterOffline as exc:
        return _report(args, {"url": args.url, "ready": False, "reason": str(exc)}, EXIT_OFFLINE)
    except StatusUnknown as exc:
        return _report(args, {"url": args.url, "ready": False, "reason": str(exc)}, EXIT_NOT_READY)
    except PrinterError as exc:
        return _report(args, {"url": args.url, "ready": False, "reason": str(exc)}, 1)
    data: dict[str, object] = {"url": args.url, **status.as_dict()}
    if info is not None:
        data["model"], data["firmware"] = info.model, info.firmware
    return _report(args, data, 0 if status.ready else EXIT_NOT_READY)


def _report(args: argparse.Namespace, data: dict[str, object], code: int) -> int:
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        model = f" ({data['model']} {data['firmware']})" if "model" in data else ""
        print(f"{data['url']}{model}: {data['reason']}")
    return code


def _send(args: argparse.Namespace) -> int:
    try:
        payload = args.file.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {args.file}: {exc.strerror}") from exc
    printer = open_printer(
        args.url,
        connect_timeout=args.timeout,
        status_timeout=args.timeout,
        confirm_timeout=args.confirm_timeout,
    )
    try:
        with printer:
            result = printer.print_job(payload)
    except PrinterNotReady as exc:
        raise CommandError(f"{args.url} refused: {exc.reason}", EXIT_NOT_READY) from exc
    except StatusUnknown as exc:
        raise CommandError(f"{args.url}: {exc}", EXIT_NOT_READY) from exc
    except JobInDoubt as exc:
        raise CommandError(f"{args.url}: {exc}", EXIT_IN_DOUBT) from exc
    except PrinterOffline as exc:
        raise CommandError(str(exc), EXIT_OFFLINE) from exc
    except PrinterError as exc:
        raise CommandError(str(exc)) from exc
    state = "printed (confirmed by the printer)" if result.confirmed else "sent"
    print(f"{args.file.name}: {result.bytes_sent} bytes {state} in {result.seconds:.2f} s")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from printers.virtual import VirtualZplPrinter

    stop = threading.Event()
    try:
        printer = VirtualZplPrinter(args.out, port=args.port).start()
    except OSError as exc:
        raise CommandError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}") from exc
    print(printer.url, flush=True)
    print(f"labels are saved in {args.out}; Ctrl+C stops", file=sys.stderr, flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
    return 0
