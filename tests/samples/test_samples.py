"""The sample businesses: layouts, ground truth, loading, determinism, packaging."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import realnet_kit
from realnet_kit import samples
from realnet_kit.samples import list_samples, load_ground_truth, sample_path, write_samples
from realnet_kit.samples.__main__ import main as samples_command

NAMES = ["bakery", "band", "studio"]
TIERS = ("inner circle", "real", "warm", "acquaintance", "scoreboard only")
EXPORT_SUFFIXES = {".zip", ".csv", ".vcf"}


def export_files(name: str) -> list[Path]:
    return sorted(sample_path(name).iterdir())


def test_list_samples_and_public_names():
    assert list_samples() == NAMES
    assert realnet_kit.list_samples() == NAMES
    assert realnet_kit.sample_path("band") == sample_path("band")
    assert realnet_kit.load_ground_truth is load_ground_truth


@pytest.mark.parametrize("name", NAMES)
def test_sample_folder_holds_only_raw_exports(name):
    files = export_files(name)
    assert len(files) >= 4
    assert all(f.is_file() and f.suffix.lower() in EXPORT_SUFFIXES for f in files), files
    assert (sample_path(name).parent / "README.md").is_file()
    assert not any("truth" in f.name or f.name == "README.md" for f in files)


def test_unknown_sample_name_says_which_exist():
    with pytest.raises(ValueError, match="bakery, band, studio"):
        sample_path("florist")
    with pytest.raises(ValueError, match="no sample business"):
        load_ground_truth("../band")


def test_ground_truth_is_read_once_and_again_when_its_files_change(tmp_path, monkeypatch):
    # Each call gets its own frames: changing one changes nothing for the next caller.
    first = load_ground_truth("bakery")
    first["accounts"].loc[:, "tier"] = "fake"
    assert (load_ground_truth("bakery")["accounts"]["tier"] != "fake").any()
    # A regenerated truth (other sizes or times) is read again, not served from memory.
    truth = tmp_path / "truth"
    shutil.copytree(samples.truth_path("bakery"), truth)
    monkeypatch.setattr(samples, "truth_path", lambda name: truth)
    people = len(load_ground_truth("bakery")["people"])
    text = (truth / "people.csv").read_text(encoding="utf-8")
    (truth / "people.csv").write_text(text.rstrip("\n").rsplit("\n", 1)[0] + "\n", "utf-8")
    assert len(load_ground_truth("bakery")["people"]) == people - 1


def test_datasets_are_small():
    root = sample_path("band").parent.parent
    total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    assert total < 20_000_000


@pytest.mark.parametrize("name", NAMES)
def test_ground_truth_schema(name, truths):
    t = truths[name]
    acc = t["accounts"]
    assert list(acc.columns[:5]) == ["contact_id", "platform", "person_id", "is_fake", "tier"]
    assert acc["contact_id"].dtype == "string" and acc["is_fake"].dtype == "boolean"
    assert acc["contact_id"].is_unique
    assert set(acc["tier"]) <= {*TIERS, "fake"}
    assert (acc["is_fake"] == (acc["tier"] == "fake")).all()
    for key in ("unanswered", "late"):
        df = t[key]
        assert {"contact_id", "timestamp", "note"} <= set(df.columns)
        assert str(df["timestamp"].dt.tz) == "UTC" and len(df) > 0
    assert (t["late"]["delay_hours"] > 48).all()
    assert (t["late"]["replied_at"] > t["late"]["timestamp"]).all()


@pytest.mark.parametrize("name", NAMES)
def test_every_export_file_loads_with_the_expected_accounts(name, truths):
    acc = truths[name]["accounts"]
    for f in export_files(name):
        df = realnet_kit.load_export(f)
        assert len(df) > 0, f.name
        plats = set(df["platform"])
        expected = set(acc.loc[acc["platform"].isin(plats), "contact_id"])
        got = set(df["contact_id"])
        if "audit" in f.name:  # profile signals of followers only: a subset
            assert got <= expected and len(got) > 0.9 * len(expected), f.name
        else:
            assert got == expected, f"{f.name}: {sorted(got ^ expected)[:5]}"


@pytest.mark.parametrize("name", NAMES)
def test_whole_folder_loads_every_account_once(name, truths, loaded):
    df = loaded[name]
    acc = truths[name]["accounts"]
    assert len(df) == len(acc)
    assert set(df["contact_id"]) == set(acc["contact_id"])
    assert df["platform"].nunique() >= 4


def test_expected_sizes(loaded, truths):
    platform_count = {n: loaded[n]["platform"].value_counts() for n in NAMES}
    bakery = loaded["bakery"]
    ig = bakery[bakery["platform"] == "instagram"]
    assert 1_300 <= int(ig["follows_me"].sum()) <= 1_700
    assert {"facebook", "google"} <= set(platform_count["bakery"].index)
    band = loaded["band"]
    for pl in ("x", "instagram"):
        assert int(band.loc[band["platform"] == pl, "follows_me"].sum()) >= 3_000
    assert "mastodon" in platform_count["band"].index
    assert 450 <= platform_count["studio"]["linkedin"] <= 600
    assert "vcard" in platform_count["studio"].index


def test_band_fake_share_and_signals(truths, loaded):
    acc = truths["band"]["accounts"]
    x = acc[acc["platform"] == "x"]
    assert 0.10 <= x["is_fake"].mean() <= 0.30
    band = loaded["band"].merge(acc[["contact_id", "is_fake"]], on="contact_id")
    followers = band[band["follows_me"].fillna(False) & band["platform"].isin(["x", "instagram"])]
    assert followers["followers_count"].notna().all()  # the audit CSV enriched every row
    fake, real = followers[followers["is_fake"]], followers[~followers["is_fake"]]
    assert fake["followers_count"].median() < real["followers_count"].median() / 5
    assert fake["following_count"].median() > 2 * real["following_count"].median()
    assert (~fake["has_avatar"]).mean() > 2 * (~real["has_avatar"]).mean()
    # ...but not trivially separable: borderline genuine and convincing fakes exist.
    lookalike_real = real[~real["has_avatar"] & (real["followers_count"] < 30)]
    convincing_fake = fake[fake["has_avatar"] & fake["bio"].notna() & (fake["posts_count"] > 30)]
    assert len(lookalike_real) > 100 and len(convincing_fake) > 50


def test_band_fakes_come_in_bursts(truths):
    """Bought Instagram followers arrive many in the same minute."""
    acc = truths["band"]["accounts"]
    fakes = set(acc.loc[acc["is_fake"] & (acc["platform"] == "instagram"), "contact_id"])
    ig = realnet_kit.load_export(next(sample_path("band").glob("instagram-*.zip")))
    ig = ig[ig["follows_me"].fillna(False)]
    minute = ig["connected_on"].dt.floor("min")
    per_minute = minute.map(minute.value_counts())
    is_fake = ig["contact_id"].isin(fakes)
    assert (per_minute[is_fake] >= 3).mean() > 0.6
    assert (per_minute[~is_fake] >= 3).mean() < 0.05


def test_band_fakes_are_created_in_batches(truths, loaded):
    """Farms create bought accounts many a day; genuine accounts spread over the years."""
    acc = truths["band"]["accounts"][["contact_id", "role", "is_fake"]]
    band = loaded["band"].merge(acc, on="contact_id")
    x = band[(band["platform"] == "x") & band["follows_me"].fillna(False)]
    day = x["account_created"].dt.floor("D")
    same_day = day.map(day.value_counts())
    cheap = x["role"] == "cheap_fake"
    assert (same_day[cheap] >= 4).mean() > 0.9
    assert (same_day[~x["is_fake"]] >= 4).mean() < 0.25
    ids = x.loc[cheap, "contact_id"].str.removeprefix("x:").astype("int64").sort_values()
    assert (ids.diff().dropna() < 2**22 * 1000 * 300).mean() > 0.5  # minted minutes apart


@pytest.mark.parametrize("name", NAMES)
def test_relationships_are_heavy_tailed_and_cross_platform(name, truths, talks):
    acc = truths[name]["accounts"]
    people = acc.drop_duplicates("person_id")
    tiers = people["tier"].value_counts()
    # each owner's circle has its own shape (README): small, and far below the crowd
    assert 3 <= tiers["inner circle"] <= 9 and 12 <= tiers["real"] <= 24
    assert tiers["scoreboard only"] > 5 * (tiers["inner circle"] + tiers["real"] + tiers["warm"])
    inner = acc[acc["tier"] == "inner circle"]
    assert (inner.groupby("person_id")["platform"].nunique() >= 3).all()
    per_person = acc[~acc["is_fake"]].groupby("person_id")["platform"].nunique()
    assert (per_person > 1).sum() >= 50
    it = talks[name].merge(acc[["contact_id", "person_id", "tier"]], on="contact_id")
    share = it.groupby("person_id").size().sort_values(ascending=False)
    assert share.head(5).sum() > 0.2 * share.sum()  # a few people do much of the talking


@pytest.mark.parametrize("name", NAMES)
def test_a_handle_belongs_to_one_person_across_platforms(name, truths, loaded):
    """Strangers do not share a handle (even up to case, dots, underscores, @server);
    one person keeping their handle on a second platform does happen."""
    acc = truths[name]["accounts"][["contact_id", "person_id"]]
    df = loaded[name].dropna(subset=["handle"]).merge(acc, on="contact_id")
    key = df["handle"].str.lower().str.lstrip("@").str.split("@").str[0]
    df = df.assign(key=key.str.replace(r"[^a-z0-9]", "", regex=True))
    per_key = df.groupby("key").agg(
        platforms=("platform", "nunique"), people=("person_id", "nunique")
    )
    assert (per_key["people"] == 1).all(), per_key[per_key["people"] > 1].head()
    if name == "band":  # X (via the audit CSV), Instagram and Mastodon all show handles
        assert (per_key["platforms"] > 1).sum() >= 30


@pytest.mark.parametrize("name", NAMES)
def test_unanswered_and_late_match_the_messages(name, truths, talks):
    it = talks[name]
    t = truths[name]
    for row in t["unanswered"].itertuples():
        mine = it[it["contact_id"] == row.contact_id]
        assert ((mine["direction"] == "in") & (mine["timestamp"] == row.timestamp)).any()
        assert not ((mine["direction"] == "out") & (mine["timestamp"] > row.timestamp)).any()
    for row in t["late"].itertuples():
        mine = it[it["contact_id"] == row.contact_id]
        later = mine[(mine["direction"] == "out") & (mine["timestamp"] > row.timestamp)]
        assert later["timestamp"].min() == row.replied_at


def test_message_requests_are_never_answered(truths):
    """Instagram keeps unanswered messages from people one does not follow as requests."""
    unanswered = set(truths["band"]["unanswered"]["contact_id"])
    with zipfile.ZipFile(next(sample_path("band").glob("instagram-*.zip"))) as zf:
        requests = [n for n in zf.namelist() if "/messages/message_requests/" in n]
        assert len(requests) >= 10
        for member in requests:
            thread = json.loads(zf.read(member))
            senders = {m["sender_name"] for m in thread["messages"]}
            assert len(senders) == 1 and thread["thread_path"].startswith("message_requests/")
    folders = {n.split("/")[-2].rsplit("_", 1)[0] for n in requests}
    handles = {
        c.split(":", 1)[1].replace(".", "") for c in unanswered if c.startswith("instagram:")
    }
    assert folders <= handles


def test_band_fans_mostly_unanswered(truths, talks):
    """Fans' messages of the last four months mostly wait; older ones were answered."""
    acc = truths["band"]["accounts"]
    fans = set(acc.loc[acc["role"].isin(["fan", "follower"]), "contact_id"])
    inbound = talks["band"]
    recent = inbound["timestamp"] > inbound["timestamp"].max() - pd.Timedelta(days=120)
    inbound = inbound[(inbound["direction"] == "in") & inbound["contact_id"].isin(fans) & recent]
    unanswered = truths["band"]["unanswered"]
    share = unanswered["contact_id"].isin(fans).sum() / len(inbound)
    assert share > 0.5


