"""Odd files, clear words: impossible dates, odd things in folders, files too big to read."""

from __future__ import annotations

import json
import os
import socket
import threading
import warnings

import pandas as pd
import pytest
from test_errors import refuse
from test_fixtures import CONNECTIONS_2020, ig_follower

from realnet_kit import ExportFormatError, load_export, load_interactions
from realnet_kit.importers import _stream, archive

# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "odd", ["0001-01-01", "1600-05-01", "1850-02-03", "2262-05-01", "9999-12-31"]
)
def test_interaction_log_dates_out_of_range_become_missing_with_the_rows_named(tmp_path, odd):
    path = tmp_path / "log.csv"
    path.write_text(
        "email,timestamp,direction,kind\n"
        "ana@example.org,2024-03-01 10:00,in,call\n"
        f"bo@example.org,{odd},out,email\n"
        "cleo@example.org,2024-03-03,out,coffee\n"
    )
    with pytest.warns(
        UserWarning, match=rf"log.csv, column 'timestamp': 1 date.*row\(s\) 2 \('{odd}'\)"
    ):
        log = load_interactions(path)
    assert log["contact_id"].tolist() == ["csv:ana@example.org", "csv:cleo@example.org"]


def test_dotted_dates_are_read_day_first(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "email;datum;direction\nana@example.org;01.03.2024;in\n"
        "bo@example.org;13.03.2024 18:30;out\n"
    )
    log = load_interactions(path)
    assert log["timestamp"].tolist() == [
        pd.Timestamp("2024-03-01", tz="UTC"),
        pd.Timestamp("2024-03-13 18:30", tz="UTC"),
    ]


def test_csv_connected_on_out_of_range_becomes_missing(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "name,email,connected on\nAna,ana@example.org,0001-01-01\n"
        "Bo,bo@example.org,2021-03-07\nCleo,cleo@example.org,9999-12-31\n"
    )
    with pytest.warns(UserWarning, match=r"2 date\(s\).*row\(s\) 1 .*3 "):
        frame = load_export(path)
    assert len(frame) == 3
    assert frame["connected_on"].isna().tolist() == [True, False, True]
    assert frame.loc[1, "connected_on"] == pd.Timestamp("2021-03-07", tz="UTC")


def test_linkedin_connected_on_out_of_range_becomes_missing(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS_2020.replace("07 Mar 2021", "07 Mar 9999"))
    with pytest.warns(UserWarning, match="Connected On"):
        frame = load_export(path)
    assert len(frame) == 4
    assert frame["connected_on"].isna().sum() == 1


def test_instagram_timestamps_out_of_range_become_missing(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps([ig_follower("ana", -62135596800), ig_follower("kai", 1700000000)]))
    with pytest.warns(UserWarning, match=r"Instagram followers.*1 date.*row\(s\) 1 "):
        frame = load_export(path)
    assert frame["connected_on"].isna().tolist() == [True, False]


def test_facebook_friend_dates_out_of_range_become_missing(tmp_path):
    path = tmp_path / "your_friends.json"
    friends = [{"name": "Ana", "timestamp": 99999999999999}, {"name": "Bo", "timestamp": 1e9}]
    path.write_text(json.dumps({"friends_v2": friends}))
    with pytest.warns(UserWarning, match=r"your_friends.json: 1 date"):
        frame = load_export(path)
    assert frame["connected_on"].isna().tolist() == [True, False]


def test_realnet_audit_prints_no_traceback_for_year_one(tmp_path, realnet):
    path = tmp_path / "people.csv"
    path.write_text("name,email,connected on\nAna,ana@example.org,0001-01-01\n")
    result = realnet("audit", path)  # an exception it let out would fail the test here
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 0, result.stderr
    assert "RealNet audit" in result.stdout


# ---------------------------------------------------------------- folders


def _folder_with_a_real_export(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "Connections.csv").write_text(CONNECTIONS_2020)
    return folder


def test_dangling_symlink_in_a_folder_is_skipped_with_a_note(tmp_path):
    folder = _folder_with_a_real_export(tmp_path)
    (folder / "old export.zip").symlink_to(tmp_path / "gone.zip")
    with pytest.warns(UserWarning, match="old export.zip \\(a link that leads nowhere\\)"):
        frame = load_export(folder)
    assert len(frame) == 4


