"""The scoring model: questions, weights, tiers, partial answers, the Dunbar summary."""

from __future__ import annotations

import pandas as pd
import pytest

from realnet_kit import QUESTIONS, TIER_TARGETS, score_contacts, tier_summary
from realnet_kit.scoring.score import (
    TIER_THRESHOLDS,
    TIERS,
    UNANSWERED_VALUE,
    WEIGHTS,
    check_answers,
)


def _all(value_share: float) -> dict:
    return {k: round(q.top * value_share) for k, q in QUESTIONS.items()}


def test_questions_cover_the_issue_and_have_plain_labels():
    texts = " ".join(q.text.lower() for q in QUESTIONS.values())
    for words in ("ideas", "done for them", "done for me", "out of their way",
                  "out of my way", "offline", "last real conversation", "relevant"):  # fmt: skip
        assert words in texts
    for q in QUESTIONS.values():
        assert 3 <= len(q.options) <= 5
        assert q.facet in WEIGHTS


def test_agreed_tier_names_and_targets():
    assert TIERS == ("inner circle", "real", "warm", "acquaintance", "scoreboard only")
    assert TIER_TARGETS == {"inner circle": 5, "real": 15, "warm": 50, "acquaintance": 150}
    thresholds = [TIER_THRESHOLDS[t] for t in TIERS[:-1]]
    assert thresholds == sorted(thresholds, reverse=True)


def test_extremes_and_order():
    frame = pd.DataFrame([{"contact_id": "top", **_all(1)}, {"contact_id": "mid", **_all(0.5)},
                          {"contact_id": "none", **_all(0)}])  # fmt: skip
    scored = score_contacts(frame).set_index("contact_id")
    assert scored.loc["top", "strength"] == 100
    assert scored.loc["none", "strength"] == 0
    assert scored.loc["top", "tier"] == "inner circle"
    assert scored.loc["none", "tier"] == "scoreboard only"
    assert 0 < scored.loc["mid", "strength"] < 100
    assert list(score_contacts(frame)["contact_id"]) == ["top", "mid", "none"]


def test_relevance_does_not_change_strength():
    a = {"contact_id": "a", **_all(0.5), "relevant": 0}
    b = {"contact_id": "b", **_all(0.5), "relevant": 3}
    scored = score_contacts(pd.DataFrame([a, b])).set_index("contact_id")
    assert scored.loc["a", "strength"] == scored.loc["b", "strength"]


def test_one_sided_ties_score_below_reciprocal_ones():
    base = _all(0.66)
    mutual = {**base, "i_helped": 2, "they_helped": 2, "i_would": 2, "they_would": 2}
    one_way = {**base, "i_helped": 3, "they_helped": 1, "i_would": 3, "they_would": 1}
    scored = score_contacts(
        pd.DataFrame([{"contact_id": "m", **mutual}, {"contact_id": "o", **one_way}])
    ).set_index("contact_id")
    assert scored.loc["m", "strength"] > scored.loc["o", "strength"]


def test_partial_answers_give_a_strength_with_less_confidence():
    frame = pd.DataFrame({"contact_id": ["p", "q"], "ideas": pd.array([3, None], "Int64")})
    scored = score_contacts(frame).set_index("contact_id")
    assert 0 < scored.loc["p", "confidence"] < 1
    assert scored.loc["q", "confidence"] == 0
    assert scored.loc["q", "strength"] == pytest.approx(100 * UNANSWERED_VALUE, abs=0.1)
    assert scored.loc["p", "strength"] > scored.loc["q", "strength"]
    assert scored.loc["p", "tier"] != "inner circle"  # one answer is not enough for that
    assert "unanswered" in scored.loc["p", "why"]


def test_why_speaks_the_cards_words_not_the_facets():
    answers = {"contact_id": "a", "ideas": 3, "i_helped": 3, "they_helped": 0,
               "they_would": 1, "last_talk": 4}  # fmt: skip
    why = score_contacts(pd.DataFrame([answers]))["why"].iat[0]
    # The sentences are doctests in realnet_kit/scoring/_why.py; here, what they carry.
    short = {key: q.short for key, q in QUESTIONS.items()}
    assert f"{short['ideas']} (often)" in why, "the strongest answer, in the card's words"
    assert short["they_helped"] in why and short["i_helped"] in why, "the one-sided tie"
    assert "3 of 8" in why, "how many questions wait"
    for jargon in ("closeness", "intimacy", "services", "reciprocity", "recency",
                   "frequency", "facet", "weight"):  # fmt: skip
        assert jargon not in why