#: The broadcasts each sample holds: (platform, recipients of each send-out, newest last).
BROADCASTS = {"band": ("instagram", [36, 28]), "bakery": ("facebook", [26]), "studio": (None, [])}


@pytest.mark.parametrize("name", NAMES)
def test_broadcasts_are_found_by_listening_as_the_truth_says(name, truths, talks):
    from realnet_kit.listening.messages import find_broadcasts, normalize_text

    platform, sizes = BROADCASTS[name]
    truth = truths[name]["broadcasts"]
    assert list(truth.columns) == ["contact_id", "platform", "timestamp", "note"]
    found = find_broadcasts(talks[name]).sort_values("first_sent", kind="stable")
    assert found["recipients"].tolist() == sizes
    if not sizes:
        assert truth.empty
        return
    assert set(truth["platform"]) == {platform}
    assert truth["contact_id"].isin(truths[name]["accounts"]["contact_id"]).all()
    it = talks[name]
    copies = truth.merge(it, on=["contact_id", "timestamp"], how="left", suffixes=("", "_seen"))
    assert (copies["direction"] == "out").all(), "every copy is in the export, outbound"
    assert (copies["note"] == copies["note_seen"]).all()
    # each copy greets one person by name: the same text once the greeting is gone
    texts = normalize_text(truth["note"])
    per_send = truth.assign(key=texts).groupby("key", sort=False)["contact_id"].nunique()
    assert sorted(per_send.tolist()) == sorted(sizes)
    assert truth["note"].nunique() > len(sizes)
    assert ((found["replies"] > 0) & (found["replies"] < found["recipients"] / 4)).all()


