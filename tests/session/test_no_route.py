"""The servers themselves ask the internet for nothing: run with no route out, they log no
attempt.

``realnet workshop`` and ``realnet dashboard`` are started in a network namespace of their
own (``unshare --net``) where only the loopback exists, a page of each is fetched there,
and their logs must hold no sign of a failed attempt to reach another host. The workshop
is started as a participant first starts it, from an unrelated folder without ``--dir``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from realnet_kit import cli

#: What Python, Tornado and Jupyter write when they try a host they cannot reach.
ATTEMPT_SIGNS = ("Network is unreachable", "Name or service not known",
                 "Temporary failure in name resolution", "Failed to establish",
                 "getaddrinfo", "ConnectionRefusedError", "Errno 101")  # fmt: skip

FETCH = """
import http.client, re, sys, time, urllib.request
log, paths, saved = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
deadline = time.time() + 150
while time.time() < deadline:
    found = re.search(r"(http://localhost:\\d+/\\S*token=[\\w-]+)", open(log).read())
    if found:
        break
    time.sleep(0.1)
else:
    sys.exit("no address printed")
url = found.group(1).replace("localhost", "127.0.0.1")
open(saved + ".url", "w").write(found.group(1))
base, _, query = url.partition("?")
for number, path in enumerate(paths):
    target = re.sub(r"(http://[^/]+).*", r"\\1", base) + path + "?" + query
    while time.time() < deadline:
        try:
            page = urllib.request.urlopen(target, timeout=120).read()
            print("fetched", len(page))
            open(saved + (f".{number}" if number else ""), "wb").write(page)
            break
        except OSError:
            time.sleep(0.2)
    else:
        sys.exit("the page never answered")
host, _, port = re.match(r"http://([^/]+)", base).group(1).partition(":")
wrong = http.client.HTTPConnection(host, int(port), timeout=60)
wrong.request("GET", paths[0] + "?token=wrong")
open(saved + ".wrong-token", "w").write(str(wrong.getresponse().status))
"""


def _in_a_namespace_without_network(command: list[str], paths: str, tmp_path) -> str:
    """Run ``command`` with only a loopback; fetch ``paths`` (comma-separated) from the
    address it prints into ``page``, ``page.1``…; return its log."""
    if (
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "--net", "true"], capture_output=True).returncode
    ):
        if os.environ.get("CI") == "true":
            pytest.fail("unshare --net is needed for this test in CI")
        pytest.skip("this machine cannot make a network namespace")
    log = tmp_path / "server.log"
    (tmp_path / "user").mkdir(exist_ok=True)
    (tmp_path / "fetch.py").write_text(FETCH)
    quoted = " ".join(f"'{part}'" for part in command)
    script = textwrap.dedent(f"""
        ip link set lo up 2>/dev/null || true
        {quoted} > '{log}' 2>&1 &
        server=$!
        '{sys.executable}' '{tmp_path / "fetch.py"}' '{log}' '{paths}' '{tmp_path / "page"}'
        status=$?
        # TERM, not INT: a background job of a script starts with Ctrl+C ignored
        kill -TERM $server
        for _ in $(seq 100); do kill -0 $server 2>/dev/null || break; sleep 0.1; done
        kill -KILL $server 2>/dev/null; wait $server
        exit $status
    """)
    env = {**os.environ, "HOME": str(tmp_path / "user"), "REALNET_HOME": str(tmp_path / "home"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "lab-user-settings")}  # fmt: skip
    done = subprocess.run(["unshare", "--net", "sh", "-c", script], capture_output=True,
                          text=True, env=env, cwd=tmp_path / "user", timeout=240)  # fmt: skip
    text = log.read_text(errors="replace")
    assert done.returncode == 0, done.stdout + done.stderr + text[-3000:]
    return text


@pytest.mark.slow
def test_the_dashboard_server_reaches_for_no_other_host(tmp_path):
    realnet = [sys.executable, "-m", "realnet_kit"]
    log = _in_a_namespace_without_network(
        [*realnet, "dashboard", "studio", "--no-browser", "--port", "8871"], "/", tmp_path
    )
    assert [sign for sign in ATTEMPT_SIGNS if sign in log] == [], log[-3000:]
    # the page itself, served on localhost: the dashboard's widgets, no error
    page = (tmp_path / "page").read_text(encoding="utf-8", errors="replace")
    assert "RealNet dashboard" in page and "widget-view+json" in page
    assert "Traceback" not in page
    # and no page without the token
    assert (tmp_path / "page.wrong-token").read_text() in ("302", "401", "403")


@pytest.mark.slow
def test_the_workshop_server_reaches_for_no_other_host(tmp_path):
    """Also ``realnet workshop`` as a participant first types it, from a folder that has
    nothing to do with the kit and without ``--dir``: the address it prints opens the
    start notebook (the bundled one, or its copy in their home where that is read-only)."""
    realnet = [sys.executable, "-m", "realnet_kit"]
    workshop = [*realnet, "workshop", "--no-browser", "--port", "8872"]
    start = f"/api/contents/{cli.START_NOTEBOOK}"
    log = _in_a_namespace_without_network(workshop, f"/lab,{start}", tmp_path)
    assert [sign for sign in ATTEMPT_SIGNS if sign in log] == [], log[-3000:]
    assert (tmp_path / "page.wrong-token").read_text() in ("302", "401", "403")
    url = (tmp_path / "page.url").read_text()
    assert url.startswith("http://localhost:8872/lab/tree/") and "token=" in url, url
    notebook = json.loads((tmp_path / "page.1").read_text(encoding="utf-8"))
    assert notebook["name"] == cli.START_NOTEBOOK and notebook["type"] == "notebook"
    # and nothing was looked for in the participant's home: no language servers via npm
    assert not (tmp_path / "user" / ".npm").exists()
