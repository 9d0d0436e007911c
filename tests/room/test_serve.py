"""The room page over HTTP, and the command line around the room."""

from __future__ import annotations

import http.client
import json

from realnet_kit import cli
from realnet_kit.room import RoomServer, room_json
from realnet_kit.workbook.seat import Seat


def _get(server: RoomServer, path: str, host: str | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    headers = {"Host": host} if host else {}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8")


def test_the_server_answers_the_page_and_the_json_locally_only(tmp_path, monkeypatch):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    Seat(tmp_path / "home").join()
    server = RoomServer(room)
    server.start()
    try:
        status, headers, body = _get(server, "/")
        assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
        assert 'data-refresh="5"' in body and '<script src="/room.js"' in body
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        status, _, paused = _get(server, "/?pause=1")
        assert status == 200 and "<script" not in paused and 'data-refresh="0"' in paused
        status, headers, script = _get(server, "/room.js")
        assert status == 200 and headers["Content-Type"].startswith("text/javascript")
        assert 'getElementById("live")' in script
        status, headers, body = _get(server, "/room.json")
        assert headers["Content-Type"].startswith("application/json")
        assert json.loads(body) == room_json(room) and json.loads(body)["participants"] == 1
        assert _get(server, "/../../etc/passwd")[0] == 404
        assert _get(server, "/", host="evil.example:80")[0] == 421
    finally:
        server.shutdown()
        server.server_close()


def test_workshop_room_sets_the_room_for_the_kernels(tmp_path, monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr(cli, "run_until_stopped", lambda command, env: seen.update(env) or 0)
    monkeypatch.setattr(cli, "workshop_folder", lambda requested: tmp_path)
    room = tmp_path / "room"
    room.mkdir()
    assert cli.main(["workshop", "--no-browser", "--room", str(room)]) == 0
    assert seen["REALNET_ROOM"] == str(room)
    assert cli.main(["workshop", "--no-browser", "--room", str(tmp_path / "nope")]) == 2
    assert "no room folder" in capsys.readouterr().err
