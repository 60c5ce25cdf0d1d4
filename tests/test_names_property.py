"""Random wire names always give code that compiles, imports and round-trips them by alias;
operations never share a method name with each other, a pager or the client."""

from __future__ import annotations

import importlib
import keyword
import sys
from dataclasses import replace
from enum import Enum
from itertools import count
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import load_config
from generator.ir.model import (
    Api,
    EnumValue,
    Operation,
    Parameter,
    Property,
    RequestBody,
    Response,
    Schema,
)
from generator.output.write import write_tree
from generator.sdk.generate import generate_files
from tests.conftest import SEED

CONFIG = replace(load_config(SEED.with_suffix(".yaml")), operations={})
_packages = count()

names = st.text(min_size=1, max_size=12).filter(lambda text: text.strip() == text)


def _api(body_names: list[str], query_name: str, enum_value: str, summary: str) -> Api:
    body = Schema(
        type="object",
        properties=tuple(Property(name, Schema(type="string")) for name in body_names),
    )
    data = Schema(
        type="object",
        properties=(
            Property(
                "data",
                Schema(
                    type="object",
                    properties=(
                        Property(
                            body_names[0], Schema(type="string", enum=(EnumValue(enum_value),))
                        ),
                    ),
                ),
            ),
        ),
    )
    operation = Operation(
        slug="op",
        method="POST",
        path="/x",
        summary=summary,
        parameters=(Parameter(query_name, "query", False, Schema(type="string")),),
        request_body=RequestBody(body),
        responses=(Response("200", None, data),),
    )
    return Api(title="t", version="1.0.0", operations=(operation,))


@settings(max_examples=20)
@given(
    body_names=st.lists(names, min_size=1, max_size=4, unique=True),
    query_name=names,
    enum_value=st.text(max_size=10),
    summary=st.text(min_size=1, max_size=20).filter(lambda s: any(c.isalnum() for c in s)),
)
def test_random_names_compile_import_and_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    body_names: list[str],
    query_name: str,
    enum_value: str,
    summary: str,
) -> None:
    if query_name in body_names:
        return  # one input per wire name: the page cannot have both
    package = f"names_{next(_packages)}"
    assert CONFIG.package is not None, "the seed's config names its package"
    config = replace(CONFIG, package=replace(CONFIG.package, name=package))
    out = tmp_path_factory.mktemp("names")
    write_tree(out, generate_files(_api(body_names, query_name, enum_value, summary), config))
    sys.path.insert(0, str(out / "src"))
    try:
        models = importlib.import_module(f"{package}.models")
        importlib.import_module(f"{package}.client")
        request_model = next(iter(models.REQUEST_MODELS.values()))
        given_values = {name: f"v{index}" for index, name in enumerate(body_names)}
        given_values[query_name] = "q"
        request = request_model.model_validate(given_values)
        assert request.model_dump(by_alias=True, exclude_unset=True) == given_values
        enums = importlib.import_module(f"{package}.enums")
        values = [
            member.value
            for cls in vars(enums).values()
            if isinstance(cls, type) and issubclass(cls, Enum) and cls.__module__ == enums.__name__
            for member in cls
        ]
        assert enum_value in values
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]


def test_generated_output_holds_no_absolute_paths_or_timestamps(tmp_path: Path) -> None:
    from generator.read.parse import parse_file

    files = generate_files(parse_file(SEED).api, load_config(SEED.with_suffix(".yaml")))
    text = "\n".join(files.values())
    for fragment in (str(Path.cwd()), str(tmp_path), str(SEED.parent), "/tmp/", "/home/"):
        assert fragment not in text
    for year in ("2025-", "2026-", "2027-"):
        assert year not in text


@settings(max_examples=100)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=5))
def test_snake_case_answers_from_its_cache_what_it_works_out_anew(texts: list[str]) -> None:
    from generator.naming import snake_case

    for text in [*texts, *texts]:  # the second round comes from the cache
        assert snake_case(text) == snake_case.__wrapped__(text)


_SUMMARY_WORDS = ("iter", "get", "order", "list", "with", "options", "close", "op", "24hr")


@settings(max_examples=300)
@given(
    slugs=st.lists(
        st.lists(st.sampled_from(_SUMMARY_WORDS), min_size=1, max_size=4).map("_".join),
        min_size=1,
        max_size=8,
        unique=True,
    ),
    data=st.data(),
)
def test_operations_never_share_a_name_with_each_other_a_pager_or_the_client(
    slugs: list[str], data: st.DataObject
) -> None:
    from generator.naming import method_identifier, method_names
    from generator.sdk.plan import _RESERVED_METHOD_NAMES

    paginated = data.draw(st.lists(st.sampled_from(slugs), unique=True))
    found = method_names(slugs, paginated, _RESERVED_METHOD_NAMES)

    methods = [found[slug].name for slug in slugs]
    pagers = [f"iter_{found[slug].name}" for slug in paginated]
    assert len(set(methods + pagers)) == len(methods) + len(pagers), found
    assert not set(methods + pagers) & _RESERVED_METHOD_NAMES
    for slug in slugs:
        name = found[slug]
        assert name.name.isidentifier() and not keyword.iskeyword(name.name)
        # A renamed operation says why in its documentation; the others keep their name.
        assert (name.renamed_because is None) == (name.name == method_identifier(slug)), name
    reordered = method_names(reversed(slugs), paginated, _RESERVED_METHOD_NAMES)
    plain = [slug for slug in slugs if method_identifier(slug) == slug]
    assert {s: reordered[s] for s in plain} == {s: found[s] for s in plain}


def test_the_reserved_method_names_cover_the_client_classes() -> None:
    from generator.runtime._client import (
        AsyncClientBase,
        AsyncService,
        SyncClientBase,
        SyncService,
    )
    from generator.sdk.plan import _RESERVED_METHOD_NAMES

    for client in (SyncClientBase, AsyncClientBase, SyncService, AsyncService):
        public = {name for name in dir(client) if not name.startswith("_")}
        assert public <= _RESERVED_METHOD_NAMES, public - _RESERVED_METHOD_NAMES
