"""Messages that share something personal are found from their words alone."""

from __future__ import annotations

import pytest

from realnet_kit.listening import is_personal


@pytest.mark.parametrize(
    "note",
    [
        "My dad died in January. 'Salt Roads' was his favourite, we played it at the funeral.",
        "'Weaver's Daughter' is how my partner and I met. Just wanted you to know.",
        "Morning! 'Heron' got me through a hard year. Thank you.",
        "'Lantern' was the first dance at my sister's wedding.",
        "Not sure you read these but 'Millstone' was my dad’s favourite.",
        "My mum is in hospital and your song keeps me going",
    ],
)
def test_a_loss_a_life_event_or_a_song_that_carried_someone_is_personal(note):
    assert is_personal(note)


@pytest.mark.parametrize(
    "note",
    [
        "Are you coming anywhere near Brighton? my dad is desperate to see you",
        "Quick one, what's the tuning for 'Harbour Light'? my dad wants to play it",
        "Hi, my tote bag came with nothing in the envelope",
        "Are there tickets left for Bristol in May?",
        "Still buzzing from the Brudenell! Best gig of my year.",
        "We are passing through Leeds next week",
        "",
        None,
    ],
)
def test_a_family_word_alone_a_question_or_a_problem_is_not(note):
    assert not is_personal(note)
