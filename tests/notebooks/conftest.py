"""The notebook tests' fixture: each sample's notebooks executed once, shared by every test."""

from __future__ import annotations

from pathlib import Path

import pytest
from _notebook_harness import _RUNS, SampleRun, run_sample


@pytest.fixture(scope="session")
def sample_runs(tmp_path_factory):
    """``sample_runs(name)``: the notebooks executed on that sample, shared by every test."""

    def get(sample: str) -> SampleRun:
        if sample in _RUNS:
            return run_sample(sample, Path())
        return run_sample(sample, tmp_path_factory.mktemp(f"run-{sample}"))

    return get
