"""Presenter mode masks names, handles and emails for display and never changes data."""

from __future__ import annotations

import pandas as pd
import pytest

import realnet_kit
from realnet_kit import privacy


@pytest.fixture
def presenting():
    realnet_kit.presenter_mode(True)
    yield
    realnet_kit.presenter_mode(False)


def _frame():
    return pd.DataFrame(
        {
            "contact_id": pd.array(["instagram:ada.b", "x:90817263"], dtype="string"),
            "name": pd.array(["Ada Baker", None], dtype="string"),
            "handle": pd.array(["ada.b", "bo"], dtype="string"),
            "email": pd.array(["ada@bakery.example", None], dtype="string"),
            "bio": ["Baker in Leeds", "music"],
            "followers_count": pd.array([10, 20], dtype="Int64"),
        }
    )


def test_off_by_default_and_unchanged():
    assert realnet_kit.presenter_mode() is False
    df = _frame()
    assert privacy.mask_frame(df) is df
    assert privacy.mask_name("Ada Baker") == "Ada Baker"


def test_masks_every_identifying_column(presenting):
    df = _frame()
    original = df.copy()
    masked = privacy.mask_frame(df)
    pd.testing.assert_frame_equal(df, original)  # data never changed
    text = masked.to_string()
    for secret in ("Ada", "ada", "bakery", "Leeds", "90817263"):
        assert secret not in text
    assert masked["contact_id"].iat[0].startswith("instagram:")
    assert masked["followers_count"].tolist() == [10, 20]
    assert pd.isna(masked["name"].iat[1])
    assert str(masked["name"].dtype) == "string"


def test_pseudonyms_are_stable_and_shared_by_one_person(presenting):
    masked = privacy.mask_frame(_frame())
    again = privacy.mask_frame(_frame())
    assert masked["name"].iat[0] == again["name"].iat[0]
    words = masked["name"].iat[0].lower().split()
    assert masked["handle"].iat[0] == "_".join(words)
    assert masked["email"].iat[0].startswith(".".join(words))
    assert privacy.pseudonym("Ada Baker") == privacy.pseudonym("ada baker ")
    names = {privacy.pseudonym(f"person {i}") for i in range(500)}
    assert len(names) > 490


def test_listeners_hear_changes():
    heard = []

    def listener(on):
        heard.append(on)

    privacy.on_presenter_change(listener)
    realnet_kit.presenter_mode(True)
    realnet_kit.presenter_mode(True)
    realnet_kit.presenter_mode(False)
    assert heard == [True, False]


def test_a_closed_widget_is_no_longer_redrawn():
    import ipywidgets

    class View:
        def __init__(self):
            self.widget = ipywidgets.HTML()
            self.heard = []
            privacy.on_presenter_change(self.redraw)

        def redraw(self, on):
            self.heard.append(on)

    shown, closed = View(), View()
    closed.widget.close()  # the cell was run again: its old widget is closed, not yet collected
    try:
        realnet_kit.presenter_mode(True)
    finally:
        realnet_kit.presenter_mode(False)
    assert shown.heard == [True, False] and closed.heard == []


def test_index_of_ids_is_masked_but_other_indexes_are_not(presenting):
    by_id = _frame().set_index("contact_id")
    assert "ada" not in " ".join(privacy.mask_frame(by_id).index)
    tiers = pd.DataFrame({"count": [3]}, index=pd.Index(["inner circle"], name="tier"))
    assert privacy.mask_frame(tiers).index.tolist() == ["inner circle"]
