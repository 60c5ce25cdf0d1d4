"""The packages sdkgen generates from the pages of tests/data/beyond-schemas/ (each with its
config beside it): each passes its own tests, mypy --strict, ruff and black as generated, and
its models do what the page's constructs say (unions chosen by their discriminator, an
unknown variant in a response kept as sent)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli_runner import run_in_process
from tests.support.projects import imported, run_own_tests

PAGES = Path(__file__).parent / "data" / "beyond-schemas"
PACKAGES = {
    "unions.md": "beyond_unions",
    "intersections.md": "beyond_intersections",
    "visibility.md": "beyond_visibility",
    "enums.md": "beyond_enums",
    "recursion.md": "beyond_recursion",
    "shapes.md": "beyond_shapes",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    outs = {}
    for page in PACKAGES:
        out = tmp_path_factory.mktemp(page.removesuffix(".md")) / "project"
        result = run_in_process(["generate", str(PAGES / page), "--out", str(out)], cwd=PAGES)
        assert result.returncode == 0, result.stderr
        assert page == "enums.md" or result.stderr == "", result.stderr
        outs[page] = out
    return outs


@pytest.fixture()
def unions(generated: dict[str, Path]) -> Iterator[Any]:
    with imported(
        generated["unions.md"], "beyond_unions", "models", "errors", "_lenient"
    ) as package:
        yield package


def _tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_each_package_passes_its_own_tests_and_mypy_strict(
    generated: dict[str, Path], mypy_cache: Path
) -> None:
    for page, out in generated.items():
        result = run_own_tests(out)
        assert result.returncode == 0, page + result.stdout[-3000:]
        package = str(out / "src" / PACKAGES[page])
        mypy = _tool("mypy", "--strict", "--cache-dir", str(mypy_cache), package, cwd=out)
        assert mypy.returncode == 0, page + mypy.stdout


def test_each_package_passes_ruff_and_black_as_generated(generated: dict[str, Path]) -> None:
    for page, out in generated.items():
        ruff = _tool("ruff", "check", "--no-cache", ".", cwd=out)
        assert ruff.returncode == 0, page + ruff.stdout
        black = _tool("black", "-l", "100", "--check", "-q", "src", "tests", cwd=out)
        assert black.returncode == 0, page + black.stderr


def test_a_discriminated_request_union_takes_the_variant_its_tag_names(unions: Any) -> None:
    request = unions.models.AddAnimalRequest(animal={"kind": "dog", "good": True}, tag=3)
    assert type(request.animal).__name__ == "AddAnimalAnimalDog"
    assert request.tag == 3
    refused = unions.errors.KucoinRequestValidationError
    with pytest.raises(refused, match="does not match any of the expected tags"):
        unions.models.AddAnimalRequest(animal={"kind": "bird"})


def test_a_response_union_reads_its_variant_and_keeps_an_unknown_one_as_sent(
    unions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    parse_data = sys.modules["beyond_unions._lenient"].parse_data
    operation = unions.OPERATIONS["get_animal"]
    cat = parse_data(operation, {"kind": "cat", "lives": 9})
    assert type(cat).__name__ == "GetAnimalDataCat"
    assert cat.lives == 9
    bird = {"kind": "bird", "wings": 2}
    assert parse_data(operation, bird) == bird
    assert "kept as sent" in caplog.text


def test_an_intersection_is_one_model_with_every_part_s_fields(generated: dict[str, Path]) -> None:
    with imported(generated["intersections.md"], "beyond_intersections", "models") as package:
        models = package.models
        request = models.AddItemRequest(name="lamp", price=3)
        assert request.model_dump(by_alias=True, exclude_unset=True) == {
            "name": "lamp",
            "price": 3,
        }
        refused = package.errors.KucoinRequestValidationError
        with pytest.raises(refused, match="price"):
            models.AddItemRequest(name="lamp", price=0)
        assert list(models.GetItemData.model_fields) == ["name", "price", "note"]


def test_read_only_fields_stay_out_of_requests_and_write_only_out_of_responses(
    generated: dict[str, Path],
) -> None:
    with imported(generated["visibility.md"], "beyond_visibility", "models") as package:
        request, data = package.models.OpenAccountRequest, package.models.OpenAccountData
        assert "id" not in request.model_fields
        assert "password" in request.model_fields
        assert "password" not in data.model_fields
        assert "id" in data.model_fields
        with pytest.raises(package.errors.KucoinRequestValidationError, match="id"):
            request(owner="ann", nickname="a", id="given by the server")


def test_a_deprecated_field_warns_where_it_is_read(generated: dict[str, Path]) -> None:
    with imported(generated["visibility.md"], "beyond_visibility", "models") as package:
        data = package.models.OpenAccountData.model_validate({"legacyCode": "x"})
        with pytest.warns(DeprecationWarning, match="legacyCode is deprecated"):
            assert data.legacy_code == "x"


def test_integer_and_number_enums_take_their_values(generated: dict[str, Path]) -> None:
    with imported(generated["enums.md"], "beyond_enums", "models") as package:
        models, enums = package.models, package.enums
        assert [member.value for member in enums.Level] == [1, 2, 3]
        assert models.SetLevelRequest(level=2, ratio=0.5).level is enums.Level.VALUE_2
        with pytest.raises(package.errors.KucoinRequestValidationError, match="level"):
            models.SetLevelRequest(level=4)
        data = models.SetLevelData.model_validate({"level": 3, "ratio": 1.5})
        assert (data.level, data.ratio) == (enums.Level.VALUE_3, enums.Ratio.VALUE_1_5)


def test_recursive_schemas_are_recursive_models(generated: dict[str, Path]) -> None:
    with imported(generated["recursion.md"], "beyond_recursion", "models") as package:
        models = package.models
        tree = {"name": "root", "children": [{"name": "leaf", "parent": {"name": "root"}}]}
        node = models.Node.model_validate(tree)
        assert node.children[0].parent.name == "root"
        assert type(node.children[0]) is models.Node
        # The response's `data` is the named schema whole: the same model, not a copy.
        assert models.RESPONSE_TYPES["add_node"] is models.Node
        folder = models.Folder.model_validate({"files": [{"folder": {"title": "inner"}}]})
        assert type(folder.files[0].folder) is models.Folder
        request = models.AddNodeRequest(name="a", children=[{"name": "b", "children": []}])
        assert type(request.children[0]) is models.NodeParam
        assert request.model_dump(by_alias=True, exclude_unset=True) == {
            "name": "a",
            "children": [{"name": "b", "children": []}],
        }
        with pytest.raises(package.errors.KucoinRequestValidationError, match="name"):
            models.AddNodeRequest(name="a", parent={"children": []})
        index = models.Index.model_validate({"entries": {"a": {"entries": {"b": {}}}}})
        assert type(index.entries["a"].entries["b"]) is models.Index


def test_an_api_without_envelope_answers_lists_maps_and_scalars(
    generated: dict[str, Path],
) -> None:
    with imported(generated["shapes.md"], "beyond_shapes", "models", "testing") as package:
        models, fake = package.models, package.testing.FakeKucoin()
        with fake.client() as client:
            pets = client.list_pets()
            assert [type(pet) for pet in pets] == [models.ListPetsData]
            assert client.add_pet(name="rex", owner="ann") == 1
            assert client.get_stock() == {"key": 1}
            owners = client.get_owners()
            assert type(owners["key"]) is models.GetOwnersDataValue
            assert owners["key"].pets == {"key": 1}
            trees = client.list_trees()
            assert [type(tree) for tree in trees] == [models.Tree]
            fake.respond("list_trees", [{"label": "a", "branches": [{"label": "b"}]}])
            assert type(client.list_trees()[0].branches[0]) is models.Tree
            fake.respond("get_stock", {"cats": 3, "dogs": 2})
            assert client.get_stock() == {"cats": 3, "dogs": 2}
            fake.fail("get_stock", msg="no stock today", http_status=503)
            with pytest.raises(package.KucoinAPIError, match="no stock today") as refused:
                client.with_options(max_retries=0).get_stock()
            assert refused.value.http_status == 503
        request = models.AddPetRequest(name="rex", owner="ann", tags={"colour": "brown"})
        assert request.tags == {"colour": "brown"}
        with pytest.raises(package.errors.KucoinRequestValidationError, match="tags"):
            models.AddPetRequest(name="rex", owner="ann", tags={"colour": 3})


def test_envelope_none_is_an_api_without_envelope_and_other_text_an_error(
    tmp_path: Path,
) -> None:
    from generator.config import ConfigError, load_config

    assert load_config(PAGES / "shapes.yaml").api.envelope is None
    assert load_config(PAGES / "recursion.yaml").api.envelope is not None
    wrong = tmp_path / "page.yaml"
    wrong.write_text("api: {envelope: bare}\n")
    with pytest.raises(ConfigError, match=r"api\.envelope: must be a mapping or 'none'"):
        load_config(wrong)


def test_nullable_request_fields_send_null_and_none_stays_not_given(
    generated: dict[str, Path],
) -> None:
    with imported(generated["shapes.md"], "beyond_shapes", "models", "testing") as package:
        null, fake = package.models.Null, package.testing.FakeKucoin()
        with fake.client() as client:
            client.add_pet(name="rex", owner=None, nickname=null())
            client.add_pet(name="rex", owner="ann", nickname=None)
            with pytest.raises(package.KucoinRequestValidationError, match="name"):
                client.add_pet(name=None, owner="ann")  # None is null only where nullable
        sent = [json.loads(call.request.content) for call in fake.calls]
        assert sent == [
            {"name": "rex", "owner": None, "nickname": None},
            {"name": "rex", "owner": "ann"},
        ]
        assert package.models.AddPetRequest(name="rex", owner=None).owner is null()
