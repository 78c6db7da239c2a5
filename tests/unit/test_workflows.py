"""Supply-chain hygiene of the CI workflows, as OpenSSF Scorecard checks it, and what they promise contributors.

Every action is pinned to a full commit SHA with its version in a comment (a tag can be moved to other code);
every job says which permissions it needs and gets no more; only the deploy job may write to Pages; the deploy
runs the contributor check and the strict build first; pull requests get annotations, test names and the site.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^\s*(?:-\s*)?uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(?:\.\d+){0,2}\s*$")


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version_in_a_comment(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(?:-\s*)?uses:", line)]
    assert lines, f"{path.name} uses no action?"
    loose = [line.strip() for line in lines if not PINNED.match(line)]
    assert not loose, f"{path.name}: pin these to a commit SHA, with the version as a comment: {loose}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_permissions_by_default_and_each_job_names_its_own(path):
    workflow = load(path)
    assert workflow.get("permissions") == {}, f"{path.name}: set `permissions: {{}}` at the top"
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"{path.name}: job {name} must name the permissions it needs"
        writes = {scope for scope, level in (job["permissions"] or {}).items() if level == "write"}
        assert writes <= ({"pages", "id-token"} if name == "deploy" else set()), f"{path.name}: job {name} may write {writes}"


def test_deploy_publishes_only_after_the_check_and_the_strict_build():
    jobs = load(ROOT / ".github" / "workflows" / "deploy.yml")["jobs"]
    runs = lambda job: " ".join(step.get("run", "") for step in jobs[job]["steps"])  # noqa: E731
    assert "make check" in runs("check") and "make build" in runs("build")
    assert jobs["build"]["needs"] == "check" and jobs["deploy"]["needs"] == "build"
    assert jobs["build"]["permissions"] == {"contents": "read"}


def test_pull_requests_get_annotations_test_names_and_the_built_site():
    workflow = load(ROOT / ".github" / "workflows" / "test.yml")
    assert "pull_request" in workflow["on"]
    jobs = workflow["jobs"]
    runs = lambda job: " ".join(step.get("run", "") for step in jobs[job]["steps"])  # noqa: E731
    assert '--format github' in runs("check") and "needs" not in jobs["check"], "the check answers on its own, first"
    assert "-vv" in runs("test"), "pytest.ini says -q; -vv lists each test by name"
    uploads = [s for s in jobs["site"]["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["path"].rstrip("/") == "site"


def test_dependabot_updates_actions_python_and_node_packages():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} == {"github-actions", "pip", "npm"}
