"""Real servers for the browser tests, in child processes that are always stopped.

Each server runs in its own process group with private Jupyter folders (config, runtime,
settings, workspaces) and a private participant home, and is waited for by polling until
it answers, with a generous deadline for a slow, shared two-core machine. Stopping it
also ends any kernel it left behind (kernels run in their own session, found through
our private runtime folder).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

# Deadlines in seconds; only reached when something is wrong.
SERVER_START_S = 120
STOP_S = 30

# JupyterLab user settings for the tests: every cell stays in the page (no virtual
# scrolling hiding outputs from the DOM), nothing is saved behind our back, no news.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


# --- processes ---------------------------------------------------------------------------


#: Servers under test listen below Linux's ephemeral range (32768-60999), where kernels
#: and other clients take their ports: a port handed out by the system could be taken by a
#: kernel's socket on the other test worker before our server binds it.
SERVER_PORTS = range(20000, 32000)


def free_port() -> int:
    """A TCP port nobody listens on right now, outside the ephemeral range."""
    for port in random.Random().sample(SERVER_PORTS, 50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port among 50 tried in {SERVER_PORTS}")


def port_is_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def http_get(url: str, timeout: float = 10) -> tuple[int, str]:
    """Status and body of a GET; (0, reason) when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, OSError) as error:
        return 0, str(error)


def http_request(url: str, method: str, timeout: float = 10) -> int:
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


def wait_until_answers(url: str, process: subprocess.Popen, log: Path, deadline_s: float) -> None:
    """Poll ``url`` until it answers 200; fail early with the log if the process died."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(
                f"the server exited with code {process.returncode} before answering "
                f"{url}:\n{tail(log)}"
            )
        status, _ = http_get(url, timeout=5)
        if status == 200:
            return
        time.sleep(0.25)
    raise RuntimeError(f"nothing answered {url} within {deadline_s} s:\n{tail(log)}")


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def stop_process_group(process: subprocess.Popen, deadline_s: float = STOP_S) -> None:
    """SIGTERM the process group (a clean Jupyter shutdown), SIGKILL what is left."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=deadline_s)
        except subprocess.TimeoutExpired:
            continue
    # The group may hold children that outlived the leader.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        process.wait(timeout=deadline_s)


def pids_mentioning(marker: str) -> list[int]:
    """Processes of ours whose command line contains ``marker`` (e.g. a runtime folder).

    Kernels run in their own session, so stopping the server's process group does not
    reach them; their connection file lives in our private runtime folder, which names
    them without doubt.
    """
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in command:
            found.append(int(entry.name))
    return found


def kill_leftovers(marker: str, deadline_s: float = 10) -> list[int]:
    """SIGTERM, then SIGKILL, every process started by us that mentions ``marker``."""
    leftovers = pids_mentioning(marker)
    for pid in leftovers:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    end = time.monotonic() + deadline_s
    while time.monotonic() < end and pids_mentioning(marker):
        time.sleep(0.2)
    for pid in pids_mentioning(marker):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return leftovers


def jupyter_env(base: Path, home: Path, *, allow_root: bool = True) -> dict[str, str]:
    """An environment that keeps Jupyter and RealNet away from the developer's own files.

    ``allow_root=False`` leaves running as root to the command under test (``realnet
    workshop`` must cope with it by itself: CI containers run as root).
    """
    env = dict(os.environ)
    # Kernels choose the inline plot backend only when MPLBACKEND is unset; the unit
    # tests set it to Agg, which would hide every figure in the browser.
    env.pop("MPLBACKEND", None)
    settings = base / "lab-settings"
    for name, values in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    config = base / "jupyter-config"
    config.mkdir(parents=True, exist_ok=True)
    if allow_root and hasattr(os, "geteuid") and os.geteuid() == 0:
        # CI containers run as root; Jupyter refuses that unless told otherwise.
        server_config = {"ServerApp": {"allow_root": True}}
        (config / "jupyter_server_config.json").write_text(json.dumps(server_config))
    for name in ("runtime", "workspaces", "ipython", "data"):
        (base / name).mkdir(parents=True, exist_ok=True)
    env.update(
        REALNET_HOME=str(home),
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        IPYTHONDIR=str(base / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
        PYTHONUNBUFFERED="1",
    )
    return env


class LineReader:
    """Collects a child's output lines in a thread, so waiting for a line cannot block."""

    def __init__(self, stream, log: Path):
        self.lines: list[str] = []
        self._log = log
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        with self._log.open("a") as log:
            for line in stream:
                log.write(line)
                log.flush()
                with self._cond:
                    self.lines.append(line.rstrip("\n"))
                    self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern, deadline_s: float) -> re.Match:
        end = time.monotonic() + deadline_s
        with self._cond:
            while True:
                for line in self.lines:
                    match = pattern.search(line)
                    if match:
                        return match
                left = end - time.monotonic()
                if left <= 0:
                    raise RuntimeError(
                        f"no line matching {pattern.pattern!r} within {deadline_s} s; "
                        "got:\n" + "\n".join(self.lines[-40:])
                    )
                self._cond.wait(timeout=min(left, 1))


