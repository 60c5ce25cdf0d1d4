"""Random wire names always give code that compiles, imports and round-trips them by alias;
every model's attributes stand for its wire names one to one, shadow nothing of pydantic's,
and no key names two fields; operations never share a method name with each other, a pager
or the client."""

from __future__ import annotations

import importlib
import keyword
import subprocess
import sys
import warnings
from collections.abc import Callable
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
from generator.naming import CLIENT_ATTRIBUTES, python_identifier
from generator.output.write import write_tree
from generator.runtime._base import RequestModel, ResponseModel
from generator.sdk.compose import build_plan
from generator.sdk.generate import generate_files
from generator.sdk.plan_model import SdkPlan
from tests.support.pages import REPO, SEED

CONFIG = replace(load_config(SEED.with_suffix(".yaml")), operations={})
_packages = count()

names = st.text(min_size=1, max_size=12).filter(lambda text: text.strip() == text)

_WORDS = (
    *("order", "id", "client", "oid", "model", "dump", "config", "fields", "json", "copy"),
    *("schema", "class", "type", "self", "items", "1st", "x", "validate", "body", "2"),
)


def _camel(words: list[str]) -> str:
    return words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])


_SPELLINGS: dict[str, Callable[[list[str]], str]] = {
    "camel": _camel,
    "pascal": lambda words: _camel(["", *words]),
    "snake": "_".join,
    "dash": "-".join,
    "upper": lambda words: "_".join(words).upper(),
    "trailing": lambda words: "_".join(words) + "_",
}
_TRICKY = sorted(
    {*keyword.kwlist, *keyword.softkwlist, "model_dump", "model_config", "model_fields"}
    | {"model_validate", "model_", "dict", "schema_json", "from_orm", "self", "cls", "str"}
)


def _spelt(words: list[str], spelling: str) -> str:
    return _SPELLINGS[spelling](words)


wire_names = st.one_of(
    st.builds(
        _spelt,
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
        st.sampled_from(sorted(_SPELLINGS)),
    ),
    st.sampled_from(_TRICKY),
    names,
)
"""Wire names as pages write them, drawn from few words so that spellings of one name
(`clientOid`, `client_oid`, `client-oid`, `CLIENT_OID`) meet in one model."""


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
    body_names=st.lists(wire_names, min_size=1, max_size=4, unique=True),
    query_name=wire_names,
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
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # pydantic warns of a field in its namespace
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


def _plan_of(query_names: list[str], body_names: list[str]) -> SdkPlan:
    strings = tuple(Property(name, Schema(type="string")) for name in body_names)
    data = Schema(
        type="object", properties=(Property("data", Schema(type="object", properties=strings)),)
    )
    operation = Operation(
        slug="op",
        method="POST",
        path="/x",
        summary="Op",
        parameters=tuple(
            Parameter(name, "query", False, Schema(type="string")) for name in query_names
        ),
        request_body=RequestBody(Schema(type="object", properties=strings)),
        responses=(Response("200", None, data),),
    )
    return build_plan(Api(title="t", version="1.0.0", operations=(operation,)), CONFIG)


_PYDANTIC_NAMES = frozenset(dir(RequestModel)) | frozenset(dir(ResponseModel))


@settings(max_examples=300)
@given(
    query_names=st.lists(wire_names, max_size=4, unique=True),
    body_names=st.lists(wire_names, min_size=1, max_size=6, unique=True),
)
def test_every_model_maps_attributes_to_wire_names_one_to_one(
    query_names: list[str], body_names: list[str]
) -> None:
    plan = _plan_of(query_names, body_names)

    request, response = plan.services[0].models
    assert {(f.location, f.alias) for f in request.fields} == {
        *(("query", name) for name in query_names),
        *(("body", name) for name in body_names),
    }
    assert [f.alias for f in response.fields] == body_names
    # A wire name that is a fine attribute is its own field's, whatever the order of fields.
    for field in response.fields:
        assert field.attr == field.alias or python_identifier(field.alias) != field.alias
    for model in plan.services[0].models:
        attrs = [field.attr for field in model.fields]
        assert len(set(attrs)) == len(attrs), attrs
        for field in model.fields:
            assert field.attr.isidentifier() and not keyword.iskeyword(field.attr), field
            assert not field.attr.startswith("model_"), field  # pydantic's namespace
            assert field.attr not in _PYDANTIC_NAMES, field
            # A key (attribute or wire name) that names this field names no other.
            for key in {field.attr, field.alias} if field.alias_is_unique else {field.attr}:
                named = [
                    f.attr
                    for f in model.fields
                    if f.attr == key or (f.alias == key and f.alias_is_unique)
                ]
                assert named in ([], [field.attr]), (key, named)


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

    paginated = data.draw(st.lists(st.sampled_from(slugs), unique=True))
    found = method_names(slugs, paginated, CLIENT_ATTRIBUTES)

    methods = [found[slug].name for slug in slugs]
    pagers = [f"iter_{found[slug].name}" for slug in paginated]
    assert len(set(methods + pagers)) == len(methods) + len(pagers), found
    assert not set(methods + pagers) & CLIENT_ATTRIBUTES
    for slug in slugs:
        name = found[slug]
        assert name.name.isidentifier() and not keyword.iskeyword(name.name)
        # A renamed operation says why in its documentation; the others keep their name.
        assert (name.renamed_because is None) == (name.name == method_identifier(slug)), name
    reordered = method_names(reversed(slugs), paginated, CLIENT_ATTRIBUTES)
    plain = [slug for slug in slugs if method_identifier(slug) == slug]
    assert {s: reordered[s] for s in plain} == {s: found[s] for s in plain}


def test_the_reserved_names_cover_pydantic_and_the_client_classes() -> None:
    from generator.runtime._client import (
        AsyncClientBase,
        AsyncService,
        SyncClientBase,
        SyncService,
    )

    for name in sorted(_PYDANTIC_NAMES):
        assert python_identifier(name) not in _PYDANTIC_NAMES, name
    for client in (SyncClientBase, AsyncClientBase, SyncService, AsyncService):
        public = {name for name in dir(client) if not name.startswith("_")}
        assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES
    # And what a client sets on itself (an operation named so would hide it: `total_timeout`).
    for instance in (SyncClientBase(), AsyncClientBase()):
        public = {name for name in vars(instance) if not name.startswith("_")}
        assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES


@pytest.mark.parametrize("name", sorted(CLIENT_ATTRIBUTES))
def test_a_client_attribute_is_refused_as_a_service_and_renamed_as_a_method(name: str) -> None:
    from generator.config import service_name_problem

    assert service_name_problem(name) == "is taken by the client or the package itself"
    api = _api(["size"], "symbol", "limit", "Op")
    api = replace(api, operations=(replace(api.operations[0], slug=name),))
    assert build_plan(api, CONFIG).operations[0].name == f"{name}_"


def test_names_do_not_depend_on_which_python_runs_the_generator() -> None:
    # Python 3.12 made `type` a soft keyword: a field `type` must stay `type` there too.
    probe = (
        "import keyword\n"
        "keyword.softkwlist = [*keyword.softkwlist, 'type']\n"
        "keyword.issoftkeyword = frozenset(keyword.softkwlist).__contains__\n"
        "from generator.naming import method_identifier, python_identifier\n"
        "print(python_identifier('type'), method_identifier('type'), python_identifier('match'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["type", "type", "match_"]
