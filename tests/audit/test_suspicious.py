"""flag_suspicious: each rule on crafted frames, the contract's shape, missing data, samples."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys

import numpy as np
import pandas as pd
import pytest

import realnet_kit
from realnet_kit.audit._reasons import RULE_SUMMARIES
from realnet_kit.audit.suspicious import (
    SUSPICION_RULES,
    SUSPICION_THRESHOLD,
    describe_rules,
    flag_suspicious,
    score_suspicion,
)


def numbers_in(text: str) -> set[str]:
    """The numbers a reason quotes: the facts it must carry, whatever its wording."""
    return set(re.findall(r"\d[\d,]*", text))


def fired(frame: pd.DataFrame) -> list[set[str]]:
    """The positive rules that fired on each row (before the threshold)."""
    _, _, names = score_suspicion(frame)
    return [set(n.split(",")) - {""} for n in names]


def one(**columns) -> pd.DataFrame:
    return pd.DataFrame({k: [v] for k, v in columns.items()})


# --- each rule on its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("columns", "rule", "reason"),
    [
        ({"followers_count": 3, "following_count": 4980}, "follows_far_more",
         "follows 4,980 accounts but only 3 follow it"),
        ({"followers_count": 0, "following_count": 300}, "follows_far_more",
         "follows 300 accounts but nobody follows it"),
        ({"followers_count": 100, "following_count": 400}, "follows_hundreds",
         "follows 400 accounts but only 100 follow it"),
        ({"followers_count": 12, "following_count": 130}, "follows_more",
         "follows 130 accounts but only 12 follow it"),
        ({"followers_count": 120, "following_count": 3400, "posts_count": 12000},
         "spam_pattern", "has posted 12,000 times and follows 3,400 accounts but only 120 "
         "follow it, as spam accounts do"),
        ({"followers_count": 12}, "few_followers", "only 12 accounts follow it"),
        ({"followers_count": 1}, "few_followers", "only one account follows it"),
        ({"followers_count": 0}, "few_followers", "nobody follows it"),
        ({"posts_count": 3}, "few_posts", "has posted only 3 times"),
        ({"posts_count": 2}, "few_posts", "has posted only twice"),
        ({"posts_count": 1}, "few_posts", "has posted only once"),
        ({"posts_count": 0}, "few_posts", "has never posted"),
        ({"has_avatar": False}, "no_avatar", "its profile has no picture"),
        ({"listed_count": 0}, "never_listed",
         "nobody has added it to a list of accounts worth reading"),
        ({"favourites_count": 0}, "no_likes", "has never liked a post"),
        ({"favourites_count": 0, "following_count": 40}, "no_likes", "has never liked a post"),
        ({"favourites_count": 0, "following_count": 180}, "no_likes_while_following",
         "has never liked a post"),
        ({"followers_count": 6, "following_count": 610, "favourites_count": 12},
         "follows_fifty_fold", "follows 610 accounts but only 6 follow it; has liked only "
         "12 posts"),
        ({"followers_count": 0, "following_count": 540}, "follows_fifty_fold",
         "follows 540 accounts but nobody follows it"),
        ({"followers_count": 6, "following_count": 180, "posts_count": 0, "listed_count": 0,
          "favourites_count": 1}, "silent_follower",
         "has never posted and liked only one post: it follows others and does little "
         "else, as bought followers do"),
        ({"default_profile": "1"}, "default_profile",
         "its profile still has the look every new account starts with"),
        ({"handle": "48213377"}, "digit_handle", "its username, 48213377, is mostly digits"),
        ({"handle": "maria_k482913"}, "number_tail_handle",
         "its username, maria_k482913, is a name with a long number added"),
        ({"account_created": pd.Timestamp("2024-03-01 10:00", tz="UTC"),
          "connected_on": pd.Timestamp("2024-03-01 18:00", tz="UTC")},
         "created_when_followed", "its account was made on the day it followed you"),
    ],
)  # fmt: skip
def test_each_rule_fires_with_its_reason(columns, rule, reason):
    frame = one(**columns)
    assert rule in fired(frame)[0]
    # forced over the threshold, the reason shows up in words with the real numbers
    flagged = flag_suspicious(frame, threshold=0.1)
    assert reason in flagged.loc[0, "suspicion_reasons"]


@pytest.mark.parametrize(
    "columns",
    [
        {"followers_count": 300, "following_count": 250},
        {"followers_count": 40, "following_count": 130},
        {"followers_count": 30, "following_count": 240},
        {"favourites_count": 10},
        {"followers_count": 30},
        {"posts_count": 50},
        {"has_avatar": True},
        {"listed_count": 4},
        {"favourites_count": 12},
        {"handle": "anna_baker"},
        {"handle": "maria1985"},
        {"handle": "schmidt"},
        {"account_created": pd.Timestamp("2019-03-01", tz="UTC"),
         "connected_on": pd.Timestamp("2024-03-01", tz="UTC")},
    ],
)  # fmt: skip
def test_ordinary_values_fire_nothing(columns):
    assert fired(one(**columns)) == [set()]


def test_text_fields_count_as_blank_only_where_the_source_fills_them():
    with_bios = pd.DataFrame({"bio": ["Baker in Leeds", pd.NA, "  "], "posts_count": [90] * 3})
    assert [("no_bio" in f) for f in fired(with_bios)] == [False, True, True]
    # rows no profile source described (an X archive beside a CSV of Instagram profiles)
    mixed = pd.DataFrame({"bio": ["Baker", pd.NA], "posts_count": [90, pd.NA]})
    assert [("no_bio" in f) for f in fired(mixed)] == [False, False]
    nobody_has_one = pd.DataFrame({"bio": pd.array([pd.NA, pd.NA], dtype="string")})
    assert fired(nobody_has_one) == [set(), set()]


def test_location_and_url_rule_needs_both_blank():
    frame = pd.DataFrame(
        {
            "location": ["Pisa", "", ""],
            "url": ["", "http://a.b", ""],
            "bio": ["x", "y", "z"],
            "followers_count": [100, 100, 100],
        }
    )
    assert [("no_place_or_site" in f) for f in fired(frame)] == [False, False, True]
    reason = flag_suspicious(frame, threshold=0.1).loc[2, "suspicion_reasons"]
    assert reason and set(reason.split("; ")) == {reason}, "one rule fired, one reason"


def test_audit_csv_booleans_one_or_blank():
    frame = pd.DataFrame({"default_profile": ["1", "", "1"], "verified": ["", "", "1"],
                          "listed_count": [1, 1, 1]})  # fmt: skip
    flags = fired(frame)
    assert ["default_profile" in f for f in flags] == [True, False, True]
    score, _, _ = score_suspicion(frame)
    assert (
        score[2] == SUSPICION_RULES["default_profile"].weight + SUSPICION_RULES["verified"].weight
    )


# --- combining ---------------------------------------------------------------------------


def test_one_weak_signal_alone_is_never_enough():
    frame = pd.DataFrame({"handle": ["48213377", "qxtvbrkml"], "has_avatar": [False, False]})
    assert not flag_suspicious(frame)["suspicious"].any()


def test_typical_bought_follower_and_typical_person():
    frame = pd.DataFrame(
        {
            "handle": ["sunny_days", "mo_baker"],
            "followers_count": [9, 310],
            "following_count": [412, 280],
            "posts_count": [4, 2300],
            "bio": [pd.NA, "Bread, bikes, Leeds"],
            "listed_count": [0, 3],
            "favourites_count": [0, 880],
        }
    )
    out = flag_suspicious(frame)
    assert out["suspicious"].tolist() == [True, False]
    # The words are doctests in realnet_kit/audit/_reasons.py; here, the person's facts.
    assert numbers_in(out.loc[0, "suspicion_reasons"]) >= {"412", "9", "4"}
    assert out.loc[1, "suspicion_reasons"] == ""


# Words a shop owner would not understand, or that only name a rule: never shown.
JARGON = ("silent on every count", "on a list", "glued", "handle", "default profile",
          "batch", "followed by", "one of ", "cannot be chance")  # fmt: skip
# A fact each topic states once: the phrase may appear at most once per account.
ONCE = ("follow it", "follows it", "posted", "liked", "its profile", "username",
        "same hour", "same minute", "list of accounts")  # fmt: skip


def _said_once(reasons: str) -> list[str]:
    return [phrase for phrase in ONCE if reasons.count(phrase) > 1]


def test_a_fact_several_rules_fire_on_is_said_once():
    # follows_far_more, follows_fifty_fold, few_followers and silent_follower all fire on
    # "follows 900, followed by 4"; few_posts, no_likes_while_following and the silent
    # follower on "posted 3 times, never liked"; four profile rules on the empty profile
    row = one(handle="kq48213377", followers_count=4, following_count=900, posts_count=3,
              favourites_count=0, listed_count=0, bio="", location="", url="",
              has_avatar=False, default_profile="1")  # fmt: skip
    row = pd.concat([row, one(bio="Baker", location="Leeds", url="x.org", posts_count=90)])
    row = row.reset_index(drop=True)
    out = flag_suspicious(row)
    rules = set(out.loc[0, "suspicion_rules"].split(","))
    assert {"follows_far_more", "follows_fifty_fold", "few_followers", "silent_follower",
            "few_posts", "no_likes_while_following", "no_bio", "no_avatar",
            "no_place_or_site", "default_profile", "digit_handle"} <= rules  # fmt: skip
    assert numbers_in(out.loc[0, "suspicion_reasons"]) >= {"900", "4", "3"}
    # the rule table still names and weighs each rule on its own
    assert {"follows_far_more", "few_followers", "silent_follower"} <= set(describe_rules()["rule"])


@pytest.mark.parametrize("name", ["bakery", "band", "studio"])
def test_sample_reasons_say_each_fact_once_in_plain_words(name):
    if name not in _samples():
        pytest.skip("sample missing")
    out = _flagged(name)
    reasons = out.loc[out["suspicious"].to_numpy(dtype=bool, na_value=False), "suspicion_reasons"]
    for text in reasons:
        assert not _said_once(text), (_said_once(text), text)
        assert not [word for word in JARGON if word in text], text
        assert text == text.strip() and ";;" not in text and "  " not in text


def test_human_evidence_pulls_the_score_down():
    base = {"followers_count": 3, "following_count": 400, "posts_count": 2,
            "favourites_count": 0}  # fmt: skip
    quiet = one(**base)
    verified = one(**base, verified=True)
    assert flag_suspicious(quiet)["suspicious"].iloc[0]
    assert not flag_suspicious(verified)["suspicious"].iloc[0]


def test_you_follow_back_counts_against_suspicion():
    frame = pd.DataFrame({"handle": ["48213377"] * 2, "has_avatar": [False] * 2,
                          "posts_count": [10, 10],
                          "i_follow": pd.array([False, True], dtype="boolean")})  # fmt: skip
    score, _, _ = score_suspicion(frame)
    assert score[0] - score[1] == pytest.approx(-SUSPICION_RULES["you_follow_back"].weight)


# --- bursts ------------------------------------------------------------------------------


def _followers(times, handles=None, platform="instagram"):
    n = len(times)
    return pd.DataFrame(
        {
            "contact_id": [f"{platform}:u{i}" for i in range(n)],
            "platform": platform,
            "handle": handles if handles is not None else [f"person_{i}" for i in range(n)],
            "follows_me": pd.array([True] * n, dtype="boolean"),
            "connected_on": pd.to_datetime(times, utc=True),
        }
    )


def test_burst_of_follows_in_one_minute():
    rng = np.random.default_rng(1)
    spread = pd.Timestamp("2023-01-01", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 365 * 86400, 300), unit="s"
    )
    burst = pd.Timestamp("2023-06-01 14:02:00", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 60, 25), unit="s"
    )
    handles = [f"person_{i}" for i in range(300)] + [f"user{8812000 + i}" for i in range(25)]
    frame = _followers(list(spread) + list(burst), handles)
    out = flag_suspicious(frame)
    assert out["suspicious"].tolist() == [False] * 300 + [True] * 25
    assert (
        "followed you in the same minute as 24 other accounts"
        in (out.loc[310, "suspicion_reasons"])
    )


def test_accounts_created_in_one_batch():
    rng = np.random.default_rng(2)
    spread = pd.Timestamp("2012-01-01", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 10 * 365 * 86400, 200), unit="s"
    )
    batch = pd.Timestamp("2023-02-02 03:10", tz="UTC") + pd.to_timedelta(
        np.arange(8) * 97, unit="s"
    )
    frame = pd.DataFrame({"account_created": list(spread) + list(batch)})
    flags = ["created_in_batch" in f for f in fired(frame)]
    assert flags == [False] * 200 + [True] * 8
    reason = flag_suspicious(frame, threshold=0.1).loc[203, "suspicion_reasons"]
    assert numbers_in(reason) == {"7"}, "the 7 others made in the same hour"


def test_likes_are_evidence_of_a_person():
    quiet = {"followers_count": 11, "following_count": 300, "posts_count": 0}
    assert flag_suspicious(one(**quiet, favourites_count=0))["suspicious"].iloc[0]
    assert not flag_suspicious(one(**quiet, favourites_count=60))["suspicious"].iloc[0]


def test_quiet_signals_alone_are_capped():
    shy = one(followers_count=4, posts_count=0, has_avatar=False, listed_count=0,
              default_profile="1")  # fmt: skip
    score, _, _ = score_suspicion(shy)
    assert score[0] == 2.0
    assert not flag_suspicious(shy)["suspicious"].iloc[0]


def test_silent_follower_needs_every_quiet_signal_at_once():
    silent = {"followers_count": 9, "following_count": 240, "posts_count": 4,
              "listed_count": 0, "favourites_count": 2}  # fmt: skip
    out = flag_suspicious(one(**silent))
    assert out["suspicious"].iloc[0]
    assert numbers_in(out.loc[0, "suspicion_reasons"]) >= {"240", "9", "4", "2"}
    # a lurker who breaks one of the five (likes a handful, is listed, has posted, is
    # followed back, or follows few) is not silent, and its quiet signals stay capped
    for change in ({"favourites_count": 6}, {"listed_count": 1}, {"posts_count": 80},
                   {"followers_count": 140}, {"following_count": 12}):  # fmt: skip
        assert "silent_follower" not in fired(one(**{**silent, **change}))[0], change
    lurker = {"followers_count": 14, "following_count": 60, "posts_count": 3,
              "listed_count": 0, "favourites_count": 5}  # fmt: skip
    assert not flag_suspicious(one(**lurker))["suspicious"].iloc[0]
    following_few = flag_suspicious(one(**{**silent, "following_count": 60}))
    assert following_few.loc[0, "suspicion_reasons"].startswith(
        "follows 60 accounts but only 9 follow it; has posted only 4 times and liked only 2 "
        "posts: it follows others"
    )
    # unknown counts never complete the set
    partial = {k: v for k, v in silent.items() if k != "listed_count"}
    assert "silent_follower" not in fired(one(**partial))[0]


# --- shapes of the real-data failures (fictional rows) ----------------------------------
# Measured on a transcribed sample of Cresci et al.'s labelled accounts (kept outside the
# repository), the rules used to accuse one verified person in five among the quiet ones
# (a few followers, a few posts, following a few dozen, never liked anything) and to
# miss one bought account in four of the kind that follows hundreds, has almost no
# followers and likes a handful of posts. The rows below are invented in those shapes.


def _research_frame(rows: list[tuple]) -> pd.DataFrame:
    columns = ["handle", "followers_count", "following_count", "posts_count",
               "favourites_count", "listed_count", "default_profile", "bio"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def test_quiet_people_who_never_liked_a_post_are_not_accused():
    people = _research_frame([
        ("ginevra_orti", 0, 3, 12, 0, 0, True, pd.NA),
        ("tomaso.bellini", 14, 26, 7, 0, 0, False, pd.NA),
        ("lapo_ferri", 2, 11, 1, 0, 0, True, "Geometra a Lucca"),
        ("mirta_sole", 21, 38, 30, 0, 0, True, pd.NA),
        ("ugo.venturi", 9, 17, 4, 0, 1, True, pd.NA),
        ("nives_corradi", 5, 47, 0, 0, 0, True, pd.NA),
    ])  # fmt: skip
    out = flag_suspicious(people)
    assert not out["suspicious"].any(), out[["handle", "suspicion_score", "suspicion_rules"]]
    # never liking anything is still said when an account is flagged for other reasons,
    # and weighs more for one that follows a hundred or more
    rules = fired(people)
    assert all("no_likes" in r for r in rules)
    assert SUSPICION_RULES["no_likes"].weight < SUSPICION_RULES["no_likes_while_following"].weight


def test_bought_accounts_that_follow_fifty_fold_and_like_a_little_are_caught():
    bought = _research_frame([
        ("zorvan.kettle", 6, 602, 71, 13, 0, True, pd.NA),
        ("aleksei_ponomar", 2, 655, 280, 34, 0, True, "Путешествия"),
        ("dmitra_vell", 0, 588, 190, 11, 0, True, pd.NA),
        ("pilar_osuna", 9, 630, 310, 9, 0, True, pd.NA),
    ])  # fmt: skip
    out = flag_suspicious(bought)
    assert out["suspicious"].all(), out[["handle", "suspicion_score", "suspicion_rules"]]
    assert all("follows_fifty_fold" in r for r in out["suspicion_rules"])
    assert out.loc[0, "suspicion_reasons"].startswith(
        "follows 602 accounts but only 6 follow it; has liked only 13 posts; "
    )


def test_lurkers_who_like_a_lot_or_follow_fewer_are_not_fifty_fold():
    lurkers = _research_frame([
        ("keiko.amari", 3, 640, 20, 310, 0, False, pd.NA),  # likes a lot: a person reading
        ("brann_ode", 2, 260, 15, 12, 0, True, pd.NA),  # hundreds, but under 500
        ("sefa.yalcin", 40, 900, 2, 3, 0, True, pd.NA),  # 22 to 1, not 50 to 1
    ])  # fmt: skip
    assert not any("follows_fifty_fold" in r for r in fired(lurkers))


def test_location_and_header_image_are_signs_of_a_person(tmp_path):
    header = (
        "id,screen_name,statuses_count,followers_count,friends_count,favourites_count,"
        "listed_count,created_at,default_profile,geo_enabled,profile_banner_url,description"
    )
    rows = [  # the same quiet account three times: plain, with location on, with a header too
        "901,rosalba_quiet,12,4,210,0,0,Mon Mar 02 10:00:00 +0000 2012,1.0,,,",
        "902,rosalba_geo,12,4,210,0,0,Mon Mar 02 10:00:00 +0000 2012,1.0,1.0,,",
        "903,rosalba_both,12,4,210,0,0,Mon Mar 02 10:00:00 +0000 2012,1.0,1.0,"
        "https://example.org/banner/903,",
    ]  # fmt: skip
    path = tmp_path / "users.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    score, _, _ = score_suspicion(realnet_kit.load_export(path, platform="csv"))
    step = SUSPICION_RULES["shares_location"].weight
    assert score[1] - score[0] == pytest.approx(step)
    assert score[2] - score[1] == pytest.approx(SUSPICION_RULES["header_image"].weight)
    assert step < 0


def test_day_only_dates_are_not_bursts():
    # LinkedIn knows only the day: 40 connections "at midnight" is not a burst
    frame = _followers(["2023-06-01"] * 40 + ["2023-06-02"] * 3, platform="linkedin")
    assert "follow_burst" not in set().union(*fired(frame))


# --- the contract's shape, and never crashing ---------------------------------------------


def test_same_rows_same_order_plus_the_columns():
    frame = pd.DataFrame(
        {"contact_id": ["b", "a", "c"], "handle": ["x1", "anna", pd.NA]}, index=[10, 5, 7]
    )
    out = flag_suspicious(frame)
    assert out.index.tolist() == [10, 5, 7]
    assert out["contact_id"].tolist() == ["b", "a", "c"]
    assert str(out["suspicious"].dtype) == "boolean"
    assert str(out["suspicion_reasons"].dtype) == "string"
    assert list(out.columns[:2]) == ["contact_id", "handle"]
    assert frame.columns.tolist() == ["contact_id", "handle"]  # input untouched


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame(),
        pd.DataFrame({"contact_id": ["a", "b"]}),
        pd.DataFrame({"followers_count": pd.array([pd.NA, pd.NA], dtype="Int64"),
                      "following_count": pd.array([pd.NA, 5000], dtype="Int64"),
                      "posts_count": ["n/a", None], "has_avatar": pd.array([pd.NA, pd.NA],
                      dtype="boolean"), "handle": pd.array([pd.NA, ""], dtype="string"),
                      "account_created": [pd.NaT, pd.NaT], "connected_on": [pd.NaT, pd.NaT]}),
    ],
)  # fmt: skip
def test_missing_columns_and_values_never_crash_nor_count(frame):
    out = flag_suspicious(frame)
    assert len(out) == len(frame)
    assert not out["suspicious"].any()
    assert (out["suspicion_reasons"] == "").all()


def test_every_flag_is_explained_and_reasons_empty_otherwise():
    rng = np.random.default_rng(3)
    n = 500
    frame = pd.DataFrame(
        {
            "followers_count": rng.integers(0, 2000, n),
            "following_count": rng.integers(0, 5000, n),
            "posts_count": rng.integers(0, 3000, n),
            "has_avatar": rng.random(n) < 0.7,
            "handle": [f"h{v}" for v in rng.integers(0, 10**9, n)],
        }
    )
    out = flag_suspicious(frame)
    flagged = out["suspicious"].to_numpy(dtype=bool, na_value=False)
    assert 0 < flagged.sum() < n
    assert (out.loc[flagged, "suspicion_reasons"].str.len() > 0).all()
    assert (out.loc[~flagged, "suspicion_reasons"] == "").all()


def test_rules_are_documented_and_weighted_in_one_place():
    assert SUSPICION_THRESHOLD > 0
    assert realnet_kit.SUSPICION_RULES is SUSPICION_RULES
    for name, rule in SUSPICION_RULES.items():
        assert rule.name == name and rule.meaning and rule.needs and rule.weight != 0
        if rule.weight > 0:
            assert name in RULE_SUMMARIES
    table = describe_rules()
    assert table["rule"].tolist() == list(SUSPICION_RULES)
    # heaviest evidence first, negative (human) evidence last
    weights = [r.weight for r in SUSPICION_RULES.values()]
    assert weights[-1] < 0 < weights[0]


def test_tuning_a_weight_changes_the_outcome():
    frame = one(handle="48213377", has_avatar=False)
    rules = dict(SUSPICION_RULES)
    from dataclasses import replace

    rules["digit_handle"] = replace(rules["digit_handle"], weight=5.0, group="")
    assert flag_suspicious(frame, rules=rules)["suspicious"].iloc[0]
    assert not flag_suspicious(frame)["suspicious"].iloc[0]


# --- labelled data ------------------------------------------------------------------------


def _eval_module():
    path = __import__("pathlib").Path(__file__).resolve().parents[2] / "benchmarks"
    spec = importlib.util.spec_from_file_location("eval_suspicious", path / "eval_suspicious.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_suspicious"] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_labelled_profiles():
    # a regression guard on the synthetic set built from published figures; the figures
    # themselves (and the pessimistic variant) are reported by benchmarks/eval_suspicious.py
    result = _eval_module().eval_synthetic_profiles()
    assert result["mcc"] >= 0.8 and result["precision"] >= 0.9, result


def test_synthetic_export_without_profiles():
    """Handles and follow times only. No rule reads a handle's letters (a run of
    consonants is how Georgian or Polish names are spelt), so the benchmark's fakes with
    letter-only handles are caught only when a burst gives them away: recall is lower
    than with the old consonant rule (0.63 against 1.0), precision is not."""
    result = _eval_module().eval_synthetic_export()
    assert result["precision"] >= 0.95 and result["recall"] >= 0.6, result


@functools.cache
def _sample_results() -> dict:
    return _eval_module().eval_samples()


def _samples():
    try:
        return realnet_kit.list_samples()
    except (AttributeError, ImportError):
        return []


# Each sample is read, flagged and audited once for the tests that only read the result;
# those tests never change these frames in place (they filter or ``assign`` a copy).


@functools.cache
def _export(sample: str) -> pd.DataFrame:
    return realnet_kit.load_export(realnet_kit.sample_path(sample))


@functools.cache
def _flagged(sample: str) -> pd.DataFrame:
    return flag_suspicious(_export(sample))


@functools.cache
def _audit(sample: str) -> pd.DataFrame:
    return realnet_kit.audit_followers(_export(sample))


# MCC each sample must reach. The studio's few fakes are lone spam accounts in exports
# without profile signals or follow times on X: nothing but a handle to go on, which is
# never enough alone, so there the test asks only that nobody is falsely accused.
SAMPLE_MCC = {"bakery": 0.85, "band": 0.85}  # measured: 0.90 and 0.94


@pytest.mark.parametrize("name", _samples() or ["(samples missing)"])
def test_samples_against_ground_truth(name):
    if name == "(samples missing)":
        pytest.skip("realnet_kit.samples is not installed in this checkout")
    result = _sample_results()[f"sample:{name}"]
    assert result["tp"] + result["fn"] > 0, "the sample should hold some bought followers"
    if name in SAMPLE_MCC:
        assert result["mcc"] >= SAMPLE_MCC[name], result
    # at most one real person in twenty is wrongly flagged
    assert result["fp"] <= 0.05 * (result["fp"] + result["tn"]), result


def _snowflake(when: str, seq: int) -> str:
    ms = int(pd.Timestamp(when, tz="UTC").timestamp() * 1000) - 1288834974657
    return f"x:{(ms << 22) | seq}"


def test_x_ids_tell_when_accounts_were_made():
    rng = np.random.default_rng(5)
    people = [
        _snowflake(str(pd.Timestamp("2013-01-01") + pd.Timedelta(seconds=int(t))), i)
        for i, t in enumerate(rng.integers(0, 10 * 365 * 86400, 300))
    ]
    batch = [_snowflake(f"2023-05-05 04:{m:02d}", 9) for m in range(0, 48, 4)]  # 12 in 1 h
    old_ids = ["x:12345678", "x:783214"]  # sequential ids from before snowflakes say nothing
    frame = pd.DataFrame({"contact_id": people + batch + old_ids, "platform": "x"})
    out = flag_suspicious(frame)
    verdicts = out["suspicious"].tolist()
    assert verdicts[:312] == [False] * 300 + [True] * 12
    assert all(v is pd.NA for v in verdicts[312:]), "old ids hold nothing to judge by"
    assert numbers_in(out.loc[300, "suspicion_reasons"]) == {"11"}


def test_research_csv_through_the_importer(tmp_path):
    """A Twitter-API-v1.1 audit CSV (as research data sets ship) read by load_export."""
    header = ("id,name,screen_name,statuses_count,followers_count,friends_count,"
              "favourites_count,listed_count,created_at,url,lang,time_zone,location,"
              "default_profile,default_profile_image,geo_enabled,description,verified")  # fmt: skip
    rows = [
        "370818227,Lucia R,lurossi77,24,12,401,0,0,Fri Jun 17 08:33:25 +0000 2011,,it,,,1,1,,,",
        "12345,Mario B,mariob,2300,450,300,120,3,Mon Mar 02 10:00:00 +0000 2009,"
        "http://mario.example,it,Rome,Roma,,,1,Giornalista,",
    ]
    path = tmp_path / "users.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    contacts = realnet_kit.load_export(path, platform="csv")
    out = flag_suspicious(contacts)
    assert out["suspicious"].tolist() == [True, False]
    reasons = out.loc[0, "suspicion_reasons"]
    expected = [
        "follows 401 accounts but only 12 follow it",
        "has posted only 24 times and never liked a post",
        "its profile has no picture, no bio",
        "and still the look every new account starts with",
    ]
    assert all(part in reasons for part in expected), reasons


def test_odd_ids_are_not_read_as_x_creation_times():
    from realnet_kit.audit._signals import Signals

    frame = pd.DataFrame(
        {
            "contact_id": ["x:", "x:99999999999999999999", "x:12a4567890123456",
                           "instagram:1700841683473912381", "x:1700841683473912381", pd.NA],
            "platform": ["x", "x", "x", "instagram", "x", "x"],
        }
    )  # fmt: skip
    created = Signals(frame).created()
    assert created.isna().tolist() == [True, True, True, True, False, True]
    assert created[4].year == 2023


@pytest.mark.parametrize("name", ["band", "bakery"])
def test_tables_show_the_one_or_two_strongest_signals(name):
    audit = _audit(name)
    flagged = audit[audit["category"] == "suspicious"]
    assert len(flagged)
    signals = flagged["suspicion_signals"].astype(str)
    full = flagged["suspicion_reasons"].astype(str)
    parts = signals.str.split("; ")
    assert parts.str.len().between(1, 2).all()
    # each signal is one of the account's own reasons, and the table shows the signals
    assert all(set(p) <= set(f.split("; ")) for p, f in zip(parts, full, strict=True))
    # ... except that a name advertising what it sells comes first, with the strongest one
    from realnet_kit.audit import advertised

    sells = advertised(flagged).notna()
    assert (flagged["category_reason"].astype(str)[~sells] == signals[~sells]).all()
    shown = flagged["category_reason"].astype(str)[sells].str.split("; ")
    assert shown.str.len().eq(2).all() and shown.str[0].str.startswith("its name, ").all()
    assert (shown.str[1] == parts[sells].str[0]).all()
    words = signals.str.split().str.len()
    assert words.mean() < 0.6 * full.str.split().str.len().mean() and words.max() <= 45


def test_the_strongest_signal_comes_first():
    frame = pd.DataFrame({"handle": ["user83920193"], "followers_count": [3],
                          "following_count": [4980], "posts_count": [0], "bio": [""]})  # fmt: skip
    out = flag_suspicious(frame)
    first = out.loc[0, "suspicion_signals"].split("; ")[0]
    assert first.startswith("follows 4,980 accounts")


def test_nothing_to_judge_by_is_not_a_verdict():
    """The contract: <NA> where the data holds nothing to judge by, never "not suspicious"."""
    frame = pd.DataFrame({
        "contact_id": ["google:ada", "x:783214", "instagram:bo", "x:1"],
        "handle": pd.array([pd.NA, pd.NA, "bo", pd.NA], dtype="string"),
        "followers_count": pd.array([pd.NA, pd.NA, pd.NA, 300], dtype="Int64"),
        "following_count": pd.array([pd.NA, pd.NA, pd.NA, 200], dtype="Int64"),
    })  # fmt: skip
    out = flag_suspicious(frame)
    assert out["suspicious"].isna().tolist() == [True, True, False, False]
    assert out["suspicious"].fillna(True).tolist() == [True, True, False, False]
    assert (out["suspicion_reasons"] == "").all()


# --- fairness: no judgement depends on where a name comes from (issue 14) ---------------


def _non_ascii(name) -> bool:
    """A name with accents, another script or emoji: anything beyond plain ASCII."""
    return isinstance(name, str) and not name.isascii()


def _with_letters_beyond_ascii(name) -> bool:
    import unicodedata

    return isinstance(name, str) and any(
        ord(ch) > 127 and unicodedata.category(ch).startswith("L") for ch in name
    )


@functools.cache
def _sample_flags(sample: str) -> pd.DataFrame:
    from realnet_kit import load_ground_truth

    flagged = _flagged(sample)
    truth = load_ground_truth(sample)["accounts"].set_index("contact_id")["is_fake"]
    return flagged.assign(is_fake=flagged["contact_id"].map(truth).astype("boolean"))


@pytest.mark.parametrize("sample", ["band", "bakery", "studio"])
def test_no_rule_reads_a_display_name(sample):
    """Give every account another account's name: not one flag or score moves."""
    contacts = _export(sample)
    shuffled = contacts.assign(name=contacts["name"].sample(frac=1, random_state=7).to_numpy())
    before, after = _flagged(sample), flag_suspicious(shuffled)
    assert before["suspicious"].equals(after["suspicious"])
    assert np.array_equal(before["suspicion_score"], after["suspicion_score"])