def test_symlink_loop_in_a_folder_is_skipped_with_a_note(tmp_path):
    folder = _folder_with_a_real_export(tmp_path)
    (folder / "a.csv").symlink_to(folder / "b.csv")
    (folder / "b.csv").symlink_to(folder / "a.csv")
    with pytest.warns(UserWarning, match="leads in a loop"):
        frame = load_export(folder)
    assert len(frame) == 4


def _with_timeout(func, seconds=20):
    """Run ``func`` in a thread; fail (instead of hanging the suite) if it blocks."""
    box: dict = {}

    def run():
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the loader blocked (it opened a pipe?)"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_fifo_in_a_folder_is_never_opened(tmp_path):
    folder = _folder_with_a_real_export(tmp_path)
    os.mkfifo(folder / "followers.json")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = _with_timeout(lambda: load_export(folder))
    assert len(frame) == 4
    assert any("named pipe" in str(w.message) for w in caught)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_fifo_given_alone_is_refused_in_words(tmp_path):
    os.mkfifo(tmp_path / "Connections.csv")
    with pytest.raises(ExportFormatError, match="named pipe") as info:
        _with_timeout(lambda: load_export(tmp_path / "Connections.csv"))
    assert len(info.value.advice) > 10


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_socket_and_device_in_a_folder_are_skipped(tmp_path):
    folder = _folder_with_a_real_export(tmp_path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(folder / "agent.sock"))
        if os.path.exists("/dev/null"):
            (folder / "null.csv").symlink_to("/dev/null")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = _with_timeout(lambda: load_export(folder))
    finally:
        sock.close()
    assert len(frame) == 4
    notes = " ".join(str(w.message) for w in caught)
    assert "a socket" in notes
    if os.path.exists("/dev/null"):
        assert "a device" in notes


# ---------------------------------------------------------------- size


def test_a_plain_file_over_one_gigabyte_is_refused_before_reading(tmp_path):
    path = tmp_path / "followers_1.json"
    head = json.dumps([ig_follower("kai_t", 1700000000)] * 50)[:-1] + ","
    with open(path, "w") as handle:
        handle.write(head)
    os.truncate(path, archive.MAX_READ_BYTES + 100 * 1024**2)  # sparse: no disk used
    message = refuse(path, "1.1 GB", "more than the 1 GB")
    assert "memory" in message


def test_the_size_limit_sits_below_a_binder_kernel():
    assert archive.MAX_READ_BYTES <= 1024**3


# ---------------------------------------------------------------- memory


def _instagram_followers(path, n, indent=None):
    records = [ig_follower(f"user_{k:06d}", 1600000000 + k) for k in range(n)]
    path.write_text(json.dumps(records, indent=indent))
    return path


def test_a_json_export_read_in_many_batches_keeps_every_follower(tmp_path, monkeypatch):
    """Read a chunk and a batch at a time, every record arrives once (memory: the benchmark)."""
    path = _instagram_followers(tmp_path / "followers_1.json", 4000, indent=2)
    assert path.stat().st_size > 40 * 16 * 1024  # dozens of chunks below
    monkeypatch.setattr(_stream, "CHUNK_BYTES", 16 * 1024)
    monkeypatch.setattr(_stream, "BATCH_CHARS", 4 * 1024)
    frame = load_export(path)
    assert len(frame) == 4000 and frame["contact_id"].is_unique
    assert frame["handle"].tolist() == [f"user_{k:06d}" for k in range(4000)]
    assert frame["follows_me"].all()
    seconds = frame["connected_on"].astype("int64") // 10**6
    assert seconds.tolist() == [1600000000 + k for k in range(4000)]


@pytest.mark.parametrize("indent", [None, 0, 2, "\t"])
def test_streamed_and_whole_reading_give_the_same_contacts(tmp_path, monkeypatch, indent):
    path = _instagram_followers(tmp_path / "followers_1.json", 3000, indent=indent)
    monkeypatch.setattr(_stream, "CHUNK_BYTES", 4096)  # many batches, cuts everywhere
    streamed = load_export(path)
    monkeypatch.setattr(_stream, "CHUNK_BYTES", 10**9)
    whole = load_export(path)
    pd.testing.assert_frame_equal(streamed, whole)
    assert streamed["handle"].iloc[-1] == "user_002999"


def test_a_cut_off_json_export_is_still_refused_in_words(tmp_path, monkeypatch):
    monkeypatch.setattr(_stream, "CHUNK_BYTES", 4096)
    path = _instagram_followers(tmp_path / "followers_1.json", 3000, indent=2)
    path.write_bytes(path.read_bytes()[:-5000])
    refuse(path, "ends in the middle")
