"""IR + config → every file of the generated project: the pipeline after parsing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator.config import Config
from generator.ir.model import Api
from generator.ir.openapi import dump_openapi
from generator.ir.snapshot import dump_api
from generator.release.versions import (
    CHANGELOG,
    Provenance,
    Release,
    Snapshot,
    next_release,
    regenerated_release,
)
from generator.sdk.compose import PageInput, build_package_plan, service_layout
from generator.sdk.fixtures import fixture_files
from generator.sdk.render import render_package, runtime_files
from generator.sdk.syntax import check_python


def generate_files(
    api: Api, config: Config, previous: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The project generated from one page: its client serves the page's operations."""
    return generate_package(config, [PageInput(None, api, config)], previous)


def generate_package(
    config: Config,
    pages: Sequence[PageInput],
    previous: Mapping[str, str] | None = None,
    provenance: Provenance | None = None,
) -> dict[str, str]:
    """The generated project by relative path: the package, its README and pyproject, the IR
    and OpenAPI snapshots a reviewer reads API changes from, and CHANGELOG.md. `pages` are
    one page (service None: the client serves it itself) or several (each a service of the
    client).

    `previous` is the output generated before (by relative path); the version is bumped and
    the changelog extended by what changed since; where only the code changed, the entry
    says why from `provenance` (what made the previous output and makes this one).
    """
    if config.package is None:
        raise ValueError("the config names no package")
    previous = previous or {}
    snapshots = []
    for page in pages:
        layout = service_layout(config.package.name, page.service)
        snapshots.append(Snapshot(layout.snapshot_path, page.service, page.api, dump_api(page.api)))
    release = next_release(
        snapshots,
        config.package.version,
        previous,
        config.package.distribution,
        provenance,
    )
    files = _project_files(config, pages, release, snapshots)
    regenerated = regenerated_release(release, previous, files, provenance)
    if regenerated is not None:
        # Rendered again with the new version, which the package's files carry.
        files = _project_files(config, pages, regenerated, snapshots)
    return files


def _project_files(
    config: Config, pages: Sequence[PageInput], release: Release, snapshots: Sequence[Snapshot]
) -> dict[str, str]:
    assert config.package is not None
    package = replace(config.package, version=release.version)
    pages = [replace(page, config=replace(page.config, package=package)) for page in pages]
    plan = build_package_plan(replace(config, package=package), pages)
    files = render_package(plan)
    check_python(files)
    files.update(runtime_files(plan))
    files.update(fixture_files(plan))
    files[CHANGELOG] = release.changelog
    for service, snapshot in zip(plan.services, snapshots, strict=True):
        files[service.layout.snapshot_path] = snapshot.text
        files[service.layout.openapi_path] = dump_openapi(snapshot.api)
    return files
