"""A page's YAML blocks (the schema of a form body, which Widdershins prints as YAML) read
like its JSON blocks: every mapping a `LocatedObject` knowing its line within the block.

Only what JSON can hold is read: YAML's dates and other tags stay the text they are written
as, so a value reads the same as in a JSON block.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.diagnostics import ParseError, SourceLocation
from generator.read.json_source import LocatedObject
from generator.source_files import yaml_graph_problem

MAX_YAML_VALUES = 100_000
"""Most values a page's YAML block may stand for, aliases expanded (Widdershins writes an
anchor where a schema is shared: `a: &a1 {...}`, `b: *a1`)."""


class _LocatingLoader(yaml.SafeLoader):
    """SafeLoader whose mappings remember their line, and with no implicit timestamps."""


_LocatingLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _located_mapping(loader: _LocatingLoader, node: yaml.MappingNode) -> LocatedObject:
    loader.flatten_mapping(node)
    result = LocatedObject()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is given twice", key_node.start_mark
            )
        result[str(key)] = loader.construct_object(value_node, deep=True)
    result.line = node.start_mark.line + 1
    return result


_LocatingLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _located_mapping,
)


def load_located_yaml(file: str, first_line: int, text: str) -> Any:
    """The YAML block `text` (its first line page line `first_line`) as JSON-like values.

    Raises ParseError at the line of malformed YAML.
    """
    loader = _LocatingLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        problem = yaml_graph_problem(node, MAX_YAML_VALUES)
        if problem is not None:
            line, message = problem
            raise ParseError(SourceLocation(file, first_line + line - 1), message)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = first_line + (mark.line if mark is not None else 0)
        reason = getattr(error, "problem", None) or str(error)
        raise ParseError(SourceLocation(file, line), f"malformed YAML: {reason}") from None
    except RecursionError:
        raise ParseError(
            SourceLocation(file, first_line), "malformed YAML: nested too deeply"
        ) from None
    finally:
        loader.dispose()
