"""IR + config → every file of the generated project, formatted: the pipeline after parsing."""

from __future__ import annotations

from generator.config import Config
from generator.fixtures import fixture_files
from generator.formatting import format_files
from generator.ir import Api
from generator.ir_yaml import dump_api
from generator.openapi import dump_openapi
from generator.render import render_package
from generator.sdk_plan import build_plan

IR_SNAPSHOT = "api.ir.yaml"
OPENAPI_SNAPSHOT = "openapi.json"


def generate_files(api: Api, config: Config) -> dict[str, str]:
    """The generated project by relative path: the package, its README and pyproject, and the
    IR and OpenAPI snapshots a reviewer reads API changes from."""
    plan = build_plan(api, config)
    files = format_files(render_package(plan))
    files.update(fixture_files(plan))
    files[IR_SNAPSHOT] = dump_api(api)
    files[OPENAPI_SNAPSHOT] = dump_openapi(api)
    return files