# --- the JupyterLab server ---------------------------------------------------------------


#: The line ``realnet workshop`` prints for the participant to open.
WORKSHOP_URL_LINE = re.compile(
    r"(http://localhost:(\d+)/lab/tree/00-start-here\.ipynb\?token=(\S+))"
)


def realnet_command() -> list[str]:
    """The installed ``realnet`` script, else the same entry point through the module."""
    script = shutil.which("realnet")
    return [script] if script else [sys.executable, "-m", "realnet_kit"]


@dataclass
class LabServer:
    """JupyterLab as ``realnet workshop`` starts it, on a private copy of the workshops.

    The command is the participant's own (``realnet workshop --no-browser --port P
    --dir ROOT``, run from ``elsewhere``, a folder that has nothing to do with the kit),
    so the browser tests run under the server options participants get. ``url`` is the
    address it printed and ``token`` the token in it.
    """

    port: int
    root: Path
    home: Path
    base: Path
    log: Path
    elsewhere: Path
    token: str = ""
    url: str = ""
    process: subprocess.Popen | None = None
    started_kernels: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str) -> str:
        return f"{self.base_url}/api/{path}?token={self.token}"

    def lab_url(self, notebook: str) -> str:
        # ?reset forgets any saved layout, so each test opens exactly one notebook.
        return f"{self.base_url}/lab/tree/{notebook}?reset&token={self.token}"

    def start(self) -> LabServer:
        command = [*realnet_command(), "workshop", "--no-browser", "--port", str(self.port),
                   "--dir", str(self.root)]  # fmt: skip
        # As root, the command itself must add what Jupyter needs (CI runs as root).
        env = jupyter_env(self.base, self.home, allow_root=False)
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=self.elsewhere,
            start_new_session=True,
        )
        try:
            printed = LineReader(self.process.stdout, self.log).wait_for(
                WORKSHOP_URL_LINE, deadline_s=SERVER_START_S
            )
            self.url, self.token = printed.group(1), printed.group(3)
            assert int(printed.group(2)) == self.port, self.url
            wait_until_answers(self.api("status"), self.process, self.log, SERVER_START_S)
        except BaseException:
            self.stop()
            raise
        return self

    def kernel_ids(self) -> list[str]:
        status, body = http_get(self.api("kernels"))
        if status != 200:
            return []
        return [kernel["id"] for kernel in json.loads(body)]

    def shutdown_kernels(self) -> None:
        """Shut down every running kernel (and its session), as the Kernel menu would."""
        status, body = http_get(self.api("sessions"))
        if status == 200:
            for session in json.loads(body):
                http_request(self.api(f"sessions/{session['id']}"), "DELETE", timeout=30)
        for kernel_id in self.kernel_ids():
            http_request(self.api(f"kernels/{kernel_id}"), "DELETE", timeout=30)

    def fresh_root(self, source: Path) -> None:
        """Put back a pristine copy of ``source``: what one test saved, the next never sees."""
        for item in self.root.iterdir():
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)
        skip = shutil.ignore_patterns(".ipynb_checkpoints")
        shutil.copytree(source, self.root, dirs_exist_ok=True, ignore=skip)

    def fresh_home(self) -> None:
        """Empty the participant's folder, so the next test starts a new participant."""
        for item in self.home.iterdir():
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.shutdown_kernels()
            http_request(self.api("shutdown"), "POST", timeout=10)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=STOP_S)
        stop_process_group(self.process)
        kill_leftovers(str(self.base / "runtime"))
