"""The participant's side of a room: raise a hand, and join or leave the room.

Both are thin views over the participant's :class:`~realnet_kit.workbook.seat.Seat`:
a click writes to the seat (kept in the workbook, published to the room at once), and
the widget follows the seat's traits, so a "stuck" hand lowered when an exercise passes
goes down on screen too.

>>> import tempfile, pathlib
>>> from realnet_kit.workbook.seat import Seat
>>> seat = Seat(pathlib.Path(tempfile.mkdtemp()))
>>> _ = seat.join(pathlib.Path(tempfile.mkdtemp()))
>>> hand = HandRaiser(seat)
>>> hand.stuck.click(); seat.hand["kind"], hand.lower.disabled
('stuck', False)
>>> seat.after_attempt("01", passed=True); seat.hand, hand.lower.disabled
(None, True)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from realnet_kit.html import Markup
from realnet_kit.style import CSS_COLORS
from realnet_kit.widgets._common import try_to_save

__all__ = ["HandRaiser", "RoomChoice"]

_BOX = "padding:6px 10px;border-left:4px solid {};margin:2px 0"


def _since(hand: dict[str, Any]) -> str:
    try:
        when = dt.datetime.fromisoformat(hand["since"]).astimezone()
    except (KeyError, TypeError, ValueError):
        return ""
    return f" since {when:%H:%M}"


class _SeatView:
    """What both room widgets do: save through the seat, and say how it went."""

    status: Any

    def _show(self, change: Any = None) -> None:
        raise NotImplementedError

    def _save(self, write: Any) -> None:
        if try_to_save(write, self._say):
            self._show()

    def _say(self, text: str) -> None:
        self.status.value = str(Markup("<span role='status'>{}</span>").format(text))


class HandRaiser(_SeatView):
    """ "I'm stuck" and "I'm done" buttons for a participant in a room.

    A "stuck" hand goes down by itself when an exercise passes; a "done" hand when the
    participant opens the next notebook; "Lower my hand" does either at once.
    """

    def __init__(self, seat: Any) -> None:
        import ipywidgets as w

        self.seat = seat
        self.stuck = w.Button(
            description="I'm stuck", icon="hand-paper-o",
            tooltip="Raise your hand: the facilitator sees that you are stuck",
        )  # fmt: skip
        self.done = w.Button(
            description="I'm done", icon="check",
            tooltip="Tell the facilitator you have finished this part",
        )  # fmt: skip
        self.lower = w.Button(description="Lower my hand", tooltip="Put your hand down")
        self.stuck.on_click(lambda _: self._raise("stuck"))
        self.done.on_click(lambda _: self._raise("done"))
        self.lower.on_click(lambda _: self._save(seat.lower_hand))
        self.status = w.HTML()
        self.widget = w.VBox(
            [w.HBox([self.stuck, self.done, self.lower]), self.status],
            layout=w.Layout(margin="0 0 6px 0"),
        )
        self.widget.add_class("realnet-room-hand")
        seat.observe(self._show, names=["hand", "label", "problem", "joined"])
        self._show()

    def _raise(self, kind: str) -> None:
        self._save(lambda: self.seat.raise_hand(kind))

    def _show(self, change: Any = None) -> None:
        hand = self.seat.hand
        self.lower.disabled = hand is None
        self.stuck.button_style = "warning" if hand and hand["kind"] == "stuck" else ""
        self.done.button_style = "success" if hand and hand["kind"] == "done" else ""
        if not self.seat.joined:
            text = Markup("You are not in the room: nothing is shared.")
        elif hand is None:
            text = Markup("In the room as <b>{}</b>. No hand up.").format(self.seat.label)
        else:
            after = (
                "it goes down when your exercise passes"
                if hand["kind"] == "stuck"
                else "it goes down when you open the next notebook"
            )
            text = Markup("In the room as <b>{}</b>. Your hand is up (<b>{}</b>){}; {}.").format(
                self.seat.label, hand["kind"], _since(hand), after
            )
        if self.seat.problem:
            text += Markup(" <i>{}</i>").format(self.seat.problem)
        colour = CSS_COLORS["waiting_line"] if hand else CSS_COLORS["line"]
        self.status.value = str(
            Markup("<div role='status' style='{}'>{}</div>").format(_BOX.format(colour), text)
        )

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)


class RoomChoice(_SeatView):
    """Notebook 00's "Join the room" button, the seat label, and "Leave the room"."""

    def __init__(self, seat: Any) -> None:
        import ipywidgets as w

        self.seat = seat
        self.join = w.Button(description="Join the room", button_style="primary", icon="users")
        self.leave = w.Button(description="Leave the room", icon="sign-out")
        self.label = w.Text(
            description="Seat label", value=seat.label, layout=w.Layout(width="24em"),
            placeholder='e.g. "Table 3"',
        )  # fmt: skip
        self.rename = w.Button(description="Change my label")
        self.join.on_click(lambda _: self._save(seat.join))
        self.leave.on_click(lambda _: self._save(seat.leave))
        self.rename.on_click(lambda _: self._save(lambda: seat.rename(self.label.value)))
        self.status = w.HTML()
        self.widget = w.VBox([self.status, w.HBox([self.join, self.leave]),
                              w.HBox([self.label, self.rename])])  # fmt: skip
        self.widget.add_class("realnet-room-choice")
        seat.observe(self._show, names=["joined", "label", "problem"])
        self._show()

    def _show(self, change: Any = None) -> None:
        joined = self.seat.joined
        offered = self.seat.offered
        self.join.layout.display = "none" if joined or offered is None else None
        self.leave.layout.display = None if joined else "none"
        self.label.disabled = self.rename.disabled = not joined
        self.label.value = self.seat.label
        if offered is None and not joined:
            text = Markup("There is no room in this workshop: nothing is shared.")
        elif joined:
            text = Markup(
                "You are in the room as <b>{}</b>: the facilitator sees your progress "
                "(exercises passed or tried, and which mistake a wrong answer made) and your "
                "raised hand, never your answers or your data."
            ).format(self.seat.label)
        else:
            text = Markup(
                "The facilitator offers a room: press <b>Join the room</b> to share your "
                "progress anonymously. Nothing is shared until you do."
            )
        if self.seat.problem:
            text += Markup(" <i>{}</i>").format(self.seat.problem)
        self.status.value = str(Markup("<div role='status'>{}</div>").format(text))

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)
