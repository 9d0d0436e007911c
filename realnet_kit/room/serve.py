"""``realnet room DIR``: the facilitator's live page, served on this computer only.

    realnet room /srv/realnet-room              # the live page, refreshing every 5 seconds
    realnet room /srv/realnet-room --json       # the same, once, as one JSON object
    realnet room /srv/realnet-room --clear      # empty the room after the seminar

The page is plain HTML made fresh at each request from the seat files in ``DIR`` (see
:mod:`realnet_kit.room.read`): no script, nothing fetched from elsewhere, a strict
Content-Security-Policy, and it answers only on ``127.0.0.1``.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import webbrowser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from realnet_kit.errors import CommandError
from realnet_kit.room.view import REFRESH_SECONDS, room_json, room_page
from realnet_kit.session.servers import free_port
from realnet_kit.workbook.seat import SEAT_FILE

#: The port the room page prefers; another free one is chosen when it is taken.
DEFAULT_PORT = 8877
#: Headers of every answer: nothing runs, nothing is fetched, nothing is cached or framed.
#: The page's one script, beside this module: it swaps the live part of the page in place,
#: where a timed reload would throw a screen reader back to the top.
UPDATER = Path(__file__).with_name("room.js")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def room_folder(path: str | os.PathLike) -> Path:
    """``path`` as a room folder, or a :class:`CommandError` saying what to do."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise CommandError(
            f"there is no folder at {folder}; give the room folder the participants publish "
            "to (the one in REALNET_ROOM or REALNET_ROOM_OFFER, or after realnet workshop --room)"
        )
    return folder


def clear_room(folder: str | os.PathLike) -> tuple[int, int]:
    """Remove every seat file (and half-written one) from ``folder``; nothing else.

    Returns ``(removed, refused)``: files the system would not let this user remove (in a
    shared folder with the sticky bit, only the folder's owner or root may).
    """
    removed = refused = 0
    for entry in Path(folder).iterdir():
        name = entry.name
        if not (
            SEAT_FILE.fullmatch(name) or (name.startswith(".seat-") and name.endswith(".partial"))
        ):
            continue
        try:
            entry.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError:
            refused += 1
    return removed, refused


class RoomServer(ThreadingHTTPServer):
    """The room page and ``/room.json`` for ``folder``, on ``127.0.0.1:port``."""

    daemon_threads = True

    def __init__(
        self, folder: str | os.PathLike, port: int = 0, *, refresh: int = REFRESH_SECONDS
    ) -> None:
        self.folder = Path(folder)
        self.refresh = max(1, int(refresh))  # seconds between the page's updates
        super().__init__(("127.0.0.1", port), _RoomHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests and notebooks); ``shutdown()`` stops it."""
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread


class _RoomHandler(BaseHTTPRequestHandler):
    server: RoomServer

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        if host not in ("127.0.0.1", "localhost"):
            self._answer(421, "text/plain", b"This page answers only on 127.0.0.1.")
            return
        url = urlsplit(self.path)
        try:
            if url.path == "/":
                paused = "pause" in parse_qs(url.query)
                page = room_page(self.server.folder, refresh=0 if paused else self.server.refresh)
                self._answer(200, "text/html; charset=utf-8", page.encode("utf-8"))
            elif url.path == "/room.js":
                self._answer(200, "text/javascript; charset=utf-8", UPDATER.read_bytes())
            elif url.path == "/room.json":
                body = json.dumps(room_json(self.server.folder), ensure_ascii=False, indent=1)
                self._answer(200, "application/json; charset=utf-8", body.encode("utf-8"))
            else:
                self._answer(404, "text/plain", b"Not here: the room is at /")
        except OSError as error:
            text = f"The room folder cannot be read ({error.strerror or error})."
            self._answer(503, "text/plain; charset=utf-8", text.encode("utf-8"))

    def _answer(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return  # the terminal stays quiet while the room refreshes


def run_room(args: argparse.Namespace) -> int:
    folder = room_folder(args.folder)
    if args.clear:
        removed, refused = clear_room(folder)
        print(f"Removed {removed} seat file{'s' if removed != 1 else ''} from {folder}.")
        if refused:
            raise CommandError(
                f"{refused} seat files could not be removed (they belong to others); run the "
                f"command as the folder's owner, e.g. sudo realnet room {folder} --clear"
            )
        return 0
    if args.json:
        try:
            summary = room_json(folder)
        except OSError as error:
            raise CommandError(f"the room folder {folder} cannot be read ({error})") from error
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    port = args.port if args.port else free_port(DEFAULT_PORT)
    try:
        server = RoomServer(folder, port)
    except OSError as error:
        raise CommandError(f"port {port} is taken ({error}); try another with --port") from error
    print(f"The room {folder}, live at {server.url}", flush=True)
    print("Anonymous by design; press Ctrl+C to stop.", flush=True)
    if not args.no_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``realnet room`` to the ``realnet`` command."""
    parser = subparsers.add_parser(
        "room",
        help="the facilitator's live view of a room: progress, raised hands, common mistakes",
        description=(
            "Show where a seminar's participants are, from the anonymous seat files they "
            "publish to the shared folder DIR: exercises passed, tried and not started, the "
            "most common wrong answers, raised hands and who has not moved for ten minutes."
        ),
    )
    parser.add_argument("folder", metavar="DIR", help="the room's shared folder")
    parser.add_argument("--json", action="store_true", help="print the room once as JSON")
    parser.add_argument(
        "--clear", action="store_true", help="remove every seat file: empty the room"
    )
    parser.add_argument(
        "--port", type=int, default=None, help=f"network port (default: {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open a browser; print the address"
    )
    parser.set_defaults(func=run_room)