def test_why_for_every_answer_strong_none_strong_and_blank():
    top = {k: q.top for k, q in QUESTIONS.items()}
    weak = {"ideas": 0, "offline": 1}
    scored = score_contacts(pd.DataFrame([
        {"contact_id": "all", **top}, {"contact_id": "weak", **weak}, {"contact_id": "none"},
    ])).set_index("contact_id")  # fmt: skip
    assert "unanswered" not in scored.loc["all", "why"]
    # all at the top: said once, not as a list of the strongest
    assert scored.loc["all", "why"].startswith(f"the top answer to all {len(QUESTIONS)} ")
    # the count is of the card's questions, as the reader counts them: relevance included
    below = score_contacts(pd.DataFrame([{"contact_id": "r", **top, "relevant": 1}]))
    assert below.iloc[0]["why"].startswith(
        f"the top answer to {len(QUESTIONS) - 1} of {len(QUESTIONS)} questions, all but "
    )
    some = score_contacts(pd.DataFrame([{"contact_id": "s", "ideas": 3, "they_would": 3,
                                         "i_would": 2, "offline": 1}])).iloc[0]  # fmt: skip
    assert "1 more" in some["why"], "two strongest named, the rest counted"
    weak_why = scored.loc["weak", "why"]
    assert f"{QUESTIONS['ideas'].short} (never)" in weak_why and "6 of 8" in weak_why
    assert weak_why != scored.loc["none", "why"]
    assert scored.loc["none", "why"] == "not answered yet"


def test_inner_circle_needs_enough_answers():
    only_closeness = {"contact_id": "c", "they_would": 3, "i_would": 3, "ideas": 3,
                      "i_helped": 3, "they_helped": 3}  # fmt: skip
    scored = score_contacts(pd.DataFrame([only_closeness]))
    assert scored["tier"].iat[0] in ("real", "inner circle")
    assert scored["confidence"].iat[0] < 1


def test_works_on_the_workbook_scores_and_keeps_answers(realnet_home):
    from realnet_kit import Workbook

    wb = Workbook()
    assert score_contacts(wb.scores()).empty
    wb.save_score("x:1", ideas=3, last_talk=4)
    scored = score_contacts(wb.scores())
    assert {"contact_id", "strength", "tier", "why", "ideas", "updated_at"} <= set(scored.columns)


def test_tier_summary_sentence_and_cumulative_counts():
    scored = pd.DataFrame({"tier": ["inner circle"] * 3 + ["real"] * 4 + ["scoreboard only"]})
    summary = tier_summary(scored).set_index("tier")
    assert "3 people" in summary.loc["inner circle", "sentence"]
    assert summary.loc["inner circle", "target"] == 5
    assert summary.loc["real", "cumulative"] == 7
    assert summary.loc["real", "target"] == 15
    assert pd.isna(summary.loc["scoreboard only", "target"])
    one = tier_summary(pd.DataFrame({"tier": ["inner circle"]}))
    assert "has 1 person;" in one["sentence"].iat[0]


def test_errors_teach():
    with pytest.raises(ValueError, match="contact_id"):
        score_contacts(pd.DataFrame({"ideas": [1]}))
    with pytest.raises(ValueError, match="score_contacts"):
        tier_summary(pd.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="0 = never"):
        check_answers({"ideas": "sometimes"})
    assert check_answers({"ideas": "often"}) == {"ideas": 3}


def test_quick_keys_parse_and_refuse_clearly():
    from realnet_kit.scoring.score import parse_quick_keys

    assert parse_quick_keys("3,2,-,1") == {"ideas": 3, "i_helped": 2, "they_would": 1}
    assert parse_quick_keys("") == {}
    for bad, message in (("²", "takes 0 to 3"), ("a", "takes 0 to 3"), ("000000005", "only 8")):
        with pytest.raises(ValueError, match=message):
            parse_quick_keys(bad)


def test_why_is_about_the_person_not_the_tier():
    """The band's strongest list once read "strong on every question that counts" ten times."""
    from realnet_kit.scoring import explain_with_contact

    top = {k: q.top for k, q in QUESTIONS.items()}
    people = [top, {**top, "i_helped": 2}, {**top, "they_would": 2}, {**top, "ideas": 2},
              {**top, "last_talk": 3}, {**top, "offline": 2, "they_helped": 2}]  # fmt: skip
    scored = score_contacts(pd.DataFrame(people).assign(contact_id=[str(i) for i in range(6)]))
    assert scored["why"].nunique() == len(people)
    assert all("every question" not in why for why in scored["why"])
    weak_spot = scored.set_index("contact_id").loc["1", "why"]
    assert "I helped them (a real favour)" in weak_spot and "weakest" not in weak_spot
    # the band's table: four of five rows began "strong on ideas exchanged (often), they
    # would for me (certainly) and 5 more"; each starts with what sets the person apart
    starts = scored["why"].str.split("; ").str[0]
    assert starts.nunique() == len(people)
    day = pd.Timestamp("2026-03-02", tz="UTC")
    same = pd.DataFrame([top, top]).assign(
        last_contact=pd.to_datetime(["2026-02-27", "2025-01-10"], utc=True),
        waiting=[False, True],
        waiting_since=pd.to_datetime([None, "2026-02-01"], utc=True),
    )
    whys = explain_with_contact(same, day)
    assert whys[0].endswith("last in touch 3 days ago")
    assert whys[1].endswith("their message of 1 February 2026 is still waiting for your answer")