@pytest.mark.parametrize("sample", ["band", "bakery", "studio"])
def test_people_with_names_from_elsewhere_are_flagged_no_more_often(sample):
    """Among each sample's people (the ground truth's non-fakes), a name with accents or
    another script is wrongly flagged no more often than a plain ASCII one."""
    flags = _sample_flags(sample)
    people = flags[(flags["is_fake"] == False) & flags["suspicious"].notna()]  # noqa: E712
    wrongly = people["suspicious"].astype(bool)
    beyond = people["name"].map(_with_letters_beyond_ascii).astype(bool)
    rate_beyond = wrongly[beyond].mean() if beyond.any() else 0.0
    rate_ascii = wrongly[~beyond].mean() if (~beyond).any() else 0.0
    assert rate_beyond <= rate_ascii + 0.01, (sample, rate_beyond, rate_ascii)


def test_clearest_first_orders_by_evidence_and_never_by_name():
    from realnet_kit.audit import clearest_first

    frame = pd.DataFrame({
        "contact_id": ["x:1", "x:2", "x:3", "x:4"],
        "name": ["Zoë", "Amy", "Łukasz", "Bo"],
        "suspicion_score": [5.0, 7.0, 7.0, 7.0],
        "following_count": [5000, 900, 900, 1800],
        "followers_count": [0, 30, 30, 2],
    })  # fmt: skip
    assert clearest_first(frame)["contact_id"].tolist() == ["x:4", "x:2", "x:3", "x:1"]
    renamed = frame.assign(name=frame["name"][::-1].to_numpy())
    assert clearest_first(renamed)["contact_id"].tolist() == ["x:4", "x:2", "x:3", "x:1"]
    assert clearest_first(frame.drop(columns=["following_count"]))["contact_id"].tolist() == [
        "x:2", "x:3", "x:4", "x:1"
    ]  # fmt: skip


