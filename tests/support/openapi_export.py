"""An OpenAPI export validated as sdkgen writes it: every fact checked but a page's defaults.

The export keeps a `default` as the page writes it, even one that breaks its own schema
(spot order's `cancelAfter` default -1, "never", below its `minimum` of 0; the reader warns):
it is what the page says, and KuCoin's API takes it. openapi-spec-validator checks every
default against its schema; `validate_export` checks everything else the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema_path import SchemaPath
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.validators import OpenAPIV30SpecValidator


class _PageDefault(keywords.ValueValidator):
    """A schema's `default`, taken as the page wrote it."""

    def __call__(self, schema: SchemaPath, value: Any) -> Iterator[Any]:
        return iter(())


class _ExportValidator(OpenAPIV30SpecValidator):
    # The base class's own table is a plain dict too: a copy with one entry replaced.
    keyword_validators = {  # noqa: RUF012
        **OpenAPIV30SpecValidator.keyword_validators,
        "default": _PageDefault,
    }


def validate_export(document: dict[str, Any]) -> None:
    """Raise where `document` is no valid OpenAPI 3.0 document, a schema's `default` aside."""
    _ExportValidator(SchemaPath.from_dict(document)).validate()
