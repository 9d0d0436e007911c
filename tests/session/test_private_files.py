"""What the kit keeps is the participant's alone: folder 0700, files 0600, no pickles."""

from __future__ import annotations

import stat
import warnings

import pandas as pd
import pytest

from realnet_kit import open_workshop_data
from realnet_kit.config import ensure_home
from realnet_kit.session import _loading


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    home = tmp_path / "not-yet" / "realnet"
    monkeypatch.setenv("REALNET_HOME", str(home))
    return home


def test_the_folder_the_kit_makes_and_every_file_in_it_are_the_owners_alone(fresh_home):
    from realnet_kit.narrate import save_handouts

    data = open_workshop_data("bakery", quiet=True)
    data.use_sample_answers()
    from realnet_kit.narrate import scored
    from realnet_kit.plan import plan_actions

    save_handouts(plan_actions(scored(data), data.contacts, start=data.today()), data.source)
    assert _mode(fresh_home) == 0o700
    files = [p for p in fresh_home.rglob("*") if p.is_file()]
    kinds = {p.suffix for p in files}
    assert {".sqlite", ".cache", ".ics", ".html", ".csv"} <= kinds, kinds
    assert {str(p.relative_to(fresh_home)): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {}
    folders = [p for p in fresh_home.rglob("*") if p.is_dir()]
    assert all(_mode(p) == 0o700 for p in folders)


def test_a_folder_the_participant_chose_is_left_as_it_is_and_they_are_told_once(
    tmp_path, monkeypatch
):
    home = tmp_path / "shared-home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    monkeypatch.setenv("REALNET_HOME", str(home))
    with pytest.warns(UserWarning, match="chmod 700"):
        ensure_home()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ensure_home()  # said once
    assert _mode(home) == 0o755


def test_the_cache_holds_data_only_and_no_pickle_is_ever_read(fresh_home, monkeypatch):
    def no_pickles(*args, **kwargs):
        raise AssertionError("a pickle was read")

    monkeypatch.setattr(pd, "read_pickle", no_pickles)
    first = open_workshop_data("studio", quiet=True)
    cached = list((fresh_home / _loading.CACHE_FOLDER).glob("*"))
    assert [p.suffix for p in cached] == [".cache"]
    assert cached[0].read_bytes().startswith(_loading.CACHE_MAGIC)
    again = open_workshop_data("studio", quiet=True)  # read back from the cache
    pd.testing.assert_frame_equal(first.contacts, again.contacts)
    assert again.interactions["timestamp"].dtype == first.interactions["timestamp"].dtype


@pytest.mark.parametrize(
    "damage",
    [
        b"\x80\x04garbage",
        b'{"format": "other"}',
        b"[1, 2",
        b"RealNet Kit cache\n\x10" + b"\xff" * 30,
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(fresh_home, damage):
    open_workshop_data("studio", quiet=True)
    (cached,) = (fresh_home / _loading.CACHE_FOLDER).glob("*.cache")
    cached.write_bytes(damage)
    data = open_workshop_data("studio", quiet=True)
    assert len(data.contacts) > 100
    assert cached.read_bytes().startswith(_loading.CACHE_MAGIC)


def test_on_binder_a_participant_is_told_before_their_own_export_is_opened(
    realnet_home, tmp_path, monkeypatch, capsys
):
    export = tmp_path / "contacts.csv"
    export.write_text("name,email\nAda Obi,ada@example.org\n", encoding="utf-8")
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    open_workshop_data(str(export))
    out = capsys.readouterr().out
    assert "Binder" in out and out.index("Binder") < out.index("Loaded")
    open_workshop_data("studio")  # a sample is what Binder is for: nothing to warn about
    assert "Binder" not in capsys.readouterr().out