@pytest.mark.parametrize("name", ["band", "bakery"])
def test_broadcasts_leave_nobody_waiting(name, truths, talks):
    """Those who answer a broadcast are thanked within hours: no unanswered or late rows."""
    t = truths[name]
    reached = set(t["broadcasts"]["contact_id"])
    assert not reached & set(t["unanswered"]["contact_id"])
    assert not reached & set(t["late"]["contact_id"])
    mine = talks[name][talks[name]["contact_id"].isin(reached)]
    assert (mine["direction"] == "in").sum() >= 1


def test_names_from_many_cultures(truths):
    names = pd.concat([truths[n]["people"]["name"] for n in NAMES])
    # British cities of many origins: accents and other scripts in one name of nine or so
    # (0.109 since the pools hold each culture's plain names as well as its accented
    # ones), and at least fifteen name pools in every sample
    assert names.str.contains(r"[^\x00-\x7f]").mean() > 0.10
    for n in NAMES:
        assert truths[n]["people"]["name_pool"].nunique() >= 15
    # names in their own script, as people set them (the band's followers on X and
    # Instagram), and messages in them from people of those names
    band = realnet_kit.load_export(sample_path("band"))
    shown = pd.concat(
        [band["name"].dropna(), realnet_kit.load_interactions(sample_path("band"))["note"]]
    )
    assert shown.str.contains(
        r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u3040-\u9fff\uac00-\ud7af]"
    ).any()


