"""``realnet dashboard``: the scoring and the plan in Voila, on the same workbook."""

from __future__ import annotations

import http.client
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from realnet_kit import cli, dashboard
from realnet_kit.session import open_workshop_data


def test_the_dashboard_notebook_ships_inside_the_package():
    assert dashboard.DASHBOARD_NOTEBOOK.is_file()
    assert dashboard.DASHBOARD_NOTEBOOK.parent.parent.name == "realnet_kit"
    assert "show_dashboard()" in dashboard.DASHBOARD_NOTEBOOK.read_text(encoding="utf-8")


def test_help_lists_the_dashboard(capsys):
    with pytest.raises(SystemExit):
        cli.main(["dashboard", "--help"])
    out = capsys.readouterr().out
    assert "--port" in out and "--no-browser" in out and "sample business" in out


def test_voila_serves_only_this_computer_with_a_token():
    command = dashboard.voila_command("band", 8899, "secret", open_browser=False)
    assert str(dashboard.DASHBOARD_NOTEBOOK) in command
    assert "--Voila.ip=localhost" in command and "--port=8899" in command
    assert "--token=secret" in command and "--no-browser" in command


@pytest.mark.parametrize(
    ("source", "says"),
    [("/no/such/export.zip", "no file or folder"), ("pizzeria", "not a sample business")],
)
def test_a_wrong_source_is_one_clear_line(source, says, capsys, realnet_home):
    assert cli.main(["dashboard", source, "--no-browser"]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and err.count("\n") == 1


def test_the_source_defaults_to_the_last_one_opened(realnet_home, monkeypatch):
    monkeypatch.delenv(dashboard.SOURCE_VARIABLE, raising=False)
    assert dashboard.dashboard_source() == "band"
    open_workshop_data("bakery", quiet=True)
    assert dashboard.dashboard_source() == "bakery"
    monkeypatch.setenv(dashboard.SOURCE_VARIABLE, "studio")
    assert dashboard.dashboard_source() == "studio"


def test_the_page_holds_the_scoring_app_on_the_notebooks_workbook(realnet_home):
    data = open_workshop_data("bakery", quiet=True)
    page = dashboard.show_dashboard(data)
    header, tabs = page.children
    assert "bakery" in header.value
    assert len(tabs.children) == len(dashboard.TABS) == 3
    for tab in tabs.children:
        assert "could not be shown" not in str(getattr(tab, "value", "")), tab.value
    scoring = tabs.children[0]
    assert hasattr(scoring, "app"), "the scoring tab should be the scoring app, not a note"
    first = scoring.app.card.contact_id
    assert first is not None
    scoring.app.card.toggles["ideas"].value = 2
    assert data.workbook.score_for(first).get("ideas") == 2  # the notebooks see it at once


@pytest.mark.slow
def test_realnet_dashboard_serves_the_page_on_localhost(tmp_path):
    env = {**__import__("os").environ, "REALNET_HOME": str(tmp_path)}
    port = cli.free_port(18866)
    server = subprocess.Popen(
        [sys.executable, "-m", "realnet_kit", "dashboard", "bakery", "--no-browser",
         f"--port={port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )  # fmt: skip
    try:
        address = None
        for line in server.stdout:
            found = re.search(r"(http://localhost:\d+/\?token=\S+)", line)
            if found:
                address = found.group(1)
                break
        assert address, "realnet dashboard did not print its address"
        page = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(address, timeout=180) as response:
                    page = response.read().decode("utf-8", "replace")
                    break
            except OSError:
                time.sleep(1)
        assert "RealNet dashboard" in page and "widget-view+json" in page
        assert "Traceback" not in page
        connection = http.client.HTTPConnection("localhost", port, timeout=60)
        connection.request("GET", "/?token=wrong")
        assert connection.getresponse().status in (302, 401, 403)  # no page without the token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_the_dashboard_notebook_runs_headless(realnet_home, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv(dashboard.SOURCE_VARIABLE, "studio")
    nb = nbformat.read(dashboard.DASHBOARD_NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3").execute()
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert Path(realnet_home / "sample-studio.sqlite").is_file()
