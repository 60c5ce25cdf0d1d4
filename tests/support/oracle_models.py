"""datamodel-code-generator's reading of a page: a second set of models, built from sdkgen's
OpenAPI export by a tool that shares no code with sdkgen, for tests/test_oracle.py.

For every operation of the export, this module names the schemas a request and a response
are checked against (the path parameters, the query parameters, the JSON body, the envelope's
`data`), puts each, verbatim, under a name of its own in `components/schemas` of an OpenAPI
3.0 document, and has datamodel-code-generator turn that document into pydantic v2 models.
Naming the schemas ourselves gives a clean mapping from an operation to the class of each
part, where generating from `paths` would leave us guessing the names it derives from paths.
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from typing import Any

from datamodel_code_generator import (
    Formatter,
    InputFileType,
    OpenAPIScope,
    PythonVersion,
    generate,
)
from datamodel_code_generator.enums import DataModelType
from pydantic import TypeAdapter

PARTS = ("path", "query", "body", "data")
"""The parts of an operation that have a schema: where each input goes, and the response."""


@dataclass(frozen=True)
class OracleOperation:
    """One operation as the oracle reads it: a type (a model, a root model or an enum) for
    each part the operation has, by part name."""

    method: str
    path: str
    types: dict[str, Any]

    def adapter(self, part: str) -> TypeAdapter[Any] | None:
        """A validator for `part`, or None when the operation has no such part."""
        annotation = self.types.get(part)
        return None if annotation is None else TypeAdapter(annotation)


def part_schemas(openapi: dict[str, Any], data_key: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The schema of every part of every operation, by (METHOD, path) and part name.

    Parameters of one place become the properties of one object schema, required where the
    parameter is; the body and the envelope's `data` are taken as the export gives them."""
    parts: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            schemas: dict[str, Any] = {}
            for place in ("path", "query"):
                parameters = [p for p in operation.get("parameters", []) if p["in"] == place]
                if parameters:
                    schemas[place] = {
                        "type": "object",
                        "properties": {p["name"]: p["schema"] for p in parameters},
                        "required": [p["name"] for p in parameters if p.get("required")],
                    }
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                schemas["body"] = body["schema"]
            answer = operation["responses"].get("200", {}).get("content", {})
            envelope = answer.get("application/json", {}).get("schema")
            if envelope is not None:
                # The SDK returns the envelope's `data`; a response without one is all data.
                schemas["data"] = envelope.get("properties", {}).get(data_key, envelope)
            parts[(method.upper(), path)] = schemas
    return parts


def oracle_source(
    openapi: dict[str, Any], data_key: str
) -> tuple[str, dict[tuple[str, str], dict[str, str]]]:
    """The Python source datamodel-code-generator writes for the page's parts, and the class
    name of every part by (METHOD, path) and part name."""
    components: dict[str, Any] = {}
    names: dict[tuple[str, str], dict[str, str]] = {}
    for number, (key, schemas) in enumerate(part_schemas(openapi, data_key).items(), 1):
        names[key] = {}
        for part, schema in schemas.items():
            # Names of our own: the generator names nested models after their properties
            # (`Event`, `Item`), which no `OperationN...` name can clash with.
            name = f"Operation{number}{part.title()}"
            components[name] = schema
            names[key][part] = name
    document = {
        "openapi": openapi["openapi"],
        "info": openapi["info"],
        "paths": {},
        "components": {"schemas": components},
    }
    source = generate(
        document,
        input_file_type=InputFileType.OpenAPI,
        openapi_scopes=[OpenAPIScope.Schemas],
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        # The request models reject unknown names, as sdkgen's do; for a response this is
        # stricter than sdkgen (which keeps them), and the test allows for that.
        extra_fields="forbid",
        # The source is executed, never read: the built-in formatter is the fast one.
        formatters=[Formatter.BUILTIN],
        disable_timestamp=True,
    )
    assert isinstance(source, str)
    return source, names


def oracle_operations(
    openapi: dict[str, Any], data_key: str, module_name: str
) -> dict[tuple[str, str], OracleOperation]:
    """datamodel-code-generator's models of every operation, by (METHOD, path); their module
    is registered as `module_name`, so that pydantic resolves the annotations in it."""
    source, names = oracle_source(openapi, data_key)
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    exec(compile(source, f"<{module_name}>", "exec"), module.__dict__)
    return {
        key: OracleOperation(
            key[0], key[1], {part: getattr(module, name) for part, name in parts.items()}
        )
        for key, parts in names.items()
    }


def export(text: str) -> dict[str, Any]:
    """The OpenAPI export, as `sdkgen openapi` prints it, read back."""
    document = json.loads(text)
    assert isinstance(document, dict)
    return document
