"""What can be checked offline in docs/deploy.md: the Helm values, the links, the snippets."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

yaml = pytest.importorskip("yaml")

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "docs" / "deploy"
GUIDE = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
INIT = (REPO / "realnet_kit" / "config.py").read_text(encoding="utf-8")
VERSION_TAG = "v" + re.search(r'__version__ = "(.+?)"', INIT)[1]


def _links() -> dict[str, str]:
    rows = (DEPLOY / "links.txt").read_text(encoding="utf-8").splitlines()
    return dict(r.split(" ", 1) for r in rows if r.strip() and not r.startswith("#"))


def test_helm_values_parse_and_keep_workbooks_in_the_persistent_home():
    values = yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))
    single = values["singleuser"]
    home = single["storage"]["homeMountPath"]
    assert single["storage"]["type"] == "dynamic"
    assert single["extraEnv"]["REALNET_HOME"].startswith(home + "/")
    assert single["image"]["tag"] == VERSION_TAG
    assert single["defaultUrl"] == "/lab"
    assert values["cull"]["enabled"] is True
    assert isinstance(values["cull"]["timeout"], int)


def test_the_guide_quotes_the_checked_files_verbatim():
    dockerfile = [
        line
        for line in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert "\n".join(dockerfile) in GUIDE
    setup = (DEPLOY / "tljh-setup.sh").read_text(encoding="utf-8")
    commands = setup.split("set -euo pipefail\n", 1)[1].strip()
    assert commands in GUIDE
    for link in _links().values():
        assert link in GUIDE


def test_tljh_commands_use_real_config_keys():
    setup = (DEPLOY / "tljh-setup.sh").read_text(encoding="utf-8")
    keys = re.findall(r"tljh-config (?:set|add-item) (\S+)", setup)
    known_prefixes = ("user_environment.", "limits.", "services.cull.", "auth.", "https.")
    assert keys and all(k.startswith(known_prefixes) for k in keys), keys
    assert "tljh-config reload hub" in setup
    assert f"@{VERSION_TAG}" in setup


def test_binder_link_is_pinned_to_the_release_and_opens_the_start_notebook():
    url = urlsplit(_links()["binder"])
    assert url.netloc == "mybinder.org"
    _owner, _name, ref = url.path.removeprefix("/v2/gh/").split("/")
    assert ref == VERSION_TAG, "pin Binder to a release tag, not HEAD or a branch"
    urlpath = parse_qs(url.query)["urlpath"][0]
    assert urlpath.startswith("lab/tree/")
    assert (REPO / urlpath.removeprefix("lab/tree/")).is_file()


def test_nbgitpuller_link_clones_the_repo_and_opens_the_start_notebook():
    url = urlsplit(_links()["nbgitpuller"])
    assert url.scheme == "https"
    assert url.path == "/hub/user-redirect/git-pull"
    query = parse_qs(url.query)
    assert set(query) == {"repo", "branch", "urlpath"}
    repo = urlsplit(query["repo"][0])
    assert repo.scheme == "https" and repo.netloc == "github.com"
    folder = repo.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    urlpath = query["urlpath"][0]
    assert urlpath.startswith(f"lab/tree/{folder}/")
    assert (REPO / urlpath.removeprefix(f"lab/tree/{folder}/")).is_file()
    assert not query["branch"][0].startswith("v"), "nbgitpuller follows a branch, not a tag"
    # The raw link is URL-encoded: no bare slashes inside the query's values.
    assert "repo=https%3A%2F%2F" in url.query


def test_only_the_install_password_claims_the_hub_admin_name(monkeypatch):
    """The Zero to JupyterHub sign-up cannot make a stranger the facilitator (admin)."""
    import sys
    import types

    hub = yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))["hub"]
    assert hub["extraEnv"]["REALNET_FACILITATOR_PASSWORD"] == ""  # set at install only
    assert "--set-string hub.extraEnv.REALNET_FACILITATOR_PASSWORD=" in GUIDE
    admins = hub["config"]["Authenticator"]["admin_users"]

    class NativeAuthenticator:  # stands in for nativeauthenticator's sign-up
        admin_users = frozenset(admins)

        def normalize_username(self, name):
            return name.lower()

        def create_user(self, username, password, **kwargs):
            return {"username": username}

    monkeypatch.setitem(
        sys.modules,
        "nativeauthenticator",
        types.SimpleNamespace(NativeAuthenticator=NativeAuthenticator),
    )
    config = types.SimpleNamespace(JupyterHub=types.SimpleNamespace())
    for code in hub["extraConfig"].values():
        exec(code, {"c": config})  # our own committed config snippet
    auth = config.JupyterHub.authenticator_class()

    monkeypatch.delenv("REALNET_FACILITATOR_PASSWORD", raising=False)
    assert auth.create_user("Facilitator", "anything at all") is None
    monkeypatch.setenv("REALNET_FACILITATOR_PASSWORD", "the one from the install")
    assert auth.create_user("facilitator", "a guess") is None
    assert auth.create_user("facilitator", "the one from the install") is not None
    assert auth.create_user("amara", "her own password") is not None
