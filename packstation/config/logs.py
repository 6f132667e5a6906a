"""Logging setup: a rotating file in the log folder and a filter that keeps secrets and
personal data out of every record.

Code logs with ``logging.getLogger(__name__)`` and never passes names, addresses, phone numbers
or tokens as arguments. As a second line of defence the :class:`RedactionFilter` replaces

* every value registered with :func:`register_secret` (tokens, client secrets) and
  :func:`register_personal` (buyer names, addresses seen by the app) with ``[redacted]``;
* LWA tokens (``Atza|...``, ``Atzr|...``), ``Bearer`` tokens, ``client_secret=`` /
  ``refresh_token=`` form values and ``x-amz-access-token`` header values;
* e-mail addresses and international (``+``) phone numbers.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

_REDACTED = "[redacted]"
_PATTERNS = [
    re.compile(r"Atz[ar]\|[A-Za-z0-9_\-|.=+/]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9_\-.=+/]+"),
    re.compile(
        r"(?i)((?:client_secret|refresh_token|access_token|password|x-amz-access-token)"
        r"[\"']?\s*[:=]\s*[\"']?)[^\s&\"',}]+"
    ),
    re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"),
    # International phone numbers; other digit runs are barcodes and order ids, which support
    # needs. Phone numbers the app reads from shipments are registered as personal values.
    re.compile(r"(?<![\w.])\+\d[\d ()\-]{7,}\d(?![\w.])"),
]

_lock = threading.Lock()
_sensitive: set[str] = set()
_sensitive_re: re.Pattern[str] | None = None


def _register(value: str, min_len: int) -> None:
    global _sensitive_re  # noqa: PLW0603 - one compiled pattern shared by every handler
    value = value.strip()
    if len(value) < min_len:
        return
    with _lock:
        if value in _sensitive:
            return
        _sensitive.add(value)
        # Longest first so a full address wins over a part of it.
        ordered = sorted(_sensitive, key=len, reverse=True)
        _sensitive_re = re.compile("|".join(re.escape(v) for v in ordered))


def register_secret(value: str) -> None:
    """Never let ``value`` (a token or secret) reach a log record."""
    _register(value, 4)


def register_personal(value: str) -> None:
    """Never let ``value`` (a name, address line, phone number) reach a log record."""
    _register(value, 3)


def redact(text: str) -> str:
    """``text`` with every secret and personal value replaced."""
    pattern = _sensitive_re
    if pattern is not None:
        text = pattern.sub(_REDACTED, text)
    for rx in _PATTERNS:
        if rx.groups:
            text = rx.sub(lambda m: m.group(1) + _REDACTED, text)
        else:
            text = rx.sub(_REDACTED, text)
    return text


class RedactionFilter(logging.Filter):
    """Rewrites each record's message (arguments merged) with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        clean = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg = clean
        record.args = None
        return True


_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: str = "INFO", *, console: bool = False) -> Path:
    """Log to a rotating file ``packstation.log`` in ``log_dir`` (5 x 2 MB) with redaction.

    Safe to call more than once: earlier Packstation handlers are replaced.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "packstation.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_packstation", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._packstation = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactionFilter())
        root.addHandler(handler)
    root.setLevel(level)
    # Library chatter that would log URLs with query strings at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return path
