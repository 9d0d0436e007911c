"""The dashboard's plan tab makes the plan notebook 05 makes (issue 14, item 2).

The connector named in exercise 4.2 is thanked from the dashboard too, and the plan made
with one button is, row for row, the plan of 05's code cell. Who is the connector is
computed from each sample, never pinned.
"""

from __future__ import annotations

import pandas as pd
import pytest

import realnet_kit
from realnet_kit.dashboard.plan_maker import PlanMaker
from realnet_kit.narrate import connectors_to_thank, scored
from realnet_kit.plan import (
    DEFAULT_WEEKLY_MINUTES,
    PLANNED_TIERS,
    THANK_CONNECTOR,
    people_named,
    plain_name,
    plan_actions,
)
from realnet_kit.privacy import presenter_mode

SAMPLES = realnet_kit.list_samples()


def _a_connector(data, frame) -> tuple[str, str]:
    """Someone outside the planned tiers whose full name names only them: (id, name)."""
    names = data.contacts.drop_duplicates("contact_id").set_index("contact_id")["name"]
    outside = frame.loc[~frame["tier"].isin(PLANNED_TIERS), "contact_id"]
    for cid in outside:
        name = plain_name(names.get(cid))
        if len(name.split()) == 2 and people_named(f"ask {name} to", data.contacts) == [cid]:
            return cid, name
    pytest.skip("no one outside the plan has a full name of their own")


@pytest.mark.parametrize("name", SAMPLES)
def test_the_plan_tab_thanks_the_connector_of_4_2_as_05_does(opened_sample, name):
    data = opened_sample(name)
    data.use_sample_answers()
    cid, who = _a_connector(data, scored(data))
    data.workbook.record_exercise("04", "4.2", True, f"My tribe is local; I would ask {who} to "
                                  "introduce us.")  # fmt: skip
    thank = connectors_to_thank(data)
    assert thank == [data.workbook.person_ids().get(cid, cid)]
    maker = PlanMaker(data)
    assert maker.minutes.value == DEFAULT_WEEKLY_MINUTES
    made = maker.make_plan()
    assert made is not None, maker.message.value
    thanked = made[made["action_key"] == THANK_CONNECTOR.key]
    assert thanked["contact_id"].tolist() == thank and who in thanked["action"].iloc[0]
    assert who in maker.message.value and "4.2" in maker.message.value
    # the very plan of 05's code cell
    notebook = plan_actions(scored(data), data.contacts, weekly_minutes=DEFAULT_WEEKLY_MINUTES,
                            start=data.today(), thank=thank)  # fmt: skip
    columns = ["contact_id", "action_key", "action", "due", "cadence_days"]
    pd.testing.assert_frame_equal(made[columns], notebook[columns])
    saved = data.workbook.plan()
    assert (saved["action_key"] == THANK_CONNECTOR.key).sum() == 1
    # on the projector the thank-you's sentence names no one
    try:
        presenter_mode(True)
        maker.make_plan()
        assert who not in maker.message.value and "4.2" in maker.message.value
    finally:
        presenter_mode(False)


def test_without_a_connector_the_plan_tab_thanks_no_one(opened_sample):
    data = opened_sample(SAMPLES[0])
    data.use_sample_answers()
    assert connectors_to_thank(data) == []
    made = PlanMaker(data).make_plan()
    assert made is not None and THANK_CONNECTOR.key not in set(made["action_key"])
