"""Composition at any size: nothing of one page reaches another page's service.

tests/data/leaks/ holds three pages that give one name to different things: `Status` is
{active, done} on spot and futures and {PROCESSING, SUCCESS, FAILURE} on margin; `TradeType`
is {TRADE, MARGIN_TRADE} on spot and margin and {"1", "2"} on futures; `Side` is {buy, sell}
on all three, with member docs only on spot; each page has an `add_order` with `clientOid`,
`side` and `price`, and only futures.yaml bounds and rules them.
The property test composes random subsets of every composition test page, in random order,
and compares each service with its page planned alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.read.parse import parse_file
from generator.sdk.compose import build_package_plan
from generator.sdk.fixtures import fixture_files
from generator.sdk.plan_model import EnumClass, SdkPlan, ServicePlan
from generator.sdk.render import render_package
from generator.targets import composition_target
from tests.support.pages import PAGES_DIR, REPO
from tests.support.projects import GeneratedProject, imported, run_python

LEAKS = REPO / "tests" / "data" / "leaks"
CONFIG = LEAKS / "leaks.yaml"
PACKAGE = "leaks_sdk"
COMPOSITION_PAGES = (
    *sorted(LEAKS.glob("*.md")),
    *sorted((REPO / "tests" / "data" / "compose").glob("*.md")),
    *sorted(PAGES_DIR.glob("*.md")),
)
"""Every test page made for composition, and the futures pages with their configs: service
names from the file names (`spot`, `spot_orders`, `futures_order`...) never repeat."""


@pytest.fixture(scope="module")
def leaks_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("leaks") / "project"
    assert main(["generate", str(CONFIG), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def leaks(leaks_root: Path) -> Iterator[ModuleType]:
    with imported(leaks_root, PACKAGE) as package:
        yield package


def _module(service: str, kind: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{service}.{kind}")


def test_an_enum_is_shared_by_the_pages_whose_enum_of_that_name_has_its_members_and_values(
    leaks: ModuleType,
) -> None:
    spot, futures, margin = (_module(name, "enums") for name in ("spot", "futures", "margin"))
    assert spot.Status is futures.Status
    assert spot.Side is futures.Side is margin.Side
    assert [m.value for m in margin.Status] == ["PROCESSING", "SUCCESS", "FAILURE"]
    assert spot.TradeType is margin.TradeType
    assert [m.value for m in futures.TradeType] == ["1", "2"]
    request = _module("margin", "models").GetPurchaseOrdersRequest
    assert request(status="PROCESSING").status is margin.Status.PROCESSING


def test_a_pages_bounds_and_rules_stay_on_its_own_operations(leaks: ModuleType) -> None:
    """futures.yaml bounds `clientOid` to 8 characters and requires `price` when selling, on
    its own `add_order`; the other pages' `add_order` have the same fields."""
    order = {"client_oid": "longer-than-eight", "side": "sell"}
    for service in ("spot", "margin"):
        _module(service, "models").AddOrderRequest(**order, type="limit")
    futures = _module("futures", "models").AddOrderRequest
    refused = importlib.import_module(PACKAGE).KucoinRequestValidationError
    with pytest.raises(refused, match="at most 8 characters"):
        futures(**order, leverage=3, price="1")
    with pytest.raises(refused, match="price must be set when side is sell"):
        futures(client_oid="c1", side="sell", leverage=3)


