"""IR + config → every file of the generated project: the pipeline after parsing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from generator.config import Config
from generator.ir.model import Api
from generator.ir.openapi import dump_openapi
from generator.ir.snapshot import dump_api
from generator.release.versions import CHANGELOG, Release, next_release, regenerated_release
from generator.sdk.fixtures import fixture_files
from generator.sdk.plan import build_plan
from generator.sdk.render import render_package, runtime_files
from generator.sdk.syntax import check_python

IR_SNAPSHOT = "api.ir.yaml"
OPENAPI_SNAPSHOT = "openapi.json"


def generate_files(
    api: Api, config: Config, previous: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The generated project by relative path: the package, its README and pyproject, the IR
    and OpenAPI snapshots a reviewer reads API changes from, and CHANGELOG.md.

    `previous` is the output generated before (by relative path); the version is bumped and
    the changelog extended by what changed since.
    """
    if config.package is None:
        raise ValueError("the config names no package")
    previous = previous or {}
    snapshot = dump_api(api)
    release = next_release(api, snapshot, config.package.version, previous, IR_SNAPSHOT)
    files = _project_files(api, config, release, snapshot)
    regenerated = regenerated_release(release, previous, files)
    if regenerated is not None:
        # Rendered again with the new version, which the package's files carry.
        files = _project_files(api, config, regenerated, snapshot)
    return files


def _project_files(api: Api, config: Config, release: Release, snapshot: str) -> dict[str, str]:
    assert config.package is not None
    config = replace(config, package=replace(config.package, version=release.version))
    plan = build_plan(api, config)
    files = render_package(plan)
    check_python(files)
    files.update(runtime_files(plan))
    files.update(fixture_files(plan))
    files[CHANGELOG] = release.changelog
    files[IR_SNAPSHOT] = snapshot
    files[OPENAPI_SNAPSHOT] = dump_openapi(api)
    return files
