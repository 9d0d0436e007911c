"""The samples make sense: each defect fits its product, bakes come in their season,
complaints do not end in thanks, and a waiting list does not tell one life story twice.

Measured on the shipped datasets (issue 14's read-through found a beanie with a warped
record, hot cross buns in August, and two strangers who met their partners to one song).
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from realnet_kit.listening.personal import is_personal
from realnet_kit.plan.actions import message_kind
from realnet_kit.samples import list_samples
from realnet_kit.samples._fits import (
    ANY_PRODUCT,
    FITS,
    OUT_OF_SEASON,
    SEASONS,
    fitting_problem,
    mismatches,
)
from realnet_kit.samples._talk import REASON_SORTS, SLOTS

NAMES = list_samples()


@pytest.mark.parametrize("name", NAMES)
def test_no_inbound_message_mismatches(name, talks):
    inbound = talks[name][talks[name]["direction"] == "in"]
    assert len(inbound) > 200
    found = {
        note: mismatches(name, note, when.to_pydatetime())
        for note, when in zip(inbound["note"].fillna(""), inbound["timestamp"], strict=True)
    }
    bad = {note: what for note, what in found.items() if what}
    assert not bad, list(bad.items())[:5]


@pytest.mark.parametrize("name", NAMES)
def test_waiting_kind_words_tell_different_stories(name, truths):
    notes = truths[name]["unanswered"]["note"].fillna("")
    reasons = [r for group in REASON_SORTS for r in group]
    for reason in reasons:
        assert notes.str.contains(reason[:24], regex=False).sum() <= 1, reason


def test_the_checker_finds_what_the_read_through_found():
    august = datetime(2024, 8, 14)
    assert mismatches("band", "The beanie I ordered last week has a warped record.")
    assert mismatches("band", "ordered a tote bag from the shop, it's got a hole in the sleeve")
    assert mismatches("bakery", "the hot cross buns were burnt on the bottom", august)
    assert not mismatches(
        "bakery", "the hot cross buns were burnt on the bottom", august.replace(month=3)
    )
    assert mismatches("bakery", "disappointed with the croissants, they were burnt. Thanks!")
    assert not mismatches("bakery", "the croissants were burnt, could you check? Thanks!")


@pytest.mark.parametrize("world", sorted(FITS))
def test_every_fitting_defect_reads_as_its_kind(world):
    """A complaint phrasing is read as a complaint, a plain one is not, so that fitting a
    defect to its product never changes what a message asks for."""
    for product, (complaints, plain) in FITS[world].items():
        for defect in complaints:
            assert message_kind(f"The {product} came with {defect}") == "complaint", defect
            assert not mismatches(world, f"The {product} came with {defect}"), defect
        for defect in plain:
            assert message_kind(f"The {product} came with {defect}") != "complaint", defect
            assert not mismatches(world, f"The {product} came with {defect}"), defect


@pytest.mark.parametrize("world", sorted(FITS))
def test_every_drawn_defect_gets_one_that_fits(world):
    for product in SLOTS[world].get("item", SLOTS[world].get("bake", [])):
        for drawn in SLOTS[world]["problem"]:
            fitted = fitting_problem(world, product, drawn, random.Random(0))
            complaints, plain = FITS[world][product]
            assert fitted in complaints + plain or fitted in ANY_PRODUCT


def test_out_of_season_bakes_have_an_in_season_stand_in():
    for bake, months in SEASONS.items():
        assert months
        assert all(stand_in not in SEASONS for stand_in in OUT_OF_SEASON[bake])


def test_reason_sorts_keep_what_a_kind_word_is():
    """Reasons swap only within a sort: same kind of message, equally personal."""
    drawn = set(SLOTS["band"]["reason"])
    assert drawn <= set().union(*REASON_SORTS)
    for group in REASON_SORTS:
        sorts = {(message_kind(f"'Heron' {r}."), is_personal(f"'Heron' {r}.")) for r in group}
        assert len(sorts) == 1, group
