"""Templates hold layout only: every decision about the API is made in Python (the plan, the
views), so no template may test anything but the tiny allow-list of layout switches below.

Each template is parsed with Jinja's own parser and its conditionals are read from the AST:
`{% if %}` and its `elif`s, `a if b else c`, a `for ... if` filter, `and`/`or` (which is how
`{{ page_group or page_title | doctext }}` escaped only its second half), and the filters
that choose between values (`default`, `select`, `selectattr`...).
"""

from __future__ import annotations

import jinja2
import pytest
from jinja2 import nodes

from generator.sdk import templates

LAYOUT_SWITCHES = frozenset({"is_async"})
"""What a template may test: whether it writes the sync or the async shape of a module."""
_CHOOSING_FILTERS = frozenset(
    {"default", "d", "select", "reject", "selectattr", "rejectattr", "first", "last"}
)


def conditionals_about_the_api(source: str) -> list[str]:
    """Every conditional in the template `source` that tests more than a layout switch, as
    the source text's line and what it is."""
    tree = jinja2.Environment().parse(source)
    found = []
    for node in tree.find_all((nodes.If, nodes.CondExpr, nodes.For)):
        test = getattr(node, "test", None)  # a `for` without an `if` has None
        if test is not None and not _is_layout_switch(test):
            found.append(f"line {node.lineno}: {type(node).__name__} tests {_names(test)}")
    for node in tree.find_all((nodes.And, nodes.Or)):
        found.append(f"line {node.lineno}: {type(node).__name__.lower()}")
    for node in tree.find_all(nodes.Filter):
        if node.name in _CHOOSING_FILTERS:
            found.append(f"line {node.lineno}: filter {node.name}")
    return found


def _is_layout_switch(test: nodes.Node) -> bool:
    """`is_async`, or an attribute called so (`view.is_async`), alone or negated."""
    if isinstance(test, nodes.Not):
        return _is_layout_switch(test.node)
    if isinstance(test, nodes.Name):
        return test.name in LAYOUT_SWITCHES
    return isinstance(test, nodes.Getattr) and test.attr in LAYOUT_SWITCHES


def _names(test: nodes.Node) -> list[str]:
    """The names and attributes the test reads (`op`, `deprecated`)."""
    found = [test, *test.find_all((nodes.Name, nodes.Getattr))]
    names = {n.name for n in found if isinstance(n, nodes.Name)}
    return sorted(names | {n.attr for n in found if isinstance(n, nodes.Getattr)})


@pytest.mark.parametrize("name", templates.template_names())
def test_no_template_tests_anything_but_a_layout_switch(name: str) -> None:
    source = (templates.TEMPLATES / name).read_text(encoding="utf-8")
    assert conditionals_about_the_api(source) == []


@pytest.mark.parametrize(
    "source",
    [
        "{% if op.deprecated %}warnings.warn(...){% endif %}",
        "{% if view.is_async %}a{% elif op.deprecated %}b{% endif %}",
        '{{ "x" if op.deprecated else "y" }}',
        "{{ page_group or page_title | doctext }}",
        "{% if view.is_async and op.deprecated %}a{% endif %}",
        "{% for op in operations if op.request_model %}{{ op }}{% endfor %}",
        '{{ operations | selectattr("pagination") | list }}',
        '{{ view.server_time_path | default("its server-time path") }}',
    ],
)
def test_a_conditional_about_the_api_is_found(source: str) -> None:
    assert conditionals_about_the_api(source) != []


@pytest.mark.parametrize(
    "source",
    [
        '{{ "await " if view.is_async else "" }}',
        "{% if is_async %}async {% endif %}def",
        "{% if not view.is_async %}yield from items{% endif %}",
        "{% for line in view.import_lines %}{{ line }}{% endfor %}",
    ],
)
def test_a_layout_switch_or_a_loop_is_allowed(source: str) -> None:
    assert conditionals_about_the_api(source) == []
