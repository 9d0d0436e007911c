"""A room rehearsed on one laptop: participants' homes and one shared room folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def room(tmp_path, monkeypatch) -> Path:
    """An empty room folder offered to every participant of the test (REALNET_ROOM)."""
    folder = tmp_path / "room"
    folder.mkdir()
    monkeypatch.delenv("REALNET_ROOM_OFFER", raising=False)
    monkeypatch.setenv("REALNET_ROOM", str(folder))
    return folder


@pytest.fixture
def participant(tmp_path, monkeypatch):
    """``participant("ana")`` points REALNET_HOME at that participant's own home."""

    def sit(name: str) -> Path:
        home = tmp_path / f"home-{name}"
        home.mkdir(mode=0o700, exist_ok=True)
        monkeypatch.setenv("REALNET_HOME", str(home))
        return home

    return sit