def test_meta_files_are_mojibake_and_ascii():
    for name in ("bakery", "band"):
        for zpath in sample_path(name).glob("*.zip"):
            if not zpath.name.startswith(("facebook-", "instagram-")):
                continue
            with zipfile.ZipFile(zpath) as zf:
                for member in zf.namelist():
                    raw = zf.read(member)
                    assert raw.isascii(), member
                    if "friends" in member:
                        assert b"\\u00c3" in raw  # e.g. é written as \u00c3\u00a9
                        json.loads(raw)
    fb = realnet_kit.load_export(next(sample_path("bakery").glob("facebook-*.zip")))
    assert fb["name"].str.contains("[ãçéêíóú]").any()
    assert not fb["name"].str.contains("Ã").any()


def test_platform_layouts_are_the_real_ones():
    band, studio, bakery = (sample_path(n) for n in ("band", "studio", "bakery"))
    with zipfile.ZipFile(next(band.glob("twitter-*.zip"))) as zf:
        assert zf.read("data/follower.js").startswith(b"window.YTD.follower.part0 = [")
        assert b"userLink" in zf.read("data/following.js")
        assert b"dmConversation" in zf.read("data/direct-messages.js")
    with zipfile.ZipFile(next(bakery.glob("instagram-*.zip"))) as zf:
        names = zf.namelist()
        assert "connections/followers_and_following/followers_1.json" in names
        assert any(n.startswith("your_instagram_activity/messages/inbox/") for n in names)
    with zipfile.ZipFile(next(studio.glob("instagram-*.zip"))) as zf:
        assert "followers_and_following/followers.json" in zf.namelist()  # 2020-22 layout
    with zipfile.ZipFile(next(band.glob("facebook-*.zip"))) as zf:
        assert "friends_and_followers/friends.json" in zf.namelist()
    with zipfile.ZipFile(next(studio.glob("Basic_LinkedInDataExport_*.zip"))) as zf:
        conn = zf.read("Connections.csv").decode()
        assert conn.startswith("Notes:\n") and "\n\nFirst Name,Last Name,URL," in conn
        assert zf.read("messages.csv").startswith(b"CONVERSATION ID,CONVERSATION TITLE,FROM,")
    assert (band / "following_accounts.csv").read_text().startswith("Account address,")
    assert "@" in (studio / "following_accounts.csv").read_text().splitlines()[0]
    vcf = next(studio.glob("*.vcf")).read_bytes()
    assert vcf.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n") and b"\r\n " in vcf  # folded
    assert (
        (bakery / "contacts.csv")
        .read_text(encoding="utf-8")
        .startswith("First Name,Middle Name,Last Name,")
    )
    assert (
        next(studio.glob("google-*.csv"))
        .read_text(encoding="utf-8")
        .startswith("Name,Given Name,Additional Name,Family Name,")
    )
    header = next(band.glob("follower_audit_*.csv")).read_text().splitlines()[0].split(",")
    assert header[:3] == ["id", "name", "screen_name"] and header[-1] == "platform"


