"""The Pack page's state table (packstation.domain.pack_state), without Qt.

The expected tables below are written out by hand (a row per state, a line per event), so a
change to the rules shows up here as a changed cell, not as a line of a generated list.
"""

from __future__ import annotations

import pytest

from packstation.domain.pack_state import (
    ALLOWED,
    TRANSITIONS,
    Action,
    Event,
    IllegalTransition,
    PackState,
)

# "x": the state takes the action; ".": the page refuses (or ignores) it.
ACTIONS = """
state      open_by_scan reopen scan_item scan_label_check set_weight edit_package confirm finish put_aside reject reprint invoice
idle       x            .      .         .                .          .            .       .      .         .      .       .
opening    .            .      .         .                .          .            .       .      .         .      .       .
packing    .            .      x         .                x          x            x       x      x         x      .       .
finishing  .            .      .         .                .          .            .       .      .         .      .       .
printed    x            x      .         x                .          .            .       .      .         .      x       x
failed     x            .      .         .                .          .            .       .      .         .      x       x
cancelled  x            x      .         .                .          .            .       .      .         .      .       .
"""


def _expected_actions() -> dict[PackState, dict[Action, bool]]:
    header, *rows = ACTIONS.strip().splitlines()
    columns = [Action(name) for name in header.split()[1:]]
    table: dict[PackState, dict[Action, bool]] = {}
    for row in rows:
        state, *cells = row.split()
        assert set(cells) <= {"x", "."}, row
        table[PackState(state)] = dict(zip(columns, [c == "x" for c in cells], strict=True))
    return table


EXPECTED_ACTIONS = _expected_actions()

# Each event: the target state, then the source states ("*": every state).
EXPECTED_TRANSITIONS = {
    Event.OPEN: (PackState.OPENING, "*"),
    Event.OPENED: (PackState.PACKING, "*"),
    Event.OPEN_FAILED: (PackState.FAILED, "idle opening failed"),
    Event.FINISH_STARTED: (PackState.FINISHING, "packing"),
    Event.REJECT_STARTED: (PackState.FINISHING, "packing"),
    Event.PRINTED: (PackState.PRINTED, "finishing opening"),
    Event.FINISH_FAILED: (PackState.PACKING, "finishing opening"),
    Event.FAILED: (PackState.FAILED, "finishing opening"),
    Event.CANCELLED: (PackState.CANCELLED, "*"),
    Event.CLOSED: (PackState.IDLE, "*"),
}


def _sources(spec: str) -> set[PackState]:
    return set(PackState) if spec == "*" else {PackState(name) for name in spec.split()}


def test_the_states_keep_the_strings_the_page_always_had() -> None:
    assert [s.value for s in PackState] == [
        "idle",
        "opening",
        "packing",
        "finishing",
        "printed",
        "failed",
        "cancelled",
    ]
    assert PackState.PACKING == "packing"  # logs, tests and the packState property
    assert f"{PackState.PRINTED}" == "printed"


def test_the_expected_matrices_name_every_state_action_and_event() -> None:
    assert set(EXPECTED_ACTIONS) == set(PackState) == set(ALLOWED)
    for row in EXPECTED_ACTIONS.values():
        assert set(row) == set(Action)
    assert set(EXPECTED_TRANSITIONS) == set(Event) == set(TRANSITIONS)


@pytest.mark.parametrize("state", list(PackState), ids=str)
@pytest.mark.parametrize("action", list(Action), ids=str)
def test_every_state_allows_exactly_its_actions(state: PackState, action: Action) -> None:
    assert state.allows(action) is EXPECTED_ACTIONS[state][action]


@pytest.mark.parametrize("state", list(PackState), ids=str)
@pytest.mark.parametrize("event", list(Event), ids=str)
def test_every_event_moves_from_its_sources_and_raises_elsewhere(
    state: PackState, event: Event
) -> None:
    target, spec = EXPECTED_TRANSITIONS[event]
    if state in _sources(spec):
        assert state.accepts(event)
        assert state.after(event) is target
    else:
        assert not state.accepts(event)
        with pytest.raises(IllegalTransition) as raised:
            state.after(event)
        message = str(raised.value)
        assert repr(state.value) in message
        assert repr(event.value) in message
        assert raised.value.state is state
        assert raised.value.event is event


def test_a_shipment_from_open_to_printed_and_the_next() -> None:
    state = PackState.IDLE
    for event, expected in (
        (Event.OPEN, PackState.OPENING),
        (Event.OPENED, PackState.PACKING),
        (Event.FINISH_STARTED, PackState.FINISHING),
        (Event.FINISH_FAILED, PackState.PACKING),  # 503 from Amazon: F12 again
        (Event.FINISH_STARTED, PackState.FINISHING),
        (Event.PRINTED, PackState.PRINTED),
        (Event.OPEN, PackState.OPENING),  # the next shipment's scan
        (Event.OPENED, PackState.PACKING),
        (Event.CLOSED, PackState.IDLE),  # put aside
    ):
        state = state.after(event)
        assert state is expected, event


def test_finish_and_reject_start_only_while_packing() -> None:
    """A second F12 while the chain runs, or F12 on a printed or cancelled shipment, is a
    refused action; the page never starts a finish outside packing."""
    for state in PackState:
        assert state.allows(Action.FINISH) is (state is PackState.PACKING)
        assert state.allows(Action.REJECT) is (state is PackState.PACKING)
        assert state.accepts(Event.FINISH_STARTED) is state.allows(Action.FINISH)
        assert state.accepts(Event.REJECT_STARTED) is state.allows(Action.REJECT)


def test_a_cancelled_shipment_takes_no_scan_and_ignores_a_late_finish_failure() -> None:
    cancelled = PackState.PACKING.after(Event.CANCELLED)
    assert cancelled is PackState.CANCELLED
    assert not cancelled.allows(Action.SCAN_ITEM)
    assert not cancelled.allows(Action.FINISH)
    assert cancelled.allows(Action.OPEN_BY_SCAN)  # the next shipment
    assert not cancelled.accepts(Event.FINISH_FAILED)
    with pytest.raises(IllegalTransition, match="finish_failed"):
        cancelled.after(Event.FINISH_FAILED)


def test_every_state_either_opens_scans_applies_them_or_waits() -> None:
    """The page's scan routing: a scan opens a shipment, is applied to the shown one, or (while
    opening or finishing) is refused with "wait"; never two of those."""
    for state in PackState:
        takes = state.allows(Action.OPEN_BY_SCAN), state.allows(Action.SCAN_ITEM)
        assert takes.count(True) <= 1, state
        waits = not any(takes)
        assert waits is (state in (PackState.OPENING, PackState.FINISHING)), state
