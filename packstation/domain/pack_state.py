"""The Pack page's state as data: what the packer may do in each state, and what moves it on.

Pure (no Qt, no I/O), so the rules are tested without a window; the page asks
:meth:`PackState.allows` before it acts and moves only through :meth:`PackState.after`
(qutebrowser's ``KeyMode`` with the one place in ``modeman`` that enters and leaves modes).

* :class:`PackState` - where the page is (``idle`` ... ``cancelled``); a ``StrEnum``, so a log
  line, the ``packState`` property and ``state_changed`` keep today's strings.
* :class:`Action` - what the packer (or the page for the packer) asks for: a scan, a weight,
  finish, reprint, put aside...; :data:`ALLOWED` says in which states each one is taken.
* :class:`Event` - what changes the state (a finish started, the label printed, the
  marketplace cancelled...); :data:`TRANSITIONS` gives each event's source states and target.

An action refused by the table is the packer's everyday mistake (F12 before anything is
open): the page refuses it with a message. An event from a state the table does not list is
a bug in the page, not something a packer can cause: :class:`IllegalTransition`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "ALLOWED",
    "TRANSITIONS",
    "Action",
    "Event",
    "IllegalTransition",
    "PackState",
]


class PackState(StrEnum):
    """Where the Pack page is."""

    #: no shipment on screen (at start, after put aside or reject)
    IDLE = "idle"
    #: a shipment is being claimed, re-read and confirmed off the GUI thread
    OPENING = "opening"
    #: a shipment is on screen and being packed: scans, weights, boxes
    PACKING = "packing"
    #: the finish chain (or a reject) runs off the GUI thread
    FINISHING = "finishing"
    #: the label printed: the shipment is done, a scan checks the label or opens the next
    PRINTED = "printed"
    #: opening failed, or the finish failed after its label (the label can be printed again)
    FAILED = "failed"
    #: the marketplace cancelled the shown shipment: nothing of it may be packed
    CANCELLED = "cancelled"

    def allows(self, action: Action) -> bool:
        """Whether ``action`` is taken in this state (else the page refuses or ignores it)."""
        return action in ALLOWED[self]

    def accepts(self, event: Event) -> bool:
        """Whether ``event`` may happen in this state."""
        return self in TRANSITIONS[event][0]

    def after(self, event: Event) -> PackState:
        """The state ``event`` moves to from this one.

        Raises :class:`IllegalTransition` when the table does not list this state as a source
        of ``event``: the page asked for something that cannot happen here (a bug).
        """
        sources, target = TRANSITIONS[event]
        if self not in sources:
            raise IllegalTransition(self, event)
        return target


class Action(StrEnum):
    """What the packer asks the Pack page for (keys, buttons, scans, action barcodes)."""

    #: a scan that is not about the shown shipment opens the shipment it names
    OPEN_BY_SCAN = "open_by_scan"
    #: opening the shown shipment again loads it anew (otherwise the scan field takes the focus)
    REOPEN = "reopen"
    #: an item, serial or Self Ship tracking scan applied to the shown shipment
    SCAN_ITEM = "scan_item"
    #: closed-loop print: the label just printed, scanned off the box
    SCAN_LABEL_CHECK = "scan_label_check"
    #: a package's weight: from the scale, typed, or ``PS:W:`` scanned
    SET_WEIGHT = "set_weight"
    #: packages: new package (F6), box preset, dimensions, Amazon's recommended packages
    EDIT_PACKAGE = "edit_package"
    #: ``PS:CONFIRM``: a surprising weight or pieces travelling together, confirmed
    CONFIRM = "confirm"
    #: finish (F12, ``PS:FINISH``, the auto-finish countdown, a held label that printed)
    FINISH = "finish"
    #: put the shown shipment aside, scans kept (button, ``PS:CANCEL``, opening another one)
    PUT_ASIDE = "put_aside"
    #: reject lines of the shown shipment at the marketplace
    REJECT = "reject"
    #: the Reprint button: print the shown shipment's label again
    REPRINT = "reprint"
    #: show or print (Ctrl+I) the finished shipment's invoice
    INVOICE = "invoice"


class Event(StrEnum):
    """What moves the Pack page from one state to another."""

    #: a shipment is asked for (queue, scan): claimed and re-read off the GUI thread
    OPEN = "open"
    #: a shipment is on screen, ready to pack
    OPENED = "opened"
    #: opening failed with no shipment on screen (with one, the page stays where it is)
    OPEN_FAILED = "open_failed"
    #: F12 (or its equivalents): the finish chain starts
    FINISH_STARTED = "finish_started"
    #: the packer confirmed a reject: it runs at the marketplace
    REJECT_STARTED = "reject_started"
    #: the finish chain ended with printed labels
    PRINTED = "printed"
    #: the finish failed before a label printed: back to packing, F12 tries again
    FINISH_FAILED = "finish_failed"
    #: the finish failed after the label printed: Reprint is offered
    FAILED = "failed"
    #: the marketplace cancelled the shown shipment
    CANCELLED = "cancelled"
    #: the shown shipment left the page (put aside, rejected)
    CLOSED = "closed"


class IllegalTransition(RuntimeError):
    """An event the transition table does not allow from the page's state: a bug in the page."""

    def __init__(self, state: PackState, event: Event) -> None:
        sources = ", ".join(sorted(s.value for s in TRANSITIONS[event][0]))
        super().__init__(
            f"pack state {state.value!r} cannot take event {event.value!r} "
            f"(it happens only from: {sources})"
        )
        self.state = state
        self.event = event


