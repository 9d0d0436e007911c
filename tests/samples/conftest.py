"""Each sample's ground truth, contacts and interactions, read once for all sample tests."""

from __future__ import annotations

import pandas as pd
import pytest

import realnet_kit
from realnet_kit import list_samples, load_ground_truth, sample_path


@pytest.fixture(scope="session")
def truths() -> dict[str, dict[str, pd.DataFrame]]:
    return {name: load_ground_truth(name) for name in list_samples()}


@pytest.fixture(scope="session")
def loaded() -> dict[str, pd.DataFrame]:
    return {name: realnet_kit.load_export(sample_path(name)) for name in list_samples()}


@pytest.fixture(scope="session")
def talks() -> dict[str, pd.DataFrame]:
    return {name: realnet_kit.load_interactions(sample_path(name)) for name in list_samples()}
