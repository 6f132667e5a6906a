"""Route Qt's own messages (qDebug, qWarning, ...) into Python logging."""

from __future__ import annotations

import logging

from PySide6 import QtCore

log = logging.getLogger("qt")

_LEVELS = {
    QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
    QtCore.QtMsgType.QtInfoMsg: logging.INFO,
    QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
    QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
    QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(msg_type: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    log.log(_LEVELS.get(msg_type, logging.WARNING), "[%s] %s", category, message)


def install() -> None:
    """Send Qt messages to the ``qt`` logger from now on."""
    QtCore.qInstallMessageHandler(_handler)
