"""Opening the workshop: the environment check, choosing a source, loading it."""

from __future__ import annotations

import pytest

from realnet_kit import session


def test_versions_name_python_and_the_workshop_libraries():
    versions = session.package_versions()
    assert versions["python"].startswith("3.")
    for name in session.CHECKED_PACKAGES:
        assert versions[name] != "missing", name


def test_environment_box_turns_green_only_when_a_browser_reports_a_view():
    box = session.environment_box()
    assert "Checking" in box.value
    box._view_count = 0  # a browser that has not drawn it yet
    assert "Checking" in box.value
    box._view_count = 1  # the browser reports one view: the round trip works
    assert "Widgets work" in box.value


def test_check_environment_prints_versions_and_the_workbook_folder(capsys, realnet_home):
    session.check_environment()
    out = capsys.readouterr().out
    assert "pandas" in out and "ipywidgets" in out
    assert str(realnet_home) in out
    assert "Everything the workshop needs is installed." in out


def test_realnet_home_follows_the_environment(realnet_home):
    assert session.realnet_home() == realnet_home


@pytest.mark.parametrize("path", ["~/Downloads/my-linkedin.zip", "/tmp/export.zip"])
def test_a_path_is_never_overridden_by_the_room_sample(monkeypatch, path):
    monkeypatch.setenv(session.SAMPLE_VARIABLE, "bakery")
    assert session.workshop_source(path) == path
