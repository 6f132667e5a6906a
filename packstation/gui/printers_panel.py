"""Printers on the Devices & Printers page: add by address, verify, test label, spool queue.

:class:`PrintersPanel` is composed into the page by ``pages/devices.py``. Every printer and spool
call runs through the :class:`~packstation.gui.tasks.TaskRunner`, printer calls on the lane
``"printer:<address>"`` so one printer's jobs never interleave. :class:`LabelPreviewWidget`
shows a label (:mod:`printers.preview`): the test label, or the print job chosen in the queue (a
PDF/PNG label from the original the finish keeps in the documents folder); where a label cannot
be drawn, why, and its text and barcodes.
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from packstation.config.paths import app_paths
from packstation.gui import texts
from packstation.gui.tasks import TaskRunner
from packstation.gui.widgets import IndicatorLabel, named
from printers.address import open_printer, parse_address
from printers.errors import AddressError, PrinterError
from printers.preview import LabelPreview, job_preview, preview_available, preview_label
from printers.spool import JobState, Spool, SpoolJob
from printers.status import PrinterInfo, PrinterStatus
from printers.zpl.templates import render_label

log = logging.getLogger(__name__)

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def query_printer(url: str) -> tuple[PrinterStatus, PrinterInfo | None]:
    """Status and identity of ``url`` (runs on a task lane, never on the GUI thread)."""
    with open_printer(url) as printer:
        return printer.status(), printer.info()


def print_directly(url: str, data: bytes) -> str:
    with open_printer(url) as printer:
        result = printer.print_job(data)
    return "printed (confirmed)" if result.confirmed else "sent"


def test_label(url: str) -> bytes:
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return render_label("test-4x6", {"printer": url, "when": now, "code": "PACKSTATION-TEST"})


class SpoolJobsModel(QtCore.QAbstractTableModel):
    """The spool's jobs, newest first; the model never does I/O (the panel loads the list)."""

    #: marked for lupdate, translated in headerData
    HEADERS = (
        texts.QT_TRANSLATE_NOOP("SpoolJobsModel", "Job"),
        texts.QT_TRANSLATE_NOOP("SpoolJobsModel", "Printer"),
        texts.QT_TRANSLATE_NOOP("SpoolJobsModel", "Label"),
        texts.QT_TRANSLATE_NOOP("SpoolJobsModel", "State"),
    )

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[SpoolJob] = []

    def set_jobs(self, jobs: list[SpoolJob]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def job_at(self, row: int) -> SpoolJob | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            QtCore.Qt.ItemDataRole.DisplayRole,
            QtCore.Qt.ItemDataRole.ToolTipRole,  # the whole text of an elided cell
        ):
            return None
        job = self._jobs[index.row()]
        return (texts.count(job.id), job.printer, job.name, texts.printer_text(job.text))[
            index.column()
        ]

    def headerData(
        self,
        section: int,
        orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == QtCore.Qt.ItemDataRole.DisplayRole
            and orientation == QtCore.Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None


class LabelPreviewWidget(QtWidgets.QLabel):
    """A label drawn off the GUI thread: ZPL, a PDF or PNG label, or a print job's label.

    Where a label cannot be drawn it shows why and what the label holds (its text and
    barcodes, :class:`~printers.preview.LabelPreview`), as plain text.

    Signals:
        rendered(int): the preview shows that many labels (0 with a message instead).
    """

    rendered = QtCore.Signal(int)

    def __init__(self, tasks: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "labelPreview", self.tr("Label preview"))
        self.tasks = tasks
        #: the last preview shown (None before the first)
        self.preview: LabelPreview | None = None
        self._image: QtGui.QImage | None = None
        self._request = 0
        # Label text is the customer's: never read as rich text.
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(203, 305)
        # The picture follows the widget's size, never the other way round.
        Policy = QtWidgets.QSizePolicy.Policy
        self.setSizePolicy(Policy.Ignored, Policy.Ignored)
        self.setWordWrap(True)
        self.setMargin(8)
        self.setText(self.tr("Print a test label or choose a print job to see its label here."))

    @property
    def showing_fallback(self) -> bool:
        """The preview shows a message (why, and what the label holds) instead of a picture."""
        return self._image is None

    def show_zpl(self, zpl: bytes, width: int = 812, height: int = 1218) -> None:
        self._run(
            preview_label,
            zpl,
            "ZPL",
            width=width,
            height=height,
            use_zplkit=preview_available(),
        )

    def show_label(self, data: bytes, label_format: str | None = None) -> None:
        """A label file: ZPL, PDF or PNG (``label_format``; recognised from ``data`` if None)."""
        self._run(preview_label, data, label_format, use_zplkit=preview_available())

    def show_job(self, spool: Spool, job: SpoolJob, documents_dir: Path | None) -> None:
        """The label of a print job: the original PDF/PNG when kept, else what was sent."""
        self._run(
            job_preview,
            spool.db_path,
            job.id,
            job.name,
            documents_dir,
            use_zplkit=preview_available(),
        )

    def _run(self, fn: Callable[..., LabelPreview], *args: Any, **kwargs: Any) -> None:
        self._request += 1
        request = self._request
        self._image = None
        self.setPixmap(QtGui.QPixmap())
        self.setText(self.tr("Rendering…"))
        self.tasks.run(
            fn,
            *args,
            on_done=lambda preview: self._on_preview_done(request, preview),
            on_error=lambda exc: self._on_preview_failed(request, exc),
            owner=self,
            lane="label preview",
            name="label preview",
            **kwargs,
        )

    def _on_preview_done(self, request: int, preview: LabelPreview) -> None:
        if request != self._request:
            return  # a newer label was asked for meanwhile
        self.preview = preview
        image = QtGui.QImage.fromData(preview.images[0]) if preview.drawn else QtGui.QImage()
        if image.isNull():
            if preview.drawn:
                self._message(self.tr("The label cannot be shown: %s") % preview.source)
            else:
                self._message(preview.fallback_text())
            return
        self._image = image
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self._scale()
        lines = [preview.origin] if preview.origin else []
        if len(preview.images) > 1:
            lines.append(self.tr("the first of %n labels", "", len(preview.images)))
        lines += list(preview.notes)
        self.setToolTip("\n".join(lines))
        self.rendered.emit(len(preview.images))

    def _on_preview_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        log.warning("label preview failed", exc_info=exc)
        self.preview = None
        self._message(self.tr("The label cannot be shown: %s") % exc)

    def _scale(self) -> None:
        if self._image is None:
            return
        size = self.contentsRect().size()
        pixmap = QtGui.QPixmap.fromImage(self._image).scaled(
            max(1, size.width()),
            max(1, size.height()),
            QtCore.Qt.AspectRatioMode.KeepAspectRatio,
            QtCore.Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _message(self, text: str) -> None:
        self._image = None
        self.setPixmap(QtGui.QPixmap())
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
        self.setText(text)
        self.setToolTip("")
        self.rendered.emit(0)


class PrintersPanel(QtWidgets.QWidget):
    """Add printers by address, see their status, print a test label, manage the spool.

    Signals:
        printer_verified(str, object): an address answered; (address, PrinterStatus).
        printer_failed(str, str): an address could not be verified; (address, reason).
        jobs_reloaded(int): the spool table was refreshed; number of jobs shown.
    """

    printer_verified = QtCore.Signal(str, object)
    printer_failed = QtCore.Signal(str, str)
    jobs_reloaded = QtCore.Signal(int)
    _spool_changed = QtCore.Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        spool: Spool | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        documents_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "printersPanel", self.tr("Printers"))
        self.tasks = tasks
        self.spool = spool
        #: Where the bench keeps the labels as Amazon sent them (a PDF/PNG label is previewed
        #: from its original); the station's documents folder unless given.
        self.documents_dir = (
            documents_dir if documents_dir is not None else app_paths().documents_dir
        )
        self._unsubscribe = None

        self.address_edit = named(
            QtWidgets.QLineEdit(), "printerAddressEdit", self.tr("Printer address")
        )
        self.address_edit.setPlaceholderText("zpl://printer-host:9100, escpos://…, cups://queue")
        self.add_button = named(QtWidgets.QPushButton(self.tr("Add")), "printerAddButton")
        self.printer_list = named(QtWidgets.QListWidget(), "printerList", self.tr("Printers"))
        # Its colour follows the last answer: a fixed printer's "ready" is not left red.
        self.status_label = IndicatorLabel("printerStatusLabel", self.tr("Status"))
        self.status_label.setWordWrap(True)
        self.status_label.set_state("", "off")
        self.verify_button = named(
            QtWidgets.QPushButton(self.tr("Check status")), "printerVerifyButton"
        )
        self.test_button = named(
            QtWidgets.QPushButton(self.tr("Print test label")), "printerTestButton"
        )
        self.preview = LabelPreviewWidget(tasks, self)
        self.jobs_model = SpoolJobsModel(self)
        self.jobs_view = named(QtWidgets.QTableView(), "spoolJobsView", self.tr("Print queue"))
        self.jobs_view.setModel(self.jobs_model)
        self.jobs_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.jobs_view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_view.setWordWrap(False)
        # Addresses and shipment ids keep both ends when they do not fit (host and port, the id
        # and the package); the tooltip has the whole text.
        self.jobs_view.setTextElideMode(QtCore.Qt.TextElideMode.ElideMiddle)
        self.jobs_view.verticalHeader().setVisible(False)
        header = named(self.jobs_view.horizontalHeader(), "spoolJobsHeader", self.tr("Columns"))
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        Mode = QtWidgets.QHeaderView.ResizeMode
        # The job, printer and label columns take what their texts need (a print queue holds a
        # few dozen jobs); the state takes the rest.
        for column, mode in enumerate(
            (Mode.ResizeToContents, Mode.ResizeToContents, Mode.ResizeToContents, Mode.Stretch)
        ):
            header.setSectionResizeMode(column, mode)
        self.cancel_button = named(
            QtWidgets.QPushButton(self.tr("Cancel job")), "spoolCancelButton"
        )
        self.reprint_button = named(QtWidgets.QPushButton(self.tr("Reprint")), "spoolReprintButton")

        add_row = QtWidgets.QHBoxLayout()
        add_row.addWidget(self.address_edit, 1)
        add_row.addWidget(self.add_button)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        left = QtWidgets.QVBoxLayout()
        left.addLayout(add_row)
        left.addWidget(self.printer_list, 1)
        left.addWidget(self.status_label)
        left.addLayout(actions)
        job_actions = QtWidgets.QHBoxLayout()
        job_actions.addWidget(self.cancel_button)
        job_actions.addWidget(self.reprint_button)
        job_actions.addStretch(1)
        left.addWidget(QtWidgets.QLabel(self.tr("Print queue")))
        left.addWidget(self.jobs_view, 2)
        left.addLayout(job_actions)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.preview, 1)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.address_edit.returnPressed.connect(self._on_add_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.printer_list.currentTextChanged.connect(self._on_printer_list_changed)
        self.jobs_view.selectionModel().selectionChanged.connect(
            self._on_jobs_view_selection_changed
        )
        self._spool_changed.connect(self.reload_jobs, QtCore.Qt.ConnectionType.QueuedConnection)
        if spool is not None:
            # Spool callbacks arrive on its worker threads; the signal hops to the GUI thread.
            # A weak reference: the spool outlives the panel.
            ref = weakref.ref(self)

            def on_spool_change(_job: SpoolJob) -> None:
                panel = ref()
                if panel is not None and shiboken6.isValid(panel):
                    panel._spool_changed.emit()

            self._unsubscribe = spool.subscribe(on_spool_change)
        self._update_buttons()

    # ------------------------------------------------------------------ public
    @property
    def current_address(self) -> str:
        item = self.printer_list.currentItem()
        return item.text() if item is not None else ""

    def add_printer(self, url: str) -> None:
        """Check ``url``, list it, and verify it with a status query."""
        try:
            address = str(parse_address(url))
        except AddressError as exc:
            self._show_status(str(exc), error=True)
            return
        if not self.printer_list.findItems(address, QtCore.Qt.MatchFlag.MatchExactly):
            self.printer_list.addItem(address)
        matches = self.printer_list.findItems(address, QtCore.Qt.MatchFlag.MatchExactly)
        self.printer_list.setCurrentItem(matches[0])
        self.verify(address)

    def verify(self, url: str) -> None:
        self._show_status(self.tr("Asking %s…") % url, level="off")
        self.tasks.run(
            query_printer,
            url,
            lane=f"printer:{url}",
            owner=self,
            on_done=lambda result: self._on_query_done(url, result),
            on_error=lambda exc: self._on_query_failed(url, exc),
            name=f"status {url}",
        )

    def reload_jobs(self) -> None:
        if self.spool is None:
            return
        try:
            self.tasks.run(
                self.spool.jobs, on_done=self._on_jobs_loaded, owner=self, name="spool jobs"
            )
        except RuntimeError:
            log.debug("spool changed while the application shuts down; not reloading")

    # ------------------------------------------------------------------ slots
    def _on_add_button_clicked(self) -> None:
        text = self.address_edit.text().strip()
        if text:
            self.add_printer(text)

    def _on_verify_button_clicked(self) -> None:
        if self.current_address:
            self.verify(self.current_address)

    def _on_printer_list_changed(self, _text: str) -> None:
        self._update_buttons()

    def _on_test_button_clicked(self) -> None:
        url = self.current_address
        if not url:
            return
        data = test_label(url)
        self.preview.show_zpl(data)
        if self.spool is not None:
            spool = self.spool
            self.tasks.run(
                spool.submit,
                url,
                data,
                "test label",
                on_done=lambda _id: self.reload_jobs(),
                owner=self,
            )
            return
        self._show_status(self.tr("Printing a test label on %s…") % url, level="off")
        self.tasks.run(
            print_directly,
            url,
            data,
            lane=f"printer:{url}",
            owner=self,
            on_done=lambda text: self._show_status(
                self.tr("{0}: test label {1}").format(url, texts.printer_text(text))
            ),
            on_error=lambda exc: self._show_status(f"{url}: {exc}", error=True),
        )

    def _selected_job(self) -> SpoolJob | None:
        rows = self.jobs_view.selectionModel().selectedRows()
        return self.jobs_model.job_at(rows[0].row()) if rows else None

    def _on_jobs_view_selection_changed(
        self, _selected: QtCore.QItemSelection, _deselected: QtCore.QItemSelection
    ) -> None:
        job = self._selected_job()
        if job is not None and self.spool is not None:
            self.preview.show_job(self.spool, job, self.documents_dir)

    def _on_cancel_button_clicked(self) -> None:
        job = self._selected_job()
        if job is not None and self.spool is not None:
            self.tasks.run(
                self.spool.cancel, job.id, on_done=lambda _ok: self.reload_jobs(), owner=self
            )

    def _on_reprint_button_clicked(self) -> None:
        job = self._selected_job()
        if job is not None and self.spool is not None:
            self.tasks.run(
                self.spool.reprint, job.id, on_done=lambda _id: self.reload_jobs(), owner=self
            )

    def _on_query_done(self, url: str, result: tuple[PrinterStatus, PrinterInfo | None]) -> None:
        status, info = result
        ident = f" ({info.model}, {info.firmware})" if info is not None else ""
        self._show_status(
            f"{url}{ident}: {texts.printer_text(status.reason)}", error=not status.ready
        )
        self.printer_verified.emit(url, status)

    def _on_query_failed(self, url: str, exc: BaseException) -> None:
        reason = str(exc) if isinstance(exc, PrinterError) else f"unexpected error: {exc!r}"
        self._show_status(f"{url}: {reason}", error=True)
        self.printer_failed.emit(url, reason)

    def _on_jobs_loaded(self, jobs: list[SpoolJob]) -> None:
        self.jobs_model.set_jobs(jobs)
        self._update_buttons()
        self.jobs_reloaded.emit(len(jobs))

    # ------------------------------------------------------------------ helpers
    def _show_status(self, text: str, *, error: bool = False, level: str = "") -> None:
        self.status_label.set_state(text, level or ("error" if error else "ok"))

    def _update_buttons(self) -> None:
        has_printer = bool(self.current_address)
        self.verify_button.setEnabled(has_printer)
        self.test_button.setEnabled(has_printer)
        has_spool = self.spool is not None
        self.cancel_button.setEnabled(has_spool)
        self.reprint_button.setEnabled(has_spool)

    def detach(self) -> None:
        """Stop listening to the spool (call before the page is torn down)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


__all__ = ["JobState", "LabelPreviewWidget", "PrintersPanel", "SpoolJobsModel"]
