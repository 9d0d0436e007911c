"""The table helpers of realnet_kit.narrate and the words of realnet_kit.words."""

from __future__ import annotations

import pandas as pd

from realnet_kit import words
from realnet_kit.narrate import _tables


def test_nameless_label_names_numbered_accounts_and_leaves_the_rest():
    assert words.nameless_label("x:1519071252") == "X account 1519071252"
    assert words.nameless_label("linkedin:42") == "LinkedIn account 42"
    assert words.nameless_label("mastodon:ada@example.social") == "mastodon:ada@example.social"
    assert words.nameless_label("x:") == "x:"
    assert words.nameless_label(None) is pd.NA and words.nameless_label(pd.NA) is pd.NA


def test_platform_name_knows_the_platforms_and_passes_others_through():
    assert words.platform_name("LINKEDIN") == "LinkedIn"
    assert words.platform_name("google") == "Google Contacts"
    assert words.platform_name("friendster") == "friendster"


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
    table = _tables.show(frame, ["platform"], nameless=True)
    assert table.columns.tolist() == ["who", "platform"]
    assert table["who"].tolist() == ["Ada Baker", "@bo", "X account 3"]
    assert table["platform"].tolist() == ["X"] * 3
    assert table.links == {"X account 3": "https://x.com/i/user/3"}


def test_nameless_accounts_are_summed_up_in_one_sentence(capsys):
    frame = pd.DataFrame(
        {"contact_id": ["x:1", "x:2", "x:3"], "name": ["Ada Baker", None, None]}
    ).astype("string")
    table = _tables.show(frame)
    assert table["who"].tolist() == ["Ada Baker"]
    assert capsys.readouterr().out.startswith("2 of these 3 are X accounts")


def test_handout_helpers_are_public_and_the_old_names_still_work(tmp_path):
    from realnet_kit.plan import handouts

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
    from realnet_kit.plan import handouts

    monkeypatch.setattr(handouts, "LINK_LIMIT_BYTES", 3)
    path = tmp_path / "a <b> folder" / "realnet-plan.ics"
    path.parent.mkdir()
    path.write_text("BEGIN:VCALENDAR\n")
    item = handouts.download_link("calendar", path)
    assert "href" not in item and "a &lt;b&gt; folder" in item


def test_nameless_x_accounts_are_described_truly(capsys):
    """The sentence said "X's archive keeps no names" beside a table of named X rows."""
    from realnet_kit.narrate._tables import _without_nameless

    frame = pd.DataFrame({"contact_id": ["x:1519071252", "x:2", "x:3"],
                          "platform": ["x", "x", "x"],
                          "name": pd.array([None, "Carmen Castillo", "Emi Kato"], dtype="string"),
                          "handle": pd.array([None, None, None], dtype="string")})  # fmt: skip
    kept = _without_nameless(frame)
    said = capsys.readouterr().out
    assert kept["contact_id"].tolist() == ["x:2", "x:3"]
    assert "1 of these 3" in said and "no names" not in said
    assert "by number" in said and "talked" in said