def _zip_contents(path: Path) -> list[tuple]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, i.date_time, zf.read(i)) for i in zf.infolist()]


def test_generation_is_deterministic(tmp_path):
    """Same seed, same bytes: the committed datasets (written by another process, on
    another day) are what the generator writes now."""
    first = tmp_path / "a"
    write_samples(first)
    committed = sample_path("band").parent.parent
    for name in NAMES:
        for sub in ("exports", "truth"):
            files = sorted(p.name for p in (first / name / sub).iterdir())
            assert files == sorted(p.name for p in (committed / name / sub).iterdir())
            for fname in files:
                a = (first / name / sub / fname).read_bytes()
                ours = committed / name / sub / fname
                if fname.endswith(".zip"):  # deflate bytes may differ across zlib builds
                    assert _zip_contents(first / name / sub / fname) == _zip_contents(ours)
                else:
                    assert a == ours.read_bytes(), fname


def test_cache_fallback_regenerates(monkeypatch, realnet_home):
    monkeypatch.setattr(samples, "_shipped_root", lambda: realnet_home / "nowhere")
    path = sample_path("studio")
    assert realnet_home in path.parents
    assert not (path.parent.parent / "band").exists()  # only the sample asked for
    assert not list(path.parent.parent.glob(".studio-*"))  # no scratch folder left
    assert sorted(p.name for p in path.iterdir()) == sorted(
        p.name for p in (Path(samples.__file__).parents[2] / "datasets/studio/exports").iterdir()
    )
    assert len(load_ground_truth("studio")["accounts"]) > 0


