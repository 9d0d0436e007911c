"""Generic CSVs: contact lists, audit-tool and research profile tables, interaction logs."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from test_fixtures import write_x_archive
from test_x import assert_contract

from realnet_kit import ExportFormatError, load_export, load_interactions

CRESCI = (
    "id,name,screen_name,statuses_count,followers_count,friends_count,favourites_count,"
    "listed_count,created_at,url,lang,time_zone,location,default_profile,"
    "default_profile_image,geo_enabled,profile_image_url,profile_banner_url,protected,"
    "verified,description,updated,dataset\n"
    '101,"Zoë Ødegård",zoe_o,1520,340,290,88,3,Fri Jun 17 08:33:25 +0000 2011,'
    'http://zoe.example,de,Berlin,"Köln, DE",,,1,http://img/1.png,,,,'
    '"Designer, ""maker"" 🎨",2015-02-14 10:54:49,E13\n'
    "102,Buy Followers 4u,bf4u_88231,0,2,2001,0,0,Mon Feb 02 10:00:00 +0000 2015,,en,,,1,1,,"
    "http://img/default.png,,,,,2015-02-14 10:54:49,FSF\n"
    "103.0,山田 太郎,taro_y,12,40,38,1,0,Wed Mar 04 22:00:01 +0000 2009,,ja,,東京,,,,,,,,"
    ",2015-02-14 10:54:49,TFP\n"
)
INSTA_DATASET = (
    "profile pic,nums/length username,fullname words,nums/length fullname,name==username,"
    "description length,external URL,private,#posts,#followers,#follows,fake\n"
    "1,0.27,0,0,0,53,0,0,32,1000,955,0\n"
    "0,0.5,1,0,0,0,0,0,0,12,4500,1\n"
)


def test_cresci_users_csv_maps_signals_and_keeps_the_rest(tmp_path):
    path = tmp_path / "users.csv"
    path.write_text(CRESCI, encoding="utf-8")
    frame = load_export(path, platform="csv")
    assert_contract(frame)
    assert frame["contact_id"].tolist() == ["csv:101", "csv:102", "csv:103"]
    assert frame["handle"].tolist() == ["zoe_o", "bf4u_88231", "taro_y"]
    assert frame["followers_count"].tolist() == [340, 2, 40]
    assert frame["following_count"].tolist() == [290, 2001, 38]
    assert frame["posts_count"].tolist() == [1520, 0, 12]
    assert str(frame["followers_count"].dtype) == "Int64"
    assert frame["has_avatar"].tolist() == [True, False, True]  # blanks mean "not default"
    assert str(frame["has_avatar"].dtype) == "boolean"
    assert frame.loc[0, "bio"] == 'Designer, "maker" 🎨'
    assert frame.loc[0, "account_created"] == pd.Timestamp("2011-06-17 08:33:25", tz="UTC")
    assert str(frame["account_created"].dt.tz) == "UTC"
    for kept in (
        "favourites_count",
        "listed_count",
        "url",
        "lang",
        "location",
        "dataset",
        "geo_enabled",
        "verified",
        "default_profile",
    ):
        assert kept in frame.columns, kept
    assert frame["favourites_count"].tolist() == [88, 0, 1]
    assert frame["geo_enabled"].tolist() == [True, False, False]
    assert frame.loc[0, "location"] == "Köln, DE"


def test_booleans_written_as_true_false_and_nan(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "screen_name,default_profile_image,verified\na1,True,False\nb2,False,\nc3,,True\n"
    )
    frame = load_export(path)
    assert frame["has_avatar"].tolist()[:2] == [False, True]
    assert pd.isna(frame["has_avatar"].iloc[2])


def test_instagram_research_dataset_without_names(tmp_path):
    path = tmp_path / "train.csv"
    path.write_text(INSTA_DATASET)
    frame = load_export(path, platform="csv")
    assert frame["contact_id"].tolist() == ["csv:row-1", "csv:row-2"]
    assert frame["followers_count"].tolist() == [1000, 12]
    assert frame["following_count"].tolist() == [955, 4500]
    assert frame["posts_count"].tolist() == [32, 0]
    assert frame["has_avatar"].tolist() == [True, False]
    assert frame["fake"].tolist() == [False, True]
    assert frame["description length"].tolist() == [53, 0]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "utf-8"])
def test_european_excel_semicolons_and_encodings(tmp_path, encoding):
    path = tmp_path / "Kunden.csv"
    path.write_bytes(
        "Name;E-Mail;Firma\r\nZoë Müller;zoe@example.org;Bäckerei Sonne\r\n"
        "José Núñez;;Café; Luna\r\n".replace("Café; Luna", '"Café; Luna"').encode(encoding)
    )
    frame = load_export(path)
    assert frame["name"].tolist() == ["Zoë Müller", "José Núñez"]
    assert frame["company"].tolist() == ["Bäckerei Sonne", "Café; Luna"]
    assert frame["contact_id"].tolist() == ["csv:zoe@example.org", "csv:jose-nunez"]


def test_tab_separated_handles_with_at_signs(tmp_path):
    path = tmp_path / "list.tsv"
    path.write_text("handle\tnotes\n@Ana_B\tmet at market\n@kai\t\n")
    frame = load_export(path)
    assert frame["handle"].tolist() == ["Ana_B", "kai"]
    assert frame["contact_id"].tolist() == ["csv:ana_b", "csv:kai"]
    assert frame["notes"].tolist() == ["met at market", None] or frame["notes"].isna().iloc[1]


def test_platform_column_enriches_archive_rows(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(write_x_archive(tmp_path / "t.zip"), folder / "twitter.zip")
    (folder / "follower_audit.csv").write_text(
        "platform,id,screen_name,followers_count,friends_count,default_profile_image\n"
        "x,101,real_ana,300,280,0\nx,104,bot_123,1,4000,1\ntwitter,555,elsewhere,5,5,0\n"
    )
    frame = load_export(folder)
    assert frame["contact_id"].tolist() == ["x:101", "x:102", "x:103", "x:104", "x:555"]
    assert frame.loc[0, "handle"] == "real_ana"
    assert frame.loc[0, "followers_count"] == 300
    assert frame.loc[3, "has_avatar"] == False  # noqa: E712
    assert frame.loc[3, "i_follow"] == True  # noqa: E712
    assert pd.isna(frame.loc[1, "followers_count"])
    assert (frame["platform"] == "x").all()


def test_platform_column_matches_instagram_rows_by_handle(tmp_path):
    from test_fixtures import write_instagram_archive

    folder = tmp_path / "export"
    folder.mkdir()
    write_instagram_archive(folder / "instagram.zip")
    (folder / "audit.csv").write_text(
        "platform,id,username,followers_count\ninstagram,98765,Kai_T,77\n"
    )
    frame = load_export(folder)
    assert len(frame) == 3
    assert frame.set_index("contact_id").loc["instagram:kai_t", "followers_count"] == 77


def test_interaction_log_csv(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "contact,email,timestamp,direction,kind,note\n"
        'Ana López,ana@example.org,2024-03-01 10:00,received,email,"Hi, ""there"""\n'
        "Kai,,2024-03-02T09:00:00+01:00,out,coffee,\n"
    )
    log = load_interactions(path)
    assert log["contact_id"].tolist() == ["csv:ana@example.org", "csv:kai"]
    assert log["direction"].tolist() == ["in", "out"]
    assert log["kind"].tolist() == ["email", "coffee"]
    assert log.loc[0, "note"] == 'Hi, "there"'
    assert log.loc[1, "timestamp"] == pd.Timestamp("2024-03-02 08:00", tz="UTC")


