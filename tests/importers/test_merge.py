"""merge_people, review_pairs and the merge review widget."""

from __future__ import annotations

import pandas as pd

from realnet_kit import Workbook, merge_people
from realnet_kit.importers.merge import review_pairs


def contacts(rows: list[dict]) -> pd.DataFrame:
    columns = ["contact_id", "platform", "handle", "name", "profile_url", "email", "company"]
    return pd.DataFrame([{c: r.get(c) for c in columns} | r for r in rows]).astype(
        {c: "string" for c in columns}
    )


PEOPLE = contacts(
    [
        {
            "contact_id": "linkedin:ana-lopez",
            "platform": "linkedin",
            "name": "Ana López",
            "email": "Ana@Example.org",
            "company": "Café Luna GmbH",
        },
        {
            "contact_id": "google:ana@example.org",
            "platform": "google",
            "name": "Ana Lopez",
            "email": "ana@example.org",
        },
        {"contact_id": "instagram:kai_t", "platform": "instagram", "handle": "kai_t"},
        {
            "contact_id": "mastodon:kai_t@social.example",
            "platform": "mastodon",
            "handle": "kai_t@social.example",
        },
        {"contact_id": "facebook:john-smith", "platform": "facebook", "name": "John Smith"},
        {
            "contact_id": "linkedin:john-smith-42",
            "platform": "linkedin",
            "name": "John Smith",
            "company": "Acme",
        },
        {"contact_id": "facebook:zoe-odegard", "platform": "facebook", "name": "Zoë Ødegård"},
        {"contact_id": "vcard:zoe@example.org", "platform": "vcard", "name": "Zoe Odegard"},
        {
            "contact_id": "x:555",
            "platform": "x",
            "profile_url": "https://twitter.com/intent/user?user_id=555",
        },
        {
            "contact_id": "csv:555",
            "platform": "csv",
            "name": "Someone",
            "profile_url": "https://x.com/intent/user?user_id=555/",
        },
        {
            "contact_id": "linkedin:maria-k",
            "platform": "linkedin",
            "name": "María Kowalski",
            "company": "Sonne AG",
        },
        {
            "contact_id": "google:maria-kowalski",
            "platform": "google",
            "name": "Maria Kowalski",
            "company": "Sonne",
        },
    ]
)


def person(frame: pd.DataFrame, contact_id: str) -> str:
    return frame.set_index("contact_id").loc[contact_id, "person_id"]


def test_same_email_case_insensitive():
    merged = merge_people(PEOPLE)
    assert person(merged, "linkedin:ana-lopez") == person(merged, "google:ana@example.org")
    reason = merged.set_index("contact_id").loc["linkedin:ana-lopez", "match_reason"]
    assert "same email" in reason and "google:ana@example.org" in reason


def test_same_handle_across_platforms_and_same_profile_link():
    merged = merge_people(PEOPLE)
    assert person(merged, "instagram:kai_t") == person(merged, "mastodon:kai_t@social.example")
    assert person(merged, "x:555") == person(merged, "csv:555")


def test_close_name_and_same_company_merges():
    merged = merge_people(PEOPLE)
    assert person(merged, "linkedin:maria-k") == person(merged, "google:maria-kowalski")
    assert "same company" in merged.set_index("contact_id").loc["linkedin:maria-k", "match_reason"]


def test_common_name_alone_never_merges_but_is_offered_for_review():
    merged = merge_people(PEOPLE)
    assert person(merged, "facebook:john-smith") != person(merged, "linkedin:john-smith-42")
    assert person(merged, "facebook:zoe-odegard") != person(merged, "vcard:zoe@example.org")
    pairs = review_pairs(PEOPLE)
    found = {frozenset(p) for p in zip(pairs["contact_a"], pairs["contact_b"], strict=True)}
    assert frozenset(("facebook:john-smith", "linkedin:john-smith-42")) in found
    assert frozenset(("facebook:zoe-odegard", "vcard:zoe@example.org")) in found
    assert frozenset(("linkedin:ana-lopez", "google:ana@example.org")) not in found


def test_decisions_are_honoured():
    decisions = pd.DataFrame(
        {
            "contact_a": ["facebook:john-smith", "google:ana@example.org"],
            "contact_b": ["linkedin:john-smith-42", "linkedin:ana-lopez"],
            "decision": ["same", "different"],
        }
    )
    merged = merge_people(PEOPLE, decisions)
    assert person(merged, "facebook:john-smith") == person(merged, "linkedin:john-smith-42")
    assert (
        "you confirmed" in merged.set_index("contact_id").loc["facebook:john-smith", "match_reason"]
    )
    assert person(merged, "linkedin:ana-lopez") != person(merged, "google:ana@example.org")
    left = review_pairs(PEOPLE, decisions)
    assert "facebook:john-smith" not in set(left["contact_a"]) | set(left["contact_b"])


def test_rows_order_and_ids_are_kept_and_singletons_have_no_reason():
    merged = merge_people(PEOPLE)
    assert merged["contact_id"].tolist() == PEOPLE["contact_id"].tolist()
    assert merged["person_id"].str.startswith("person:").all()
    assert merged.set_index("contact_id").loc["facebook:john-smith", "match_reason"] == ""
    assert str(merged["person_id"].dtype) == "string"


def test_same_handle_with_clashing_names_goes_to_review():
    frame = contacts(
        [
            {"contact_id": "x:1", "platform": "x", "handle": "lucy_eats", "name": "Lucy Fletcher"},
            {
                "contact_id": "instagram:lucy_eats",
                "platform": "instagram",
                "handle": "lucy_eats",
                "name": "Tom Baker",
            },
        ]
    )
    merged = merge_people(frame)
    assert merged["person_id"].nunique() == 2
    assert len(review_pairs(frame)) == 1


def test_merge_review_widget_saves_each_answer(realnet_home):
    from realnet_kit.widgets._merge_review import merge_review

    wb = Workbook(realnet_home / "wb.sqlite")
    view = merge_review(wb, PEOPLE)
    review = view.review
    total = len(review.pairs)
    assert total >= 2
    first = review.current()
    assert "Pair 1 of" in review.header.value
    review.different.click()
    saved = wb.match_decisions()
    assert len(saved) == 1 and saved["decision"].iloc[0] == "different"
    assert set(saved[["contact_a", "contact_b"]].iloc[0]) == {
        first["contact_a"],
        first["contact_b"],
    }
    review.same.click()
    for _ in range(total):
        review.skip.click()
    assert "reviewed" in review.header.value and review.same.disabled
    reopened = merge_review(wb, PEOPLE).review
    assert len(reopened.pairs) == total - 2


def test_widget_escapes_names(realnet_home):
    from realnet_kit.widgets._merge_review import merge_review

    frame = contacts(
        [
            {
                "contact_id": "facebook:x",
                "platform": "facebook",
                "name": "<script>Ann Lee</script>",
            },
            {"contact_id": "vcard:y", "platform": "vcard", "name": "<script>Ann Lee</script>"},
        ]
    )
    review = merge_review(Workbook(realnet_home / "wb.sqlite"), frame).review
    assert "<script>" not in review.cards.value
    assert "&lt;script&gt;" in review.cards.value
