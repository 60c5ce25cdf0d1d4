"""Whether a union's discriminator can pick its variant: one rule for the reader, which warns
when it cannot, and the SDK plan, which then validates a plain union.

A discriminator picks the variant when every variant is an object fixing the discriminator
property to a value of its own: a one-value string enum, distinct across the variants, and
plain enough to be written into a `Literal[...]` as it is. A Widdershins page inlines every
`$ref`, so the document's `mapping` cannot name the variants; their own schemas must.
"""

from __future__ import annotations

import re

from generator.ir.intersections import merged
from generator.ir.model import Schema

PLAIN_TAG = re.compile(r"^[A-Za-z0-9_.:-]+$")
"""A discriminator value written into a `Literal[...]` as it is: nothing to escape."""


def discriminator_tags(schema: Schema) -> tuple[str, tuple[str, ...]] | None:
    """The discriminator's wire name and each variant's value of it, in variant order; None
    when the schema names no discriminator or it cannot pick the variant."""
    tags, _ = _examine(schema)
    return tags


def unusable_discriminator(schema: Schema) -> str | None:
    """Why the schema's discriminator cannot pick its variant, for a warning; None when it
    can, or when the schema names none."""
    _, why = _examine(schema)
    return why


def _examine(schema: Schema) -> tuple[tuple[str, tuple[str, ...]] | None, str | None]:
    if schema.discriminator is None:
        return None, None
    name = schema.discriminator.property_name
    tags: list[str] = []
    for number, variant in enumerate(map(merged, schema.variants), start=1):
        prop = variant.find_property(name)
        if prop is None or len(prop.enum) != 1 or not isinstance(prop.enum[0].value, str):
            return None, f"variant {number} does not fix {name!r} to one text value"
        if prop.enum[0].value in tags:
            return None, f"variants share the value {prop.enum[0].value!r} of {name!r}"
        if not PLAIN_TAG.match(prop.enum[0].value):
            return None, f"the value {prop.enum[0].value!r} of {name!r} is not plain text"
        tags.append(prop.enum[0].value)
    return (name, tuple(tags)), None
