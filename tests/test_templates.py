"""The templates' compiled twins (generator/sdk/compiled_templates) are current, and a twin
is never served for a template that changed since it was compiled, nor under another Jinja."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from generator.sdk import templates
from generator.sdk.render import template_environment
from generator.sdk.views import PyprojectView


def _twin_versions() -> set[str]:
    versions = set()
    for path in templates.COMPILED.glob("package__*.py"):
        found = re.search(r"^JINJA_VERSION = '([^']+)'$", path.read_text(), re.M)
        assert found is not None, f"{path.name} records no Jinja version"
        versions.add(found.group(1))
    return versions


def test_every_compiled_twin_is_current(tmp_path: Path) -> None:
    # Written by another Jinja, the twins are not served (the next test): a Jinja release
    # makes generation slower, never wrong, and `make generate` writes them anew.
    if _twin_versions() != {jinja2.__version__}:
        pytest.skip(f"the twins were written by Jinja {_twin_versions()}, not this one")
    fresh = tmp_path / "compiled"
    templates.write_compiled_templates(template_environment(), fresh)
    committed = {p.name: p.read_text() for p in templates.COMPILED.glob("*.py")}
    expected = {p.name: p.read_text() for p in fresh.glob("*.py")}
    assert (
        committed == expected
    ), "templates changed: run `make generate` (or python -m generator.sdk.templates)"


def test_a_twin_written_by_another_jinja_is_not_served(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loader = templates._PrecompiledLoader(templates.TEMPLATES)
    env = template_environment()
    served = loader.load(env, "package/pyproject.toml.j2")
    assert str(served.filename).endswith("compiled_templates/package__pyproject_toml.py")
    monkeypatch.setattr(jinja2, "__version__", "9.9.9")
    compiled = loader.load(env, "package/pyproject.toml.j2")
    assert str(compiled.filename).endswith("templates/package/pyproject.toml.j2")


def test_a_twin_whose_template_changed_is_not_served(tmp_path: Path) -> None:
    edited = tmp_path / "templates"
    for name in templates.template_names():
        (edited / name).parent.mkdir(parents=True, exist_ok=True)
        (edited / name).write_text((templates.TEMPLATES / name).read_text())
    pyproject = edited / "package" / "pyproject.toml.j2"
    pyproject.write_text(pyproject.read_text() + "# edited\n")
    env = template_environment()
    env.loader = templates._PrecompiledLoader(edited)
    view = PyprojectView('"d"', '"1.0.0"', '"s"', '"p"', "p", '"p.pytest_plugin"')
    text = env.get_template(view.template).render(view=view)
    assert text.endswith("# edited\n")
