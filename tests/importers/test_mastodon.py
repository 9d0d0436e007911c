"""Mastodon following_accounts.csv: new and old layouts, inside a tar or zip, or alone."""

from __future__ import annotations

import io
import tarfile

from test_errors import zip_with
from test_x import assert_contract

from realnet_kit import load_export

NEW = (
    "Account address,Show boosts,Notify on new posts,Languages\n"
    "Zoe@Social.Example,true,false,\n"
    'kai_t@mastodon.example.org,true,true,"en,de"\n'
)
OLD = "zoe@social.example\n@taro@fedi.example\n"


def test_current_layout(tmp_path):
    path = tmp_path / "following_accounts.csv"
    path.write_text(NEW)
    frame = load_export(path)
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "mastodon:zoe@social.example",
        "mastodon:kai_t@mastodon.example.org",
    ]
    assert frame.loc[0, "handle"] == "Zoe@Social.Example"
    assert frame.loc[0, "profile_url"] == "https://social.example/@Zoe"
    assert frame["i_follow"].all() and frame["follows_me"].isna().all()


def test_old_layout_without_header(tmp_path):
    path = tmp_path / "following_accounts.csv"
    path.write_text(OLD)
    assert load_export(path)["handle"].tolist() == ["zoe@social.example", "taro@fedi.example"]


def test_inside_a_tar_gz_and_a_zip(tmp_path):
    tar_path = tmp_path / "archive-20240101.tar.gz"
    with tarfile.open(tar_path, "w:gz") as tf:
        for name, data in (("following_accounts.csv", NEW), ("actor.json", '{"type": "Person"}')):
            info = tarfile.TarInfo(name)
            info.size = len(data.encode())
            tf.addfile(info, io.BytesIO(data.encode()))
    assert len(load_export(tar_path)) == 2
    zip_path = zip_with(tmp_path / "export.zip", {"following_accounts.csv": OLD})
    assert len(load_export(zip_path, platform="mastodon")) == 2
