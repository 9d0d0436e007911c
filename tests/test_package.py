"""The package as a whole: public names, the contract, a light import."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import realnet_kit

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "CONTRACT.md"


def contract_names() -> set[str]:
    text = CONTRACT.read_text(encoding="utf-8")
    return set(re.findall(r"realnet_kit\.([A-Za-z_][A-Za-z0-9_]*)", text))


@pytest.mark.skipif(not CONTRACT.exists(), reason="shared/CONTRACT.md is not beside the repo")
def test_every_contract_name_is_public():
    missing = contract_names() - set(realnet_kit.__all__)
    assert not missing, f"CONTRACT.md names missing from realnet_kit.__all__: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(realnet_kit.__all__))
def test_every_public_name_resolves(name):
    assert getattr(realnet_kit, name) is not None


def test_all_has_no_duplicates():
    assert len(realnet_kit.__all__) == len(set(realnet_kit.__all__))


def test_unknown_name_raises_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        realnet_kit.nope  # noqa: B018


def test_version_is_a_release_number():
    assert re.fullmatch(r"\d+\.\d+\.\d+(\w+\d*)?", realnet_kit.__version__)


def test_import_is_light():
    """Heavy libraries are imported where used, not by ``import realnet_kit``."""
    code = (
        "import sys, realnet_kit; "
        "heavy = [m for m in ('matplotlib', 'networkx', 'ipywidgets', 'pandas', 'jupyterlab',"
        " 'icalendar', 'rapidfuzz', 'tqdm', 'vobject') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_export_format_error_names_the_file_and_member():
    err = realnet_kit.ExportFormatError(
        "archive.zip", "the JSON stops in the middle", "Download it again.", member="data/a.js"
    )
    assert isinstance(err, ValueError)
    assert err.path.name == "archive.zip"
    assert "data/a.js" in str(err) and "Download it again." in str(err)
