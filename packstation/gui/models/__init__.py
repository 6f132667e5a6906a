"""Qt item models of the bench, each sitting on a plain domain list (no I/O in a model).

* :class:`QueueTableModel` / :class:`QueueFilterModel` - the shipment queue, kept in urgency order;
  incremental updates use begin/end row calls so a 10,000-row view stays smooth.
* :class:`PackLinesModel` - the lines of the shipment being packed: expected vs scanned.
"""

from packstation.gui.models.pack_lines import PackLine, PackLinesModel
from packstation.gui.models.queue import (
    STATUS_GROUPS,
    QueueFilterModel,
    QueueRow,
    QueueTableModel,
)

__all__ = [
    "STATUS_GROUPS",
    "PackLine",
    "PackLinesModel",
    "QueueFilterModel",
    "QueueRow",
    "QueueTableModel",
]