def test_interaction_log_with_contact_ids(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("contact_id;date;direction\nlinkedin:ana-lopez;01.03.2024;in\n")
    log = load_interactions(path)
    assert log["contact_id"].tolist() == ["linkedin:ana-lopez"]


def test_one_row_per_input_row_even_with_repeated_ids(tmp_path):
    path = tmp_path / "users.csv"
    path.write_text("id,screen_name,followers_count\n7,ana,1\n7,ana,2\n8,bo,3\n")
    frame = load_export(path, platform="csv")
    assert frame["contact_id"].tolist() == ["csv:7", "csv:7-2", "csv:8"]
    assert frame["followers_count"].tolist() == [1, 2, 3]


RESEARCH_HEADER = "id,name,screen_name,statuses_count,followers_count,friends_count,dataset\n"


def test_pandas_index_column_with_a_cut_first_row_keeps_every_good_row(tmp_path):
    # A research table saved by pandas (an unnamed index field in every row but the
    # header) whose first row was mangled: the good rows must all load, the bad one is
    # named in a warning, never the other way round.
    rows = "".join(
        f"{k},{2000 + k},Fictional Person {k},fict_{k},{10 * k},{k},{3 * k},E13\n"
        for k in range(1, 41)
    )
    path = tmp_path / "profiles.csv"
    path.write_text(RESEARCH_HEADER + "leftover.jpg,ABCDEF,3600.0,,end of a cut bio\n" + rows)
    with pytest.warns(UserWarning, match=r"left out 1 row.*line 2"):
        contacts = load_export(path, platform="csv")
    assert len(contacts) == 40
    assert contacts["contact_id"].iloc[0] == "csv:2001"
    assert contacts["name"].iloc[-1] == "Fictional Person 40"
    assert (contacts["followers_count"].iloc[1], contacts["following_count"].iloc[1]) == (2, 6)


def test_a_csv_with_many_rows_of_the_wrong_width_is_refused(tmp_path):
    good = "".join(f"{k},Fict {k},f{k},1,2,3,E13\n" for k in range(30))
    bad = "".join(f"{k},Fict {k},f{k},1,2,3,E13,extra,more\n" for k in range(30, 60))
    path = tmp_path / "shifted.csv"
    path.write_text(RESEARCH_HEADER + good + bad)
    with pytest.raises(ExportFormatError, match="cannot be trusted") as caught:
        load_export(path, platform="csv")
    assert caught.value.path is not None and "shifted.csv" in str(caught.value)