@pytest.mark.parametrize("sample", ["band", "bakery"])
def test_the_first_suspicious_rows_shown_do_not_single_out_names_from_elsewhere(sample):
    """Notebook 01 shows five flagged accounts: they hold no more names with accents,
    other scripts or emoji than the whole flagged list does (give or take half a row)."""
    from realnet_kit.narrate import show_category

    audit = _audit(sample)
    flagged = audit[audit["category"] == "suspicious"]
    first = show_category(audit, "suspicious", rows=5)["who"].tolist()
    assert len(first) == 5
    share_all = flagged["name"].map(_non_ascii).mean()
    share_first = sum(map(_non_ascii, first)) / len(first)
    assert share_first <= share_all + 0.1, (first, round(share_all, 3))


@pytest.mark.parametrize("sample", ["band", "bakery"])
def test_the_first_suspicious_rows_lead_with_clear_cases_and_varied_reasons(sample):
    """The band's first five were all "follows ... does little else, as bought followers
    do", led by "Yaa Antwi", while "Followers Shop" and "NFT Alerts" were nowhere near."""
    from realnet_kit.audit import advertised, clearest_first

    audit = _audit(sample)
    flagged = clearest_first(audit[audit["category"] == "suspicious"])
    first = flagged.head(5)
    assert advertised(first).notna().sum() >= 2  # names that say what they sell lead
    assert advertised(first.head(1)).notna().all()
    reasons = first["category_reason"].astype(str)
    endings = reasons.str.split("; ").str[-1]
    assert endings.nunique() == len(first)  # no two reasons end the same way
    assert reasons.str.contains("does little else").sum() <= 1
    # the names of the first ten: no more from elsewhere than in the whole list, give or
    # take one row
    named = flagged["name"].fillna(flagged["handle"]).dropna()
    share_all = named.map(_with_letters_beyond_ascii).mean()
    share_first = named.head(10).map(_with_letters_beyond_ascii).mean()
    assert share_first <= share_all + 0.1, (named.head(10).tolist(), round(share_all, 3))


def test_no_rule_reads_an_advertising_name_but_the_order_does():
    from realnet_kit.audit import advertised, clearest_first

    frame = pd.DataFrame({"contact_id": ["x:1", "x:2"], "name": ["Ana", "Forex Academy"],
                          "followers_count": [3, 3], "following_count": [900, 900],
                          "posts_count": [0, 0]})  # fmt: skip
    flagged = flag_suspicious(frame)
    assert flagged["suspicion_score"].nunique() == 1  # the verdict is blind to names
    assert advertised(frame).tolist()[1] == "forex"
    assert clearest_first(flagged)["contact_id"].tolist() == ["x:2", "x:1"]
