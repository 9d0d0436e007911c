"""The table helpers in realnet_kit._tables, and narrate still offering every old name."""

from __future__ import annotations

import pandas as pd

from realnet_kit import _tables, narrate

#: Every public (and the two private) names other modules imported from narrate before
#: the split; they must keep working from there.
NAMES_NARRATE_HAD = (
    "SCORES_NEEDED", "TABLE_ROWS", "percent_value", "percent", "audit_summary",
    "never_answered", "waiting_count", "talk_listen", "scored", "tier_count", "tell_audit",
    "tell_listening", "tell_tiers", "PLATFORM_NAMES", "platform_name", "WRAP_ABOVE_CHARS",
    "Table", "as_table", "_nameless", "show", "CATEGORY_WORDS", "show_category",
    "PROFILE_TEXT_COLUMNS", "_names", "show_waiting", "show_reaching_out",
    "plot_waiting_times", "show_broadcasts", "show_questions", "FACET_WORDS", "plain_why",
    "show_strongest", "WORTH_SCORING", "worth_scoring",
)  # fmt: skip


def test_narrate_still_offers_every_name_it_had():
    missing = [name for name in NAMES_NARRATE_HAD if not hasattr(narrate, name)]
    assert not missing
    assert narrate._nameless is _tables.nameless_label
    assert narrate.Table is _tables.Table and narrate.as_table is _tables.as_table
    assert set(narrate.__all__) <= set(dir(narrate))


def test_nameless_label_names_numbered_accounts_and_leaves_the_rest():
    assert _tables.nameless_label("x:1519071252") == "X account 1519071252"
    assert _tables.nameless_label("linkedin:42") == "LinkedIn account 42"
    assert _tables.nameless_label("mastodon:ada@example.social") == "mastodon:ada@example.social"
    assert _tables.nameless_label("x:") == "x:"
    assert _tables.nameless_label(None) is pd.NA and _tables.nameless_label(pd.NA) is pd.NA


def test_platform_name_knows_the_platforms_and_passes_others_through():
    assert _tables.platform_name("LINKEDIN") == "LinkedIn"
    assert _tables.platform_name("google") == "Google Contacts"
    assert _tables.platform_name("friendster") == "friendster"


def test_a_table_shows_every_word_escaped_without_row_numbers():
    long = "a reason " * 10 + "<script>"
    table = _tables.as_table(pd.DataFrame({"who": ["Ada"], "why": [long]}, index=[5]))
    page = table._repr_html_()
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "a reason " * 10 in page.replace("&#x27;", "'")
    assert ">5<" not in page and "white-space:normal" in page
    assert isinstance(table.head(1), _tables.Table)


def test_show_puts_who_first_from_name_handle_or_account():
    frame = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2", "x:3"],
            "name": ["Ada Baker", None, None],
            "handle": [None, "bo", None],
            "platform": ["x", "x", "x"],
            "profile_url": [None, None, "https://x.com/i/user/3"],
        }
    ).astype("string")
    table = _tables.show(frame, ["platform"])
    assert table.columns.tolist() == ["who", "platform"]
    assert table["who"].tolist() == ["Ada Baker", "@bo", "X account 3"]
    assert table["platform"].tolist() == ["X"] * 3
    assert table.links == {"X account 3": "https://x.com/i/user/3"}


def test_handout_helpers_are_public_and_the_old_names_still_work(tmp_path):
    from realnet_kit import handouts

    assert handouts._sheet is handouts.plan_sheet and handouts._link is handouts.download_link
    plan = pd.DataFrame(
        {
            "plan_id": ["p1"],
            "name": ["Ada <Baker>"],
            "action": ["=coffee"],
            "due": [pd.Timestamp("2026-03-01 23:30", tz="UTC")],
            "cadence_days": pd.array([30], dtype="Int64"),
        }
    )
    sheet = handouts.plan_sheet(plan)
    assert sheet.columns.tolist() == ["name", "action", "due", "cadence_days"]
    assert sheet["due"].tolist() == ["2026-03-01"]
    path = tmp_path / "realnet-plan.csv"
    path.write_text("name\nAda <Baker>\n")
    item = handouts.download_link("sheet", path)
    assert item.startswith("<li><a download='realnet-plan.csv' href='data:text/csv;base64,")
    assert "Ada" not in item  # the content is inside the base64 payload, never raw HTML


def test_a_handout_too_big_to_carry_in_the_page_gets_its_path(tmp_path, monkeypatch):
    from realnet_kit import handouts

    monkeypatch.setattr(handouts, "LINK_LIMIT_BYTES", 3)
    path = tmp_path / "a <b> folder" / "realnet-plan.ics"
    path.parent.mkdir()
    path.write_text("BEGIN:VCALENDAR\n")
    item = handouts.download_link("calendar", path)
    assert "href" not in item and "a &lt;b&gt; folder" in item
