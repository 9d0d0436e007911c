"""Starting the local servers of the workshop: JupyterLab and the dashboard.

Both run on this computer only (``localhost``), on a free port, with every call JupyterLab
would make to the web switched off, and stop cleanly on Ctrl+C.
"""

from __future__ import annotations

import signal
import socket
import subprocess
from pathlib import Path

from realnet_kit.errors import CommandError

#: JupyterLab settings the workshop starts with (``lab-settings/overrides.json``): the
#: news and update checks are answered "no", so Lab never asks the participant about them.
LAB_SETTINGS = Path(__file__).resolve().parent / "lab-settings"

# JupyterLab would otherwise fetch news, update checks and extension listings from the web;
# the workshop promises that nothing leaves the participant's computer.
JUPYTER_OFFLINE_OPTIONS = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
    f"--LabApp.app_settings_dir={LAB_SETTINGS}",
    # The language-server extension looks for code-completion servers at every start,
    # running npm, which writes an .npm folder into the participant's home; a workshop
    # of short cells needs none of it.
    '--ServerApp.jpserver_extensions={"jupyter_lsp": False}',
]


def free_port(preferred: int = 8888) -> int:
    """``preferred`` when it is free, otherwise any free port on this machine."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise CommandError("no free network port on this computer; close another Jupyter and retry")


def run_until_stopped(command: list[str], env: dict[str, str]) -> int:
    """Run the server; Ctrl+C or a termination signal stops it cleanly, never orphaned."""
    server = subprocess.Popen(command, env=env)

    def stop(signum, frame):  # pragma: no cover - exercised through a subprocess in tests
        server.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
