"""audit_followers categories, summarize_audit figures and mark_relevant reasons."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from realnet_kit import audit_followers, mark_relevant, summarize_audit
from realnet_kit.audit.followers import CATEGORIES, ENGAGED_WINDOW_DAYS

NOW = pd.Timestamp("2024-06-01 12:00", tz="UTC")


def contacts(rows) -> pd.DataFrame:
    """rows: (contact_id, follows_me, i_follow, extra-dict)."""
    frame = pd.DataFrame(
        {
            "contact_id": pd.array([r[0] for r in rows], dtype="string"),
            "name": pd.array([r[0].upper() for r in rows], dtype="string"),
            "follows_me": pd.array([r[1] for r in rows], dtype="boolean"),
            "i_follow": pd.array([r[2] for r in rows], dtype="boolean"),
        }
    )
    for i, row in enumerate(rows):
        for key, value in (row[3] if len(row) > 3 else {}).items():
            frame.loc[i, key] = value
    return frame


def talks(rows) -> pd.DataFrame:
    """rows: (contact_id, direction, days before NOW)."""
    return pd.DataFrame(
        {
            "contact_id": [r[0] for r in rows],
            "timestamp": [NOW - pd.Timedelta(days=r[2]) for r in rows],
            "direction": [r[1] for r in rows],
            "kind": "message",
            "note": "hello",
        }
    )


BOT = {"followers_count": 2, "following_count": 3000, "posts_count": 0}


def test_every_category_with_its_reason():
    people = contacts(
        [
            ("mutual", True, True),
            ("fan", True, False),
            ("unreturned", False, True),
            ("bot", True, False, BOT),
            ("friend", True, True),
            ("old", True, True),
            ("card", pd.NA, pd.NA),
        ]
    )
    history = talks(
        [("friend", "in", 10), ("friend", "out", 9), ("friend", "in", 5), ("friend", "out", 4),
         ("old", "in", 800), ("old", "out", 799)]
    )  # fmt: skip
    audit = audit_followers(people, history, as_of=NOW)
    got = dict(zip(audit["contact_id"], audit["category"], strict=True))
    assert got == {
        "mutual": "mutual",
        "fan": "fan",
        "unreturned": "unreturned",
        "bot": "suspicious",
        "friend": "engaged",
        "old": "dormant",
        "card": "dormant",
    }
    reasons = dict(zip(audit["contact_id"], audit["category_reason"], strict=True))
    assert re.findall(r"\d+", reasons["friend"]) == ["2", "2", "12"], "2 each way, 12 months"
    assert reasons["old"].startswith("last exchange on ")
    assert reasons["card"] and reasons["card"] != reasons["old"], "says why, in its own words"
    assert "follows 3,000 accounts" in reasons["bot"]
    assert set(audit["category"]) == set(CATEGORIES)


def test_one_way_messages_or_one_question_are_not_engagement():
    people = contacts([("a", True, True), ("b", True, True), ("c", True, True)])
    history = talks([("a", "out", 5), ("a", "out", 3), ("b", "in", 4), ("b", "in", 3),
                     ("c", "in", 2), ("c", "out", 1)])  # fmt: skip
    audit = audit_followers(people, history, as_of=NOW)
    assert audit["category"].tolist() == ["mutual", "mutual", "mutual"]


def test_engaged_beats_a_thin_profile():
    people = contacts([("quiet", True, True, BOT)])
    history = talks([("quiet", d, n) for d, n in (("in", 4), ("out", 3), ("in", 2), ("out", 1))])
    audit = audit_followers(people, history, as_of=NOW)
    assert audit.loc[0, "category"] == "engaged"


def test_window_edge():
    people = contacts([("edge", True, True), ("out", True, True)])
    inside = ENGAGED_WINDOW_DAYS - 1
    history = talks([("edge", "in", inside), ("edge", "out", inside),
                     ("edge", "in", 1), ("edge", "out", 1),
                     ("out", "in", ENGAGED_WINDOW_DAYS + 1), ("out", "out", 400)])  # fmt: skip
    audit = audit_followers(people, history, as_of=NOW)
    assert audit["category"].tolist() == ["engaged", "dormant"]


def test_as_of_defaults_to_newest_date_in_the_data():
    # an export made in 2019 is judged as of 2019, not today
    people = contacts([("a", True, True)])
    old = talks([("a", "in", 1), ("a", "out", 1), ("a", "in", 0), ("a", "out", 0)])
    old["timestamp"] = old["timestamp"] - pd.Timedelta(days=5 * 365)
    assert audit_followers(people, old).loc[0, "category"] == "engaged"


def test_keeps_rows_order_index_and_given_flags():
    people = contacts([("b", True, False), ("a", False, True)])
    people.index = [7, 3]
    people["suspicious"] = pd.array([True, False], dtype="boolean")
    people["suspicion_reasons"] = pd.array(["given reason", ""], dtype="string")
    audit = audit_followers(people)
    assert audit.index.tolist() == [7, 3]
    assert audit.loc[7, "category"] == "suspicious"
    assert audit.loc[7, "category_reason"] == "given reason"
    assert audit["messages_in"].tolist() == [0, 0]


def test_summary_figures():
    people = contacts(
        [
            ("m1", True, True, {"bio": "sourdough lover"}),
            ("m2", True, True, {"bio": "cats"}),
            ("f1", True, False, {"bio": "sourdough"}),
            ("bot", True, False, {**BOT, "bio": "x"}),
            ("u1", False, True, {"bio": "y"}),
        ]
    )
    history = talks([("m1", "in", 3), ("m1", "out", 2), ("m1", "in", 1), ("m1", "out", 1)])
    audit = audit_followers(people, history, as_of=NOW, keywords=["sourdough"])
    s = summarize_audit(audit)
    assert s["followers"] == 4
    assert s["following"] == 3
    assert s["mutual"] == 2
    assert s["fans"] == 2
    assert s["unreturned"] == 1
    assert s["suspicious"] == 1
    assert s["real"] == 3
    assert s["engaged"] == 1
    assert s["relevant"] == 2
    assert s["contacts"] == 5
    # the funnel's stages, each part of the one before: real followers (m1, m2, f1), of
    # them linked both ways (m1, m2), of them talked with both ways this year (m1)
    assert (s["real"], s["real_two_way"], s["real_engaged"]) == (3, 2, 1)


def test_relevant_is_unknown_until_terms_are_given():
    audit = audit_followers(contacts([("a", True, True)]))
    assert "relevant" not in audit.columns
    assert pd.isna(summarize_audit(audit)["relevant"])


def test_address_book_without_followers():
    people = contacts(
        [("a", pd.NA, pd.NA), ("b", pd.NA, pd.NA, BOT), ("c", pd.NA, pd.NA, {"handle": "cee"})]
    )
    s = summarize_audit(audit_followers(people))
    # "a" holds a name and nothing else: it could not be judged, so it is not a person here
    assert (s["followers"], s["suspicious"], s["not_judged"], s["real"]) == (0, 1, 1, 1)


def test_no_interactions_or_empty_interactions():
    people = contacts([("a", True, True)])
    empty = talks([]).astype({"contact_id": "string"})
    for history in (None, empty):
        assert audit_followers(people, history).loc[0, "category"] == "mutual"


# --- relevance ---------------------------------------------------------------------------


def test_relevance_reasons_per_column():
    frame = pd.DataFrame(
        {
            "bio": ["Sourdough and coffee", "I bake cakes", pd.NA, "Leeds cafés"],
            "company": [pd.NA, "Leeds Bakery Ltd", "Acme", pd.NA],
            "position": [pd.NA, pd.NA, "Head Baker", pd.NA],
            "location": ["Leeds, UK", pd.NA, "York", pd.NA],
        }
    )
    out = mark_relevant(frame, keywords="sourdough, baker", places=["Leeds"])
    assert out["relevant"].tolist() == [True, True, True, True]
    assert out["relevance_reason"].tolist() == [
        'bio mentions "sourdough"; based in "Leeds"',
        'company mentions "Leeds"',
        'job title mentions "baker"',
        'bio mentions "Leeds"',
    ]


def test_relevance_whole_words_any_case_plurals():
    frame = pd.DataFrame({"bio": ["BAKERS unite", "bakery owner", "I like to bake", pd.NA]})
    out = mark_relevant(frame, keywords=["baker"])
    assert out["relevant"].tolist() == [True, False, False, False]
    assert out["relevance_reason"].tolist()[1:] == ["", "", ""]


def test_relevance_terms_with_regex_characters_and_no_columns():
    frame = pd.DataFrame({"bio": ["C++ trainer", "c developer"], "other": [1, 2]})
    assert mark_relevant(frame, keywords=["C++"])["relevant"].tolist() == [True, False]
    nothing = mark_relevant(pd.DataFrame({"other": [1]}), keywords=["x"])
    assert nothing["relevant"].tolist() == [False]


def test_industries_and_the_same_term_twice():
    frame = pd.DataFrame({"industry": ["Hospitality"], "bio": ["hospitality nerd"]})
    out = mark_relevant(frame, keywords=["hospitality"], industries=["Hospitality"])
    assert out.loc[0, "relevance_reason"] == 'bio mentions "hospitality"'


@pytest.mark.parametrize("words", [None, "", [], " , "])
def test_no_terms_marks_nobody(words):
    out = mark_relevant(pd.DataFrame({"bio": ["anything"]}), keywords=words)
    assert out["relevant"].tolist() == [False]


# --- every sample against its ground truth --------------------------------------------------


def _samples():
    import realnet_kit

    try:
        return realnet_kit.list_samples()
    except (AttributeError, ImportError):
        return []


@pytest.mark.parametrize("name", _samples() or ["(samples missing)"])
def test_categories_on_each_sample_agree_with_its_ground_truth(name):
    if name == "(samples missing)":
        pytest.skip("realnet_kit.samples is not installed in this checkout")
    import realnet_kit

    folder = realnet_kit.sample_path(name)
    audit = audit_followers(realnet_kit.load_export(folder), realnet_kit.load_interactions(folder))
    truth = realnet_kit.load_ground_truth(name)["accounts"][["contact_id", "tier", "is_fake"]]
    joined = audit.merge(truth, on="contact_id", how="inner")
    assert len(joined) == len(audit)
    engaged = joined[joined["category"] == "engaged"]
    # a real two-way exchange happens mostly with people the owner really knows (and
    # with the odd fan whose question got an answer this year)
    assert len(engaged) > 0
    assert engaged["tier"].isin(["inner circle", "real", "warm"]).mean() >= 0.5
    assert (engaged["tier"] != "scoreboard only").mean() >= 0.6
    assert not engaged["is_fake"].astype(bool).any()
    suspicious = joined[joined["category"] == "suspicious"]
    if len(suspicious):
        assert suspicious["is_fake"].astype(bool).mean() >= 0.85
    summary = summarize_audit(audit)
    assert summary["followers"] == summary["mutual"] + summary["fans"]
    assert summary["real"] == (summary["followers"] - summary["suspicious"] - summary["not_judged"])