_S = PackState
_A = Action
_EVERY_STATE = frozenset(PackState)

#: the actions taken in each state; any other is refused (or ignored) by the page
ALLOWED: Mapping[PackState, frozenset[Action]] = MappingProxyType(
    {
        _S.IDLE: frozenset({_A.OPEN_BY_SCAN}),
        _S.OPENING: frozenset(),
        _S.PACKING: frozenset(
            {
                _A.SCAN_ITEM,
                _A.SET_WEIGHT,
                _A.EDIT_PACKAGE,
                _A.CONFIRM,
                _A.FINISH,
                _A.PUT_ASIDE,
                _A.REJECT,
            }
        ),
        _S.FINISHING: frozenset(),
        _S.PRINTED: frozenset(
            {_A.OPEN_BY_SCAN, _A.REOPEN, _A.SCAN_LABEL_CHECK, _A.REPRINT, _A.INVOICE}
        ),
        _S.FAILED: frozenset({_A.OPEN_BY_SCAN, _A.REPRINT, _A.INVOICE}),
        _S.CANCELLED: frozenset({_A.OPEN_BY_SCAN, _A.REOPEN}),
    }
)

#: each event: the states it may happen in, and the state it moves to
TRANSITIONS: Mapping[Event, tuple[frozenset[PackState], PackState]] = MappingProxyType(
    {
        # The packer may ask for another shipment at any time (the queue page opens it even
        # while a finish runs: that chain's answer still lands while the next one opens).
        Event.OPEN: (_EVERY_STATE, _S.OPENING),
        # A session is shown whatever was on screen (tests and tools show one directly).
        Event.OPENED: (_EVERY_STATE, _S.PACKING),
        # With no shipment on screen the page is idle, opening, or already failed to open.
        Event.OPEN_FAILED: (frozenset({_S.IDLE, _S.OPENING, _S.FAILED}), _S.FAILED),
        Event.FINISH_STARTED: (frozenset({_S.PACKING}), _S.FINISHING),
        Event.REJECT_STARTED: (frozenset({_S.PACKING}), _S.FINISHING),
        # The chain's answer; another shipment may have been asked for meanwhile.
        Event.PRINTED: (frozenset({_S.FINISHING, _S.OPENING}), _S.PRINTED),
        Event.FINISH_FAILED: (frozenset({_S.FINISHING, _S.OPENING}), _S.PACKING),
        Event.FAILED: (frozenset({_S.FINISHING, _S.OPENING}), _S.FAILED),
        # The marketplace cancels whenever it likes; a session may be shown already cancelled.
        Event.CANCELLED: (_EVERY_STATE, _S.CANCELLED),
        # Put aside (packing) or rejected (the reject's answer, whatever is shown by then).
        Event.CLOSED: (_EVERY_STATE, _S.IDLE),
    }
)
