"""``packstation scale``: scale emulators and reading a scale from the command line.

``packstation scale serve --protocol mt-sics|nci|cas [--port N]`` starts an emulator on
127.0.0.1 and prints its address (``socket://127.0.0.1:PORT``) alone on the first line.
``packstation scale read URL --protocol P [--stable] [--json]`` prints one reading.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from decimal import Decimal
from typing import Any

from packstation.cli import common
from packstation.devices.emulator import ScaleEmulator, parse_script
from packstation.devices.scale import ScaleError, ScaleTimeout, open_scale
from packstation.devices.scale_protocols import PROTOCOL_NAMES
from packstation.devices.weight import Reading, ScaleState


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("scale", help="scale emulator and scale reading")
    actions = parser.add_subparsers(dest="scale_command", metavar="ACTION", required=True)

    serve = actions.add_parser("serve", help="run a scale emulator on 127.0.0.1")
    serve.add_argument("--protocol", choices=PROTOCOL_NAMES, required=True)
    serve.add_argument("--port", type=int, default=0, help="TCP port (0: a free one)")
    serve.add_argument("--pty", action="store_true", help="serve on a pty pair instead (POSIX)")
    serve.add_argument("--weight", default="1.234", help="weight shown (default 1.234)")
    serve.add_argument("--unit", default="kg", help="g, kg, oz or lb")
    serve.add_argument(
        "--continuous", action="store_true", help="push readings without being polled"
    )
    serve.add_argument(
        "--script",
        default="",
        help="steps state[:weight[:seconds]], comma separated, e.g. "
        "'moving:0.8kg:1,stable:1.234kg:3,unplugged:2,stable:1.234kg'",
    )
    serve.set_defaults(func=run)

    read = actions.add_parser("read", help="read a scale once")
    read.add_argument("url", help="COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID")
    read.add_argument("--protocol", choices=[*PROTOCOL_NAMES, "hid-pos"], required=True)
    read.add_argument("--stable", action="store_true", help="wait for the first stable reading")
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--timeout", type=float, default=10.0, help="seconds to wait (default 10)")
    read.add_argument("--baudrate", type=int, default=9600)
    read.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.scale_command == "serve":
        return _serve(args)
    return _read(args)


def _serve(args: argparse.Namespace) -> int:
    try:
        script = parse_script(args.script) if args.script else []
        emulator = ScaleEmulator(
            args.protocol,
            transport="pty" if args.pty else "tcp",
            port=args.port,
            continuous=args.continuous,
        )
        emulator.set_weight(Decimal(args.weight), args.unit)
    except (ValueError, ArithmeticError) as exc:
        raise common.CommandError(str(exc), exit_code=2) from exc
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        emulator.start()
    except OSError as exc:
        raise common.CommandError(f"cannot start the emulator: {exc}") from exc
    try:
        if script:
            emulator.play(script)
        print(emulator.url, flush=True)
        print(
            f"{args.protocol} scale emulator; Ctrl+C to stop",
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


def _reading_json(reading: Reading) -> dict[str, Any]:
    return {
        "state": reading.state.value,
        "weight": str(reading.weight.value) if reading.weight else None,
        "unit": reading.weight.unit.value if reading.weight else None,
    }


def _read(args: argparse.Namespace) -> int:
    try:
        scale = open_scale(args.url, args.protocol, baudrate=args.baudrate, reconnect_interval=0.5)
    except ScaleError as exc:
        raise common.CommandError(str(exc), exit_code=2) from exc
    with scale:
        try:
            if args.stable:
                reading = scale.wait_for(
                    lambda r: r.is_stable and r.weight is not None, args.timeout
                )
            else:
                reading = scale.wait_for(
                    lambda r: r.state is not ScaleState.DISCONNECTED, args.timeout
                )
        except ScaleTimeout as exc:
            error = scale.stats().last_error
            detail = f" ({error})" if error else ""
            raise common.CommandError(f"{exc}{detail}", exit_code=3) from exc
    if args.json:
        print(json.dumps(_reading_json(reading)))
    elif reading.weight is not None:
        print(f"{reading.weight.value} {reading.weight.unit.value} {reading.state.value}")
    else:
        print(reading.state.value)
    return 0