def test_the_composed_package_passes_its_own_tests(leaks_root: Path) -> None:
    project = GeneratedProject(CONFIG, leaks_root, PACKAGE, "")
    result = run_python(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout[-3000:]


# Each service of any composition is its page planned alone ----------------------------------


class Composable:
    """Every composition test page as a service, with the config it gets in a package (its
    own beside it, under the package's facts), read as `sdkgen generate` reads them."""

    def __init__(self, folder: Path) -> None:
        lines = [
            "extends: sdkgen:defaults",
            "package: {name: any_sdk, distribution: any-sdk, version: 1.0.0, summary: Any.}",
            "services:",
        ]
        lines += [
            f"  {name}: {{page: {page}}}"
            for name, page in zip(SERVICES, COMPOSITION_PAGES, strict=True)
        ]
        config = folder / "any.yaml"
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        target = composition_target(config, parse_file, out=folder / "out")
        self.pages = {page.service: page for page in target.pages}
        self.alone: dict[str, ServicePlan] = {}

    def compose(self, services: Sequence[str]) -> SdkPlan:
        pages = [self.pages[name] for name in services]
        return build_package_plan(pages[0].config, pages)

    def planned_alone(self, service: str) -> ServicePlan:
        if service not in self.alone:
            (self.alone[service],) = self.compose([service]).services
        return self.alone[service]


SERVICES = [page.stem.replace("-", "_") for page in COMPOSITION_PAGES]


@pytest.fixture(scope="module")
def composable(tmp_path_factory: pytest.TempPathFactory) -> Composable:
    return Composable(tmp_path_factory.mktemp("composable"))


def _identity(enum: EnumClass) -> tuple[object, ...]:
    """An enum's class but for its member docs, which two pages may word otherwise."""
    members = tuple((m.name, type(m.value), m.value) for m in enum.members)
    return (enum.name, enum.base, enum.value_type, members)


def _shared_by_service(plan: SdkPlan) -> dict[str | None, frozenset[str]]:
    return {service.layout.attribute: service.shared_enums for service in plan.services}


@settings(max_examples=25)
@given(
    st.lists(st.sampled_from(SERVICES), min_size=1, unique=True).flatmap(
        lambda names: st.tuples(st.just(names), st.permutations(names))
    )
)
def test_every_service_of_a_composition_is_its_page_planned_alone(
    composable: Composable, drawn: tuple[list[str], list[str]]
) -> None:
    names, reordered = drawn
    plan = composable.compose(names)
    assert [service.layout.attribute for service in plan.services] == names
    shared = {enum.name: enum for enum in plan.shared_enums}
    for service in plan.services:
        assert service.layout.attribute is not None
        alone = composable.planned_alone(service.layout.attribute)
        # Names, enums and their values, models, rules, bounds, fixtures: the page's own.
        assert replace(service, shared_enums=frozenset()) == alone
        others = {_identity(e) for s in plan.services if s is not service for e in s.enums}
        for enum in service.enums:
            if enum.name in service.shared_enums:
                # Shared only when another page has the very same class: names and values.
                assert _identity(shared[enum.name]) == _identity(enum)
                assert _identity(enum) in others
    # The same pages in another order: the same services, the same enums shared.
    again = composable.compose(reordered)
    assert _shared_by_service(again) == _shared_by_service(plan)
    assert again.shared_enums == plan.shared_enums
    by_name = {service.layout.attribute: service for service in again.services}
    assert all(by_name[service.layout.attribute] == service for service in plan.services)


def _service_files(plan: SdkPlan, service: str) -> dict[str, str]:
    """The files of `service`: its modules and its operations' fixtures."""
    files = render_package(plan)
    files.update(fixture_files(plan))
    package = f"{plan.package_dir}/{service}/"
    fixtures = f"{plan.package_dir}/fixtures/{service}."
    return {path: text for path, text in files.items() if path.startswith((package, fixtures))}


def test_each_services_modules_and_fixtures_read_as_its_page_alone(
    composable: Composable,
) -> None:
    """Every file of a service, docstrings included, whatever other pages the package has;
    only `enums.py` of a page sharing enums differs (it imports them from `_enums.py`)."""
    together = composable.compose(SERVICES)
    for service in together.services:
        name = service.layout.attribute
        assert name is not None
        alone = _service_files(composable.compose([name]), name)
        composed = _service_files(together, name)
        if service.shared_enums:
            enums = f"{together.package_dir}/{name}/enums.py"
            del alone[enums], composed[enums]
        assert composed == alone