def test_module_command_writes_samples(tmp_path, realnet):
    """``python -m realnet_kit.samples`` in a process of its own; a wrong name in-process."""
    out = subprocess.run(
        [sys.executable, "-m", "realnet_kit.samples", "--out", str(tmp_path), "studio"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "studio:" in out.stdout
    assert (tmp_path / "studio" / "exports" / "following_accounts.csv").is_file()
    bad = realnet("--out", tmp_path, "florist", entry=samples_command)
    assert bad.returncode == 2 and "choose from bakery, band, studio" in bad.stderr


def _find_in_layout(site: Path, cwd: Path) -> str:
    code = (
        "import realnet_kit as r; p = r.sample_path('band'); "
        "print(p); print(len(list(p.iterdir()))); "
        "print(len(r.load_ground_truth('band')['accounts']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "REALNET_HOME": str(cwd / "home"), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return out.stdout


def test_sample_path_from_package_data_layout(tmp_path):
    """Installed, the samples are real files at realnet_kit/samples/datasets (package data)."""
    import shutil

    repo = Path(samples.__file__).parents[2]
    site = tmp_path / "site"
    shutil.copytree(  # follows the checkout's links, as building a wheel does
        repo / "realnet_kit", site / "realnet_kit", ignore=shutil.ignore_patterns("__pycache__")
    )
    assert not (site / "realnet_kit" / "samples" / "datasets").is_symlink()
    (tmp_path / "elsewhere").mkdir()
    lines = _find_in_layout(site, tmp_path / "elsewhere").split()
    assert lines[0].startswith(str(site / "realnet_kit" / "samples" / "datasets"))
    assert int(lines[1]) >= 4 and int(lines[2]) > 5000


@pytest.mark.slow
def test_sample_path_from_a_built_wheel(tmp_path, wheel_site):
    (tmp_path / "elsewhere").mkdir()
    lines = _find_in_layout(wheel_site, tmp_path / "elsewhere").split()
    assert lines[0].startswith(str(wheel_site / "realnet_kit" / "samples" / "datasets"))
    assert int(lines[1]) >= 4 and int(lines[2]) > 5000


@pytest.mark.parametrize("platform", ["x", "instagram"])
def test_write_large_archive_loads(tmp_path, platform):
    path = samples.write_large_archive(platform, tmp_path, followers=3_000, following=100)
    again = samples.write_large_archive(platform, tmp_path / "b", followers=3_000, following=100)
    assert path.read_bytes() == again.read_bytes()
    df = realnet_kit.load_export(path)
    assert len(df) == 3_050
    assert int(df["follows_me"].sum()) == 3_000 and int(df["i_follow"].sum()) == 100


def test_write_large_archive_splits_parts(tmp_path, monkeypatch):
    from realnet_kit.samples import large

    monkeypatch.setattr(large, "LARGE_PART_SIZE", 1_000)
    path = samples.write_large_archive("x", tmp_path / "big.zip", followers=2_500, following=0)
    with zipfile.ZipFile(path) as zf:
        assert zf.read("data/follower-part2.js").startswith(b"window.YTD.follower.part2 = [")
    assert int(realnet_kit.load_export(path)["follows_me"].sum()) == 2_500


def test_write_large_archive_rejects_other_platforms(tmp_path):
    with pytest.raises(ValueError, match="'x' or 'instagram'"):
        samples.write_large_archive("linkedin", tmp_path)
