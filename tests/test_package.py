"""The package as a whole: public names, the contract, a light import."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import realnet_kit

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "realnet_kit"
CONTRACT = REPO.parent / "shared" / "CONTRACT.md"


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


API_REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def test_the_api_reference_lists_every_public_name_and_no_other():
    documented = set(re.findall(r"^\| `(\w+)` \|", API_REFERENCE.read_text(), re.M))
    assert documented == set(realnet_kit.__all__)


def test_the_layers_hold():
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(REPO / "pyproject.toml")) == 0


def _own_imports(path: Path, package: str) -> set[str]:
    """The modules of realnet_kit that ``path`` imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, node.module])
            found |= {f"{base}.{alias.name}" for alias in node.names} | {base}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("realnet_kit.")}


def test_no_module_imports_itself_back_through_a_circle():
    import networkx as nx

    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph = nx.DiGraph()
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for target in _own_imports(path, package):
            # A package's own __init__ runs before its modules: not a circle.
            if target in modules and not name.startswith(target):
                graph.add_edge(name, target)
    assert list(nx.simple_cycles(graph)) == []


def test_the_top_level_lists_the_foundation_and_the_stages():
    entries = [p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"]
    assert len(entries) <= 26, sorted(entries)
