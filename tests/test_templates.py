"""The templates' compiled twins (generator/sdk/compiled_templates) are current, and a twin
is never served for a template that changed since it was compiled."""

from __future__ import annotations

from pathlib import Path

from generator.sdk import templates
from generator.sdk.render import template_environment


def test_every_compiled_twin_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "compiled"
    templates.write_compiled_templates(template_environment(), fresh)
    committed = {p.name: p.read_text() for p in templates.COMPILED.glob("*.py")}
    expected = {p.name: p.read_text() for p in fresh.glob("*.py")}
    assert (
        committed == expected
    ), "templates changed: run `make generate` (or python -m generator.sdk.templates)"


def test_a_twin_whose_template_changed_is_not_served(tmp_path: Path) -> None:
    edited = tmp_path / "templates"
    for name in templates.template_names():
        (edited / name).parent.mkdir(parents=True, exist_ok=True)
        (edited / name).write_text((templates.TEMPLATES / name).read_text())
    pyproject = edited / "package" / "pyproject.toml.j2"
    pyproject.write_text(pyproject.read_text() + "# edited\n")
    env = template_environment()
    env.loader = templates._PrecompiledLoader(edited)
    text = env.get_template("package/pyproject.toml.j2").render(
        distribution="d", version="1.0.0", summary="s", package="p", packages=["p"]
    )
    assert text.endswith("# edited\n")
