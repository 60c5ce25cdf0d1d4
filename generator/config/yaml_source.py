"""A config file's YAML read into data: bounded, and every problem a located error.

YAML anchors let a few lines stand for a huge value (`a: &a [x, x]`, `b: &b [*a, *a]`, ... a
"billion laughs"): the loader shares the nodes, but whatever walks the data afterwards
(validation, an `example` written into fixtures) meets every copy. So the composed node graph
is measured before it becomes data: more than MAX_YAML_VALUES values, counting each alias as
the values it stands for, or an alias inside the node it names, is an error at the line of the
smallest node past the budget. Errors never quote the file's lines, only the line number and
PyYAML's words for what is wrong: the file may not be a config at all.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from generator.config.model import ConfigError
from generator.source_files import yaml_graph_problem

MAX_YAML_VALUES = 100_000
"""Most values (scalars, lists, mappings) a config's YAML may stand for, aliases expanded;
sdkgen's own configs hold a few hundred."""

# libyaml reads a config about ten times faster than PyYAML's own Python loader, but the two
# disagree on text holding tabs, byte order marks or Unicode line breaks (libyaml accepts
# some of it, or reads it otherwise): such text keeps the Python loader. (A plain `in` per
# character: compiling the regex that says the same cost more than a config's check.)
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None
_READ_APART = ("\t", "\ufeff", "\x85", "\u2028", "\u2029")


def read_yaml(text: str, file: str) -> Any:
    """The data in YAML `text` (of `file`) as `yaml.safe_load` reads it. libyaml reads the
    text where it is installed, unless the text holds what the two read apart; libyaml also
    accepts a few odd plain scalars PyYAML refuses (`{a?b: 1}`), which then read as text.

    Raises ConfigError at the line of the problem: bad YAML (in PyYAML's words), nesting too
    deep, or aliases standing for too much."""
    try:
        if _FAST_LOADER is not None and not any(char in text for char in _READ_APART):
            try:
                return _load(text, _FAST_LOADER, file)
            except (yaml.YAMLError, UnicodeEncodeError):
                # libyaml words its errors otherwise (and cannot take a lone surrogate at
                # all): PyYAML's loader reports them.
                pass
        return _load(text, yaml.SafeLoader, file)
    except yaml.YAMLError as error:
        raise yaml_error(file, error, text) from None
    except RecursionError:
        # Composing and constructing recurse once per level of nesting.
        raise ConfigError(
            file, "", "not valid YAML: nested too deeply; flatten the lists and mappings"
        ) from None


def yaml_error(file: str, error: yaml.YAMLError, text: str) -> ConfigError:
    """PyYAML's `error` on `text` as a located ConfigError: its line, and its words for the
    problem without the snippet of the file it quotes."""
    if isinstance(error, yaml.reader.ReaderError):
        # A character YAML does not allow: PyYAML gives its position, not its line.
        line = text.count("\n", 0, error.position) + 1
        reason = f"character #x{error.character:04X} ({error.reason})"
    else:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or "cannot be read"
        context = getattr(error, "context", None)
        reason = f"{problem} ({context})" if context else problem
        line = mark.line + 1 if mark is not None else 1
    return ConfigError(file, "", f"not valid YAML: {reason}; fix the YAML at this line", line=line)


def _load(text: str, loader_class: Any, file: str) -> Any:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node, file)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_size(root: Node, file: str) -> None:
    """Refuse a graph that stands for more than MAX_YAML_VALUES values, or holds itself."""
    problem = yaml_graph_problem(root, MAX_YAML_VALUES)
    if problem is not None:
        line, message = problem
        raise ConfigError(file, "", message, line=line)


_INDEX = re.compile(r"\[([0-9]+)\]")


def key_path_line(text: str, key_path: str) -> int | None:
    """The line of `key_path` (`operations.add_order.rules[2]`) in the YAML `text`: of the
    deepest part of it the text holds, None when it holds not even the first. A key may hold
    dots and brackets itself (`corrections.response.data.items[].price`: the key
    `response.data.items[].price`): the longest key that starts the rest of the path wins."""
    try:
        node: Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    rest, line = key_path, None
    while rest and node is not None:
        index = _INDEX.match(rest)
        if isinstance(node, SequenceNode) and index and int(index[1]) < len(node.value):
            node = node.value[int(index[1])]
            line, rest = node.start_mark.line + 1, rest[index.end() :].removeprefix(".")
            continue
        if not isinstance(node, MappingNode):
            break
        starting = [
            (key, value)
            for key, value in node.value
            if isinstance(key.value, str)
            and (rest == key.value or rest.startswith((f"{key.value}.", f"{key.value}[")))
        ]
        if not starting:
            break
        key, node = max(starting, key=lambda pair: len(pair[0].value))
        line, rest = key.start_mark.line + 1, rest[len(key.value) :].removeprefix(".")
    return line
