"""The Jinja2 templates, compiled ahead of time.

Compiling the templates (Jinja's lexer, parser and code generator) cost more than rendering
them. So every template under `templates/` has a compiled twin in
`generator/sdk/compiled_templates/`: the Python source Jinja generates for it, with the
SHA-256 of the template text it came from and the version of the Jinja that wrote it. A twin
is used only while both match (the template as it is on disk, the Jinja installed): an edited
template, or another Jinja release (whose runtime a twin's code calls into), is compiled from
its source as before, so a stale twin is never served. `python -m generator.sdk.templates`
(run by `make generate`) writes the twins anew, and a test fails while any is stale for the
Jinja that wrote them.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2


def _templates_folder() -> Path:
    """The templates: the installed package data (`generator/templates`, where a wheel puts
    the repository's templates/), else the source tree's top-level templates/ (a checkout,
    or an editable install)."""
    generator = Path(__file__).resolve().parents[1]
    installed = generator / "templates"
    return installed if installed.is_dir() else generator.parent / "templates"


TEMPLATES = _templates_folder()
COMPILED = Path(__file__).resolve().parent / "compiled_templates"
_COMPILED_PACKAGE = f"{__package__}.compiled_templates"
_PACKAGE_DOCSTRING = (
    '"""Compiled twins of templates/ (see generator.sdk.templates); generated, do not edit."""\n'
)


def environment(
    filters: dict[str, Callable[..., Any]], globals_: dict[str, Any]
) -> jinja2.Environment:
    """The environment every template renders in; templates load from their compiled twins
    where those are current."""
    env = jinja2.Environment(
        loader=_PrecompiledLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(filters)
    env.globals.update(globals_)
    return env


def template_names() -> list[str]:
    """Every template, as a name relative to `templates/`."""
    return sorted(path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.j2"))


def module_name(template: str) -> str:
    """The compiled twin's module name: `package/tests/conftest.py.j2` becomes
    `package__tests__conftest_py`."""
    return template.removesuffix(".j2").replace("/", "__").replace(".", "_").replace("-", "_")


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class _PrecompiledLoader(jinja2.FileSystemLoader):
    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        source, _, _ = self.get_source(environment, name)
        try:
            twin = importlib.import_module(f"{_COMPILED_PACKAGE}.{module_name(name)}")
        except ImportError:
            twin = None
        if (
            twin is None
            or getattr(twin, "SOURCE_SHA256", None) != source_hash(source)
            or getattr(twin, "JINJA_VERSION", None) != jinja2.__version__
        ):
            return super().load(environment, name, globals)
        return environment.template_class.from_module_dict(
            environment, twin.__dict__, environment.make_globals(globals)
        )


def write_compiled_templates(env: jinja2.Environment, target: Path = COMPILED) -> list[Path]:
    """Compile every template with `env` into `target` (replacing what is there)."""
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.py"):
        stale.unlink()
    (target / "__init__.py").write_text(_PACKAGE_DOCSTRING, encoding="utf-8")
    written = []
    for name in template_names():
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        code = env.compile(source, name, f"templates/{name}", raw=True, defer_init=True)
        path = target / f"{module_name(name)}.py"
        path.write_text(
            f"# Compiled from templates/{name} by generator.sdk.templates; do not edit.\n"
            f"SOURCE_SHA256 = {source_hash(source)!r}\n"
            f"JINJA_VERSION = {jinja2.__version__!r}\n{code}\n",
            encoding="utf-8",
        )
        written.append(path)
    return written


if __name__ == "__main__":
    from generator.sdk.render import template_environment

    for path in write_compiled_templates(template_environment()):
        print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
    sys.exit(0)
