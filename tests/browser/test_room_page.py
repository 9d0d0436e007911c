"""Issue 18: the facilitator's room page, live in Chromium: a raised hand appears, then goes.

A room folder with one participant; the page is served by ``RoomServer`` on 127.0.0.1 and
reloads itself every few seconds. The participant raises their hand (through their seat,
as the hand widget does), the page shows it; they lower it, the page no longer does.
Nothing runs on the page and nothing is fetched from elsewhere.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible, run_axe
from .pages import save_screenshot, script_probe

pytestmark = pytest.mark.browser


def test_a_raised_hand_appears_and_disappears(page, tmp_path, monkeypatch, artifacts):
    from realnet_kit.room import RoomServer
    from realnet_kit.workbook.seat import Seat

    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    seat = Seat(tmp_path / "home")
    seat.join()
    seat.rename("<i>Table 3</i>")
    server = RoomServer(room, refresh=1)  # the facilitator's page reloads every 5 s
    server.start()
    try:
        page.goto(server.url)
        expect(page.locator("main h1")).to_have_text("The room")
        expect(page.locator("#hands-title")).to_contain_text("Raised hands (0)")

        seat.raise_hand("stuck")
        hands = page.locator("ul.hands li")
        expect(hands).to_have_count(1, timeout=20_000)
        expect(hands.first).to_contain_text("<i>Table 3</i>")  # a label is text, never HTML
        expect(hands.first).to_contain_text("stuck")
        save_screenshot(page, artifacts, "room-hand-raised", full_page=True)
        # WCAG 2.1 AA as every page the kit serves: axe-core on the whole page, every rule
        assert_accessible(run_axe(page, "the room page with a raised hand"))

        seat.lower_hand()
        expect(hands).to_have_count(0, timeout=20_000)
        expect(page.locator("#hands-title")).to_contain_text("Raised hands (0)")

        probe = script_probe(page)
        assert page.dialogs == [] and probe["calls"] == [] and probe["violations"] == []
        assert page.remote_requests == []
        assert page.locator("main i, main script").count() == 0
    finally:
        server.shutdown()
        server.server_close()
