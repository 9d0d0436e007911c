"""The ``realnet`` command: help, version, and the workshop from any folder."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from realnet_kit import __version__, cli


def test_version(tmp_path):
    """``python -m realnet_kit`` starts in a fresh interpreter from any folder (the one test
    of the bare command in a process of its own; the others call ``main`` in-process)."""
    out = subprocess.run(
        [sys.executable, "-m", "realnet_kit", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"realnet {__version__}"
    assert out.stderr == ""


def test_help_speaks_to_a_shop_owner(tmp_path, realnet):
    out = realnet("--help", cwd=tmp_path)
    assert out.returncode == 0
    assert "realnet workshop" in out.stdout
    assert "never sends your data anywhere" in out.stdout
    assert "Traceback" not in out.stderr


def test_the_workshop_and_the_version_start_without_the_data_libraries():
    """``realnet workshop`` and ``--version`` read only their own command's module."""
    code = (
        "import sys; from realnet_kit import cli; "
        "cli.build_parser(['workshop', '--no-browser']); cli.build_parser(['--version']); "
        "print([m for m in ('pandas', 'matplotlib', 'ipywidgets') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stdout + out.stderr


@pytest.mark.parametrize("argv", [["--help"], ["-h", "audit"]])
def test_help_lists_every_command(argv, capsys):
    with pytest.raises(SystemExit):
        cli.main(argv)
    text = capsys.readouterr().out
    for command in ("workshop", *cli.SUBCOMMAND_MODULES):
        assert re.search(rf"^    {command}\b", text, re.MULTILINE), (command, text)


def test_no_command_prints_help(capsys):
    assert cli.main([]) == 0
    assert "what you can do" in capsys.readouterr().out


def test_workshop_help_lists_its_options(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["workshop", "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for option in ("--port", "--no-browser", "--dir"):
        assert option in text


def test_bundled_workshops_are_found():
    folder = cli.bundled_workshops()
    assert (folder / cli.START_NOTEBOOK).is_file()


def test_copy_keeps_the_participants_own_edits(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "01-a.ipynb").write_text("new")
    (source / "02-b.ipynb").write_text("new")
    (source / ".ipynb_checkpoints").mkdir()
    target = tmp_path / "mine"
    target.mkdir()
    (target / "01-a.ipynb").write_text("my edits")

    copied = cli.copy_workshops(source, target)

    assert copied == ["02-b.ipynb"]
    assert (target / "01-a.ipynb").read_text() == "my edits"
    assert not (target / ".ipynb_checkpoints").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_workshops_are_copied(tmp_path, monkeypatch):
    source = tmp_path / "installed"
    source.mkdir()
    (source / cli.START_NOTEBOOK).write_text("{}")
    source.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setattr(cli, "bundled_workshops", lambda: source)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    try:
        folder = cli.workshop_folder(None)
    finally:
        source.chmod(stat.S_IRWXU)
    assert folder == tmp_path / "home" / cli.DEFAULT_COPY_FOLDER
    assert (folder / cli.START_NOTEBOOK).is_file()


def test_unwritable_check_detects_a_missing_folder(tmp_path):
    assert cli._is_writable(tmp_path)
    assert not cli._is_writable(tmp_path / "does-not-exist")


def test_dir_option_copies_to_the_chosen_folder(tmp_path, capsys):
    folder = cli.workshop_folder(str(tmp_path / "my-workshop"))
    assert (folder / cli.START_NOTEBOOK).is_file()
    assert "Copied" in capsys.readouterr().out


def test_free_port_prefers_the_requested_one():
    port = cli.free_port(0)
    assert 0 < port < 65536


@pytest.mark.slow
def test_an_installed_wheel_finds_its_workshops(tmp_path, wheel_site):
    """From a wheel (no checkout beside it) the notebooks come from inside the package."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from realnet_kit import cli; "
        "print(cli.bundled_workshops())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(wheel_site)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    folder = Path(out.stdout.strip())
    assert folder == wheel_site / "realnet_kit" / "session" / "workshops"
    assert not folder.is_symlink()
    names = sorted(p.name for p in folder.glob("*.ipynb"))
    assert names[0] == cli.START_NOTEBOOK and len(names) == 7


def test_forget_asks_then_deletes_everything_the_kit_keeps(realnet_home, monkeypatch, capsys):
    from realnet_kit import open_workshop_data
    from realnet_kit.session import forget

    open_workshop_data("studio", quiet=True)
    assert forget.kept_files(realnet_home)
    assert not forget.forget(realnet_home, ask=lambda question: "")  # Enter keeps them
    assert realnet_home.exists()
    assert forget.forget(realnet_home, ask=lambda question: "FORGET ")
    assert not realnet_home.exists()
    assert "Deleted" in capsys.readouterr().out


def test_forget_without_a_terminal_needs_yes_and_refuses_a_home_folder(realnet_home, monkeypatch):
    from pathlib import Path

    from realnet_kit.cli import main
    from realnet_kit.errors import CommandError
    from realnet_kit.session import forget

    (realnet_home / "workbook.sqlite").write_text("x")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["forget"]) == 2 and realnet_home.exists()
    assert main(["forget", "--yes"]) == 0 and not realnet_home.exists()
    with pytest.raises(CommandError):
        forget.forget(Path.home(), ask=None)


ROOT = Path(__file__).resolve().parents[1]


def test_the_workshop_starts_lab_with_its_news_and_update_checks_answered_no():
    import json

    from realnet_kit.session.servers import JUPYTER_OFFLINE_OPTIONS, LAB_SETTINGS

    assert f"--LabApp.app_settings_dir={LAB_SETTINGS}" in JUPYTER_OFFLINE_OPTIONS
    overrides = json.loads((LAB_SETTINGS / "overrides.json").read_text())
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}
    for deployment in ("binder/postBuild", "docs/deploy/tljh-setup.sh", "docs/deploy/Dockerfile"):
        assert "LAB_SETTINGS / 'overrides.json'" in (ROOT / deployment).read_text(), deployment
