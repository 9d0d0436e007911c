"""The workbook keeps everything: upserts, answers with undo, restart, concurrency, kill -9,
migrations, export and merge."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pandas as pd
import pytest

from realnet_kit import ExportFormatError, Workbook
from realnet_kit.workbook import _db as db
from realnet_kit.workbook._binder import describe_merge


def _contacts(n=3, start=0):
    ids = [f"x:{i}" for i in range(start, start + n)]
    return pd.DataFrame(
        {
            "contact_id": pd.array(ids, dtype="string"),
            "platform": pd.array(["x"] * n, dtype="string"),
            "handle": pd.array([f"user{i}" for i in range(start, start + n)], dtype="string"),
            "name": pd.array([f"Person {i}" for i in range(start, start + n)], dtype="string"),
            "follows_me": pd.array([True, False, None][:n] + [True] * max(0, n - 3), "boolean"),
            "connected_on": pd.to_datetime(["2021-03-07"] * n, utc=True),
            "followers_count": pd.array(range(n), dtype="Int64"),
            "category": pd.array(["mutual"] * n, dtype="string"),
        }
    )


def test_default_path_follows_realnet_home(realnet_home):
    wb = Workbook()
    assert wb.path == realnet_home / "workbook.sqlite"
    assert wb.path.exists()
    assert sqlite3.connect(wb.path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_path_without_realnet_home(monkeypatch, tmp_path):
    monkeypatch.delenv("REALNET_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert db.default_path() == tmp_path / ".realnet" / "workbook.sqlite"


def test_add_contacts_upserts_and_keeps_types(realnet_home):
    wb = Workbook()
    assert wb.add_contacts(_contacts(3)) == 3
    update = pd.DataFrame(
        {"contact_id": ["x:1", "x:9"], "name": [None, "New"], "company": ["Bakery", None]}
    )
    assert wb.add_contacts(update) == 1
    got = wb.contacts().set_index("contact_id")
    assert len(got) == 4
    assert got.loc["x:1", "name"] == "Person 1"  # a missing value never erases a known one
    assert got.loc["x:1", "company"] == "Bakery"
    assert got.loc["x:1", "followers_count"] == 1  # extras kept through the update
    assert str(got["followers_count"].dtype) == "Int64"
    assert str(got["follows_me"].dtype) == "boolean"
    assert pd.isna(got.loc["x:2", "follows_me"])
    assert str(got["connected_on"].dtype).startswith("datetime64") and "UTC" in str(
        got["connected_on"].dtype
    )
    assert got.loc["x:0", "connected_on"] == pd.Timestamp("2021-03-07", tz="UTC")
    assert list(wb.contacts().columns[:11]) == [
        "contact_id", "platform", "handle", "name", "profile_url", "email", "company",
        "position", "follows_me", "i_follow", "connected_on",
    ]  # fmt: skip


def test_add_contacts_refuses_frames_without_ids(realnet_home):
    wb = Workbook()
    with pytest.raises(ValueError, match="contact_id"):
        wb.add_contacts(pd.DataFrame({"name": ["Ada"]}))
    with pytest.raises(ValueError, match="no contact_id"):
        wb.add_contacts(pd.DataFrame({"contact_id": [None], "name": ["Ada"]}))


def test_scores_partial_answers_history_and_undo(realnet_home):
    wb = Workbook()
    wb.save_score("x:1", ideas=2)
    wb.save_score("x:1", offline=1, ideas=3)
    wb.save_score("x:2", relevant="yes")  # a label is accepted too
    s = wb.scores().set_index("contact_id")
    assert s.loc["x:1", "ideas"] == 3 and s.loc["x:1", "offline"] == 1
    assert pd.isna(s.loc["x:1", "last_talk"])
    assert s.loc["x:2", "relevant"] == 2
    assert str(s["updated_at"].dtype).endswith("UTC]")
    assert wb.undo_last_score() == {"contact_id": "x:2", "answers": {"relevant": None}}
    assert "x:2" not in set(wb.scores()["contact_id"])  # no answers left: no row
    undone = wb.undo_last_score()
    assert undone["contact_id"] == "x:1" and undone["answers"] == {"offline": None, "ideas": 2}
    assert wb.score_for("x:1") == {"ideas": 2}
    wb.undo_last_score()
    assert wb.undo_last_score() is None
    assert len(wb.scores()) == 0


def test_save_score_rejects_unknown_questions_and_values(realnet_home):
    wb = Workbook()
    with pytest.raises(ValueError, match="no question 'idea'"):
        wb.save_score("x:1", idea=2)
    with pytest.raises(ValueError, match="takes 0 to 3"):
        wb.save_score("x:1", ideas=7)
    with pytest.raises(ValueError, match="takes 0 to 3"):
        wb.save_score("x:1", ideas=True)
    assert len(wb.scores()) == 0


def test_restart_sees_answers_and_undo_after_restart(realnet_home):
    wb = Workbook()
    wb.save_score("x:1", ideas=1)
    wb.save_score("x:1", ideas=2)
    wb.close()
    again = Workbook()
    assert again.score_for("x:1") == {"ideas": 2}
    assert again.undo_last_score()["answers"] == {"ideas": 1}


def test_interactions_dedupe_and_validation(realnet_home):
    wb = Workbook()
    assert wb.log_interaction("x:1", "2024-05-01 10:00", "out", "coffee", "talked shop")
    assert not wb.log_interaction("x:1", "2024-05-01 10:00", "out", "coffee", "talked shop")
    df = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2"],
            "timestamp": pd.to_datetime(["2024-05-01 10:00", "2024-01-01 00:00"], utc=True),
            "direction": ["out", "in"],
            "kind": ["coffee", "message"],
            "note": ["talked shop", None],
        }
    )
    assert wb.add_interactions(df) == 1
    got = wb.interactions()
    assert list(got.columns) == ["contact_id", "timestamp", "direction", "kind", "note"]
    assert got["contact_id"].tolist() == ["x:2", "x:1"]  # oldest first
    with pytest.raises(ValueError, match="'in'"):
        wb.log_interaction("x:1", "2024-05-01", "sideways", "message")
    with pytest.raises(ValueError, match="not a date"):
        wb.log_interaction("x:1", "someday", "in", "message")


def test_plan_keeps_touched_items(realnet_home):
    wb = Workbook()
    plan = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2"],
            "name": ["Ada", "Bo"],
            "action": ["Send a link", "Invite to coffee"],
            "due": pd.to_datetime(["2024-06-01", "2024-06-02"], utc=True),
            "cadence_days": pd.array([30, None], dtype="Int64"),
            "why": ["close", "local"],
        }
    )
    assert wb.save_plan(plan) == 2
    first = wb.plan()
    assert list(first.columns[:10]) == [
        "plan_id", "contact_id", "name", "action", "due", "cadence_days", "status",
        "minutes", "note", "updated_at",
    ]  # fmt: skip
    assert first["why"].tolist() == ["close", "local"]
    ada = first.loc[first["contact_id"] == "x:1", "plan_id"].iat[0]
    wb.update_plan_item(ada, status="accepted", minutes=15)
    assert wb.save_plan(plan) == 1  # Ada's accepted row is kept, not duplicated
    again = wb.plan()
    assert len(again) == 2
    assert again.set_index("plan_id").loc[ada, "status"] == "accepted"
    with pytest.raises(ValueError, match="status"):
        wb.update_plan_item(ada, status="maybe")
    with pytest.raises(ValueError, match="no plan item"):
        wb.update_plan_item("nope", status="done")
    with pytest.raises(ValueError, match="no field"):
        wb.update_plan_item(ada, colour="red")


def test_snoozes_tags_matches_exercises_settings(realnet_home):
    wb = Workbook()
    wb.snooze("x:1", "2030-01-01")
    assert wb.snoozes()["until"].iat[0] == pd.Timestamp("2030-01-01", tz="UTC")
    wb.snooze("x:1", None)
    assert wb.snoozes().empty
    wb.set_tags("x:1", ["baker", " neighbour ", "", "baker"])
    assert wb.tags()["tag"].tolist() == ["baker", "neighbour"]
    wb.save_match_decision("x:2", "instagram:bo", "same")
    wb.save_match_decision("instagram:bo", "x:2", "different")
    m = wb.match_decisions()
    assert len(m) == 1 and m["decision"].iat[0] == "different"
    wb.record_exercise("03", "ex1", True, "5")
    wb.record_exercise("03", "ex1", False, "4")
    p = wb.exercise_progress()
    assert bool(p["passed"].iat[0]) and p["attempts"].iat[0] == 2
    assert p["last_answer"].iat[0] == "4" and p["best_answer"].iat[0] == "5"
    wb.set_setting("presenter", {"on": True})
    assert wb.setting("presenter") == {"on": True}
    assert wb.setting("missing", 7) == 7


def test_not_a_workbook_is_refused_clearly(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("hello")
    with pytest.raises(ExportFormatError, match="not a RealNet workbook"):
        Workbook(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(ExportFormatError, match="another program"):
        Workbook(other)
    wb = Workbook(tmp_path / "mine.sqlite")
    with pytest.raises(ExportFormatError, match="not a RealNet workbook"):
        wb.merge_from(text)
    (tmp_path / "empty.sqlite").write_bytes(b"")
    with pytest.raises(ExportFormatError, match="empty"):
        wb.merge_from(tmp_path / "empty.sqlite")


def test_old_schema_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(db.MIGRATIONS[0])
    conn.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO scores VALUES ('x:1', '{\"ideas\": 3}', '2024-01-01T00:00:00')")
    conn.close()
    wb = Workbook(path)
    assert wb.score_for("x:1") == {"ideas": 3}
    wb.set_setting("k", 1)  # a table from a later migration
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION


def test_every_exercise_attempt_is_kept_and_progress_reads_them(realnet_home):
    wb = Workbook()
    assert wb.exercise_progress().columns.tolist()[:4] == [
        "notebook",
        "exercise",
        "passed",
        "attempts",
    ]
    wb.record_exercise("01", "1.1", False, "7")
    wb.record_exercise("01", "1.1", True, "2")
    wb.record_exercise("01", "1.1", False, "9")
    wb.record_exercise("02", "2.3", False, "Ben")
    p = wb.exercise_progress().set_index("exercise")
    assert p.loc["1.1", "passed"] and p.loc["1.1", "attempts"] == 3
    assert p.loc["1.1", "last_answer"] == "9" and not p.loc["1.1", "last_passed"]
    assert p.loc["1.1", "best_answer"] == "2"
    assert not p.loc["2.3", "passed"] and pd.isna(p.loc["2.3", "best_answer"])
    history = wb.exercise_history()
    assert history["answer"].tolist() == ["7", "2", "9", "Ben"]
    assert history["passed"].tolist() == [False, True, False, False]
    assert str(history["answered_at"].dtype) == "datetime64[us, UTC]"


def _schema3_workbook(path):
    """A workbook file exactly as RealNet Kit wrote it before attempts were kept."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in db.MIGRATIONS[:3]:
        conn.executescript(step)
    conn.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO scores VALUES ('x:1', '{\"ideas\": 3}', '2024-01-01T00:00:00')")
    conn.executemany(
        "INSERT INTO exercises VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("01", "1.1", 1, 3, "2", "2024-03-01T10:00:00.000000+00:00"),
            ("02", "2.3", 0, 1, "Ben", "2024-03-02T10:00:00.000000+00:00"),
        ],
    )
    conn.close()
    return path


def test_a_schema3_workbook_keeps_its_exercises_as_attempts(tmp_path):
    path = _schema3_workbook(tmp_path / "v3.sqlite")
    wb = Workbook(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    assert wb.score_for("x:1") == {"ideas": 3}
    p = wb.exercise_progress().set_index("exercise")
    assert p.loc["1.1", "passed"] and p.loc["1.1", "attempts"] == 3
    assert p.loc["1.1", "best_answer"] == "2" and p.loc["1.1", "last_answer"] == "2"
    assert not p.loc["2.3", "passed"] and p.loc["2.3", "attempts"] == 1
    wb.record_exercise("01", "1.1", False, "5")  # a wrong try after the pass
    p = wb.exercise_progress().set_index("exercise")
    assert p.loc["1.1", "attempts"] == 4 and p.loc["1.1", "best_answer"] == "2"
    assert p.loc["1.1", "last_answer"] == "5"
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "exercises" not in tables and "exercise_attempts" in tables


def test_merging_keeps_the_exercise_attempts_of_both_sides(tmp_path):
    home = Workbook(tmp_path / "home.sqlite")
    home.record_exercise("01", "1.1", False, "7")
    binder = Workbook(tmp_path / "binder.sqlite")
    binder.record_exercise("01", "1.1", True, "2")
    binder.record_exercise("01", "1.1", False, "8")
    binder.record_exercise("02", "2.1", False, "1")
    home.record_exercise("01", "1.1", False, "6")  # the latest try of all
    summary = home.merge_from(binder.export_to(tmp_path / "download.sqlite"))
    assert summary["exercises"] == 3 and "3 exercise attempts" in describe_merge(summary)
    p = home.exercise_progress().set_index("exercise")
    assert p.loc["1.1", "attempts"] == 4 and p.loc["1.1", "passed"]
    assert p.loc["1.1", "best_answer"] == "2" and p.loc["1.1", "last_answer"] == "6"
    assert home.exercise_history()["answer"].tolist() == ["7", "2", "8", "1", "6"]
    again = home.merge_from(tmp_path / "download.sqlite")
    assert again["exercises"] == 0
    # ...and back the other way: the binder gets home's attempts, nothing twice.
    binder.merge_from(home.export_to(tmp_path / "back.sqlite"))
    assert binder.exercise_history().equals(home.exercise_history())


def test_an_old_workbook_file_merges_its_exercises_in(tmp_path):
    old = _schema3_workbook(tmp_path / "v3.sqlite")
    wb = Workbook(tmp_path / "new.sqlite")
    wb.record_exercise("01", "1.1", False, "9")
    assert wb.merge_from(old)["exercises"] == 2
    assert wb.merge_from(old)["exercises"] == 0
    p = wb.exercise_progress().set_index("exercise")
    assert p.loc["1.1", "attempts"] == 4 and p.loc["1.1", "best_answer"] == "2"
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 3  # untouched


def test_newer_schema_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "new.sqlite"
    Workbook(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 5}")
    with pytest.raises(ExportFormatError, match="newer RealNet Kit"):
        Workbook(path)


def test_export_and_merge(tmp_path):
    home = Workbook(tmp_path / "home.sqlite")
    home.add_contacts(_contacts(3))
    home.save_score("x:0", ideas=1)
    home.save_score("x:1", ideas=1)
    home.log_interaction("x:0", "2024-01-01", "in", "message", "hi")
    time.sleep(0.01)
    binder = Workbook(tmp_path / "binder.sqlite")
    binder.add_contacts(_contacts(2, start=2))  # x:2 (shared) and x:3 (new)
    binder.save_score("x:0", ideas=3)  # newer than home's answer
    binder.log_interaction("x:0", "2024-01-01", "in", "message", "hi")  # duplicate
    binder.log_interaction("x:3", "2024-02-01", "out", "email", "")
    binder.set_tags("x:3", ["band"])
    binder.save_plan(pd.DataFrame({"contact_id": ["x:3"], "name": ["P"], "action": ["Call"]}))
    binder.record_exercise("03", "ex1", True)
    home.save_score("x:1", ideas=2)  # newer than anything the binder knows about x:1
    (tmp_path / "download").mkdir()
    download = binder.export_to(tmp_path / "download")
    assert download.name == "realnet-workbook.sqlite"
    assert sqlite3.connect(download).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    summary = home.merge_from(download)
    assert summary["contacts"] == 1
    assert summary["scores"] == 1
    assert summary["interactions"] == 1 and summary["interactions_already_here"] == 1
    assert summary["tags"] == 1 and summary["plan_items"] == 1 and summary["exercises"] == 1
    assert home.score_for("x:0") == {"ideas": 3}
    assert home.score_for("x:1") == {"ideas": 2}
    assert len(home.contacts()) == 4
    assert "1 new contacts" in describe_merge(summary)
    again = home.merge_from(download)
    assert sum(v for k, v in again.items() if k != "interactions_already_here") == 0
    assert describe_merge(again).startswith("Nothing new")


# --- several processes ----------------------------------------------------------------


def _writer(path, prefix, n):
    wb = Workbook(path)
    for i in range(n):
        wb.save_score(f"{prefix}:{i}", ideas=i % 4)
        wb.log_interaction(f"{prefix}:{i}", "2024-01-01", "in", "message", str(i))
    wb.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    Workbook(path).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, p, 150)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    wb = Workbook(path)
    assert len(wb.scores()) == 300
    assert len(wb.interactions()) == 300
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_kill_9_mid_write_keeps_everything_acknowledged(tmp_path):
    path = tmp_path / "killed.sqlite"
    script = textwrap.dedent(
        f"""
        import sys
        from realnet_kit import Workbook
        wb = Workbook({str(path)!r})
        i = 0
        while True:
            wb.save_score(f"x:{{i}}", ideas=i % 4, offline=1)
            print(i, flush=True)
            i += 1
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    acknowledged = []
    for line in proc.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) >= 60:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(acknowledged) >= 60, "the writer stopped before it was killed"
    assert proc.returncode == -signal.SIGKILL
    wb = Workbook(path)
    saved = set(wb.scores()["contact_id"])
    assert {f"x:{i}" for i in acknowledged} <= saved
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_workbook_is_refused_clearly(tmp_path):
    good = Workbook(tmp_path / "good.sqlite")
    good.add_contacts(_contacts(3))
    copy = good.export_to(tmp_path / "copy.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(copy.read_bytes()[:150] + b"\x00garbage" * 50)
    with pytest.raises(ExportFormatError) as info:
        good.merge_from(broken)
    assert "broken.sqlite" in str(info.value)
    assert len(good.contacts()) == 3


def test_merge_from_a_live_workbook_sees_its_latest_answers(tmp_path):
    live = Workbook(tmp_path / "live.sqlite")
    live.save_score("x:1", ideas=3)  # still in the write-ahead log, not yet in the file
    mine = Workbook(tmp_path / "mine.sqlite")
    assert mine.merge_from(live.path)["scores"] == 1
    assert mine.score_for("x:1") == {"ideas": 3}


def test_unwritable_home_gives_advice(tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("REALNET_HOME", str(blocker / "home"))
    with pytest.raises(ValueError, match="REALNET_HOME"):
        Workbook()
