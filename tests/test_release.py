"""Version bumps and CHANGELOG.md: regenerating records what changed since the last run.

Each test builds its history in a project of its own (the `project` fixture: the tests' seed
page, generated once at version 1.0.0), never from the committed generated/, whose version
moves with every page a maintainer brings in.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from generator import __version__
from generator.distribution import parse_version
from generator.ir.snapshot import dump_api
from generator.output.manifest import MANIFEST, digest
from generator.read.parse import parse_file
from generator.release import sdk_changes
from generator.release.sdk_changes import RECORDED_SINCE, SdkChange, changes_since
from generator.release.versions import SNAPSHOT, Snapshot, bump, next_release
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO, SEED


@pytest.mark.parametrize(
    ("level", "expected"),
    [("major", "2.0.0"), ("minor", "1.5.0"), ("patch", "1.4.3"), ("none", "1.4.2")],
)
def test_bump_follows_semver(level: str, expected: str) -> None:
    assert bump("1.4.2", level) == expected


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.0.0rc1", "patch", "1.0.1"),
        ("1.0.0.post2", "minor", "1.1.0"),
        ("1.2.3.4", "patch", "1.2.4"),
        ("1!2.0.0", "major", "1!3.0.0"),
        ("1.0.0+local", "patch", "1.0.1"),
    ],
)
def test_a_bump_drops_a_pep_440_suffix_and_counts_on_the_first_three_numbers(
    version: str, level: str, expected: str
) -> None:
    assert bump(version, level) == expected


def test_pep_440_versions_sort_as_pip_sorts_them() -> None:
    ordered = ["1.0.0.dev1", "1.0.0a1", "1.0.0b2", "1.0.0rc1", "1.0.0", "1.0.0.post1", "1.0.1"]
    keys = [parse_version(v).sort_key() for v in ordered]  # type: ignore[union-attr]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_a_final_version_in_the_config_wins_over_its_pre_release(project: Path) -> None:
    config = project / "spec" / "futures-order.yaml"
    config.write_text(config.read_text().replace("version: 1.0.0", "version: 1.0.0rc1"))
    pyproject = project / "generated" / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('version = "1.0.0"', 'version = "0.9.0"'))
    _generate(project)
    assert _version(project) == "1.0.0rc1"
    config.write_text(config.read_text().replace("version: 1.0.0rc1", "version: 1.0.0"))
    _generate(project)
    assert _version(project) == "1.0.0"


def test_a_first_generation_uses_the_configured_version_and_starts_the_changelog() -> None:
    api = parse_file(SEED).api
    release = next_release([Snapshot(SNAPSHOT, None, api, dump_api(api))], "1.0.0", {})
    assert release.version == "1.0.0"
    assert release.changelog.startswith("# Changelog\n\n## 1.0.0\n")


def test_a_page_that_becomes_a_service_of_the_client_is_a_major_release_saying_so() -> None:
    api = parse_file(SEED).api
    flat = {"pyproject.toml": '[project]\nversion = "1.2.0"\n', SNAPSHOT: dump_api(api)}
    snapshot = Snapshot("api/order.ir.yaml", "order", api, dump_api(api))
    release = next_release([snapshot], "1.0.0", flat)
    assert release.version == "2.0.0"
    assert "### Package layout" in release.changelog
    assert "the client serves 1 pages as services: `client.order`" in release.changelog


def test_a_service_that_becomes_the_clients_own_page_is_a_major_release_saying_so() -> None:
    api = parse_file(SEED).api
    services = {"pyproject.toml": '[project]\nversion = "1.2.0"\n', "api/order.ir.yaml": ""}
    release = next_release([Snapshot(SNAPSHOT, None, api, dump_api(api))], "1.0.0", services)
    assert release.version == "2.0.0"
    assert "the client serves one page's operations itself" in release.changelog


def test_another_package_in_the_output_starts_at_its_own_first_version_naming_the_old() -> None:
    """A package renamed on growing (kucoin-futures 2.0.2 → kucoin-sdk) is a new
    distribution: a bump of the old one's version would skip versions nobody released."""
    api = parse_file(SEED).api
    snapshot = Snapshot("api/futures/order.ir.yaml", "futures.order", api, dump_api(api))
    old = {
        "pyproject.toml": '[project]\nname = "kucoin-futures"\nversion = "2.0.2"\n',
        "api/order.ir.yaml": dump_api(api),
    }
    release = next_release([snapshot], "1.0.0", old, "kucoin_futures")
    assert release.version == "3.0.0"  # the same name, normalized: the old package moves on
    release = next_release([snapshot], "1.0.0", old, "kucoin-sdk")
    assert release.version == "1.0.0"
    assert release.changelog.startswith("# Changelog\n\n## 1.0.0\n\nFirst version")
    assert "It replaces `kucoin-futures` 2.0.2" in release.changelog


def _edit(project: Path, old: str, new: str) -> None:
    page = project / "spec" / "futures-order.md"
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new), encoding="utf-8")


def _version(project: Path) -> str:
    for line in (project / "generated" / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    raise AssertionError("no version line")


def _generate(project: Path) -> None:
    result = run_in_process(["generate", "spec/futures-order.md"], cwd=project)
    assert result.returncode == 0, result.stderr


# The committed generated/ is at whatever version its history gave it (1.0.0, then a patch
# release per regeneration that changed the code): versions are expected relative to it.


def test_regenerating_an_unchanged_page_changes_nothing(project: Path) -> None:
    before = (project / "generated" / "CHANGELOG.md").read_text()
    version = _version(project)
    _generate(project)
    assert (project / "generated" / "CHANGELOG.md").read_text() == before
    assert _version(project) == version


def test_a_reworded_description_is_a_patch_release(project: Path) -> None:
    patch = bump(_version(project), "patch")
    _edit(project, "List your current orders.", "List all your open orders.")
    _generate(project)
    assert _version(project) == patch
    changelog = (project / "generated" / "CHANGELOG.md").read_text()
    assert changelog.startswith(f"# Changelog\n\n## {patch}\n\n### Documentation\n")
    assert "## 1.0.0" in changelog
    init = (project / "generated" / "src" / "kucoin_futures" / "__init__.py").read_text()
    assert f'__version__ = "{patch}"' in init


def test_a_removed_response_field_is_a_major_release(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    start = lines.index("## Get Open Order Value")
    end = lines.index("## Get Recent Trade History")
    section = lines[start:end]
    # Drop settleCurrency from the JSON schema (its property, its `required` entry) and table.
    key = section.index('        "settleCurrency": {')
    del section[key : key + 4]
    section = [line for line in section if line.strip() != '"settleCurrency"']
    section = [line for line in section if not line.startswith("| »» settleCurrency")]
    text = "\n".join(lines[:start] + section + lines[end:])
    text = text.replace(
        '        "openOrderSellCost",\n      ]', '        "openOrderSellCost"\n      ]'
    )
    text = text.replace(
        '        },\n      },\n      "required"', '        }\n      },\n      "required"'
    )
    page.write_text(text, encoding="utf-8")
    parsed = run_in_process(["ir", "--strict", "spec/futures-order.md"], cwd=project)
    assert parsed.returncode == 0, parsed.stderr
    _generate(project)
    assert _version(project) == "2.0.0"
    changelog = (project / "generated" / "CHANGELOG.md").read_text()
    assert "### Breaking changes" in changelog and "settleCurrency" in changelog


def test_a_new_operation_is_a_minor_release_and_then_the_check_is_quiet(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("## Cancel All Stop orders")
    end = text.index("## Get Stop Order List")
    section = text[start:end].replace("## Cancel All Stop orders", "## Cancel All Stop orders V9")
    section = section.replace("`DELETE /api/v1/stopOrders`", "`DELETE /api/v9/stopOrders`")
    page.write_text(text[:end] + section + text[end:], encoding="utf-8")
    assert run_in_process(["check"], cwd=project).returncode == 1
    _generate(project)
    assert _version(project) == "1.1.0"
    assert "### Additions" in (project / "generated" / "CHANGELOG.md").read_text()
    assert run_in_process(["check"], cwd=project).returncode == 0


def test_a_higher_version_in_the_config_wins(project: Path) -> None:
    config = project / "spec" / "futures-order.yaml"
    config.write_text(config.read_text().replace("version: 1.0.0", "version: 3.0.0"))
    _generate(project)
    assert _version(project) == "3.0.0"


def test_a_hand_edited_file_regenerated_is_a_patch_release_saying_so(project: Path) -> None:
    patch = bump(_version(project), "patch")
    client = project / "generated" / "src" / "kucoin_futures" / "client.py"
    client.write_text(client.read_text().replace("one method per operation", "methods"))
    _generate(project)
    assert _version(project) == patch
    changelog = (project / "generated" / "CHANGELOG.md").read_text()
    assert changelog.startswith(
        f"# Changelog\n\n## {patch}\n\n### Generated code\n\n"
        "- The code was generated anew; the API did not change.\n"
        "- Files were edited by hand after sdkgen wrote them, and are now as sdkgen writes"
        " them: `src/kucoin_futures/client.py`.\n\n## "
    )
    assert "newer sdkgen" not in changelog and "## 1.0.0" in changelog
    assert "one method per operation" in client.read_text()

    manifest = (project / "generated" / MANIFEST).read_text()
    _generate(project)
    assert _version(project) == patch
    assert (project / "generated" / "CHANGELOG.md").read_text() == changelog
    assert (project / "generated" / MANIFEST).read_text() == manifest
    assert run_in_process(["check"], cwd=project).returncode == 0


def _as_if_made_by(project: Path, **made_by: str) -> None:
    """The committed client as another sdkgen wrote it: its text differs, the manifest has
    its digest (no hand edit) and records `made_by` in place of the values it has."""
    out = project / "generated"
    client = out / "src" / "kucoin_futures" / "client.py"
    old_text = client.read_text()
    client.write_text(old_text.replace("one method per operation", "methods"))
    manifest = out / MANIFEST
    text = manifest.read_text().replace(digest(old_text), digest(client.read_text()))
    for label, value in made_by.items():
        line = next(line for line in text.splitlines() if line.startswith(f"# made by {label} ="))
        text = text.replace(line, f"# made by {label} = {value}")
    manifest.write_text(text)


def _regenerated_entry(project: Path) -> str:
    patch = bump(_version(project), "patch")
    _generate(project)
    assert _version(project) == patch
    changelog = (project / "generated" / "CHANGELOG.md").read_text()
    entry = changelog.split("\n## ")[1]
    assert entry.startswith(f"{patch}\n\n### Generated code\n\n- The code was generated anew")
    assert "edited by hand" not in entry
    return entry


@pytest.fixture()
def no_sdk_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sdkgen release changed what generated SDKs do: only the records tell versions
    apart."""
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", ())


@pytest.mark.usefixtures("no_sdk_changes")
def test_code_another_sdkgen_version_wrote_is_a_patch_release_naming_both(project: Path) -> None:
    _as_if_made_by(project, sdkgen="0.0.1")
    assert f"- sdkgen 0.0.1 → {__version__}.\n" in _regenerated_entry(project)


def test_code_other_templates_wrote_is_a_patch_release_saying_so(project: Path) -> None:
    _as_if_made_by(project, templates="0" * 64)
    entry = _regenerated_entry(project)
    assert f"- sdkgen {__version__}'s templates changed (the same version).\n" in entry


def test_code_regenerated_by_the_same_sdkgen_says_what_it_cannot_tell(project: Path) -> None:
    _as_if_made_by(project)
    assert "the package's config changed, or sdkgen's own code did" in _regenerated_entry(project)


@pytest.mark.usefixtures("no_sdk_changes")
def test_code_over_an_output_recording_no_sdkgen_says_it_is_not_known(project: Path) -> None:
    _as_if_made_by(project)
    manifest = project / "generated" / MANIFEST
    lines = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if not line.startswith("# made by")))
    assert "- The previous output does not record which sdkgen made it." in _regenerated_entry(
        project
    )


_BREAKING = SdkChange(__version__, "major", "Errors are the package's own.")
_ADDED = SdkChange(__version__, "minor", "Lists have iter_ twins.")


def test_what_a_newer_sdkgen_changed_in_every_sdk_moves_the_version_and_is_listed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The API did not change, but the sdkgen making the package changed what SDKs do: a
    # bot's code may break, so the version says so (not a patch "generated anew").
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", (_ADDED, _BREAKING))
    _as_if_made_by(project, sdkgen="0.0.1")
    major = bump(_version(project), "major")
    _generate(project)
    assert _version(project) == major
    entry = (project / "generated" / "CHANGELOG.md").read_text().split("\n## ")[1]
    assert entry.startswith(f"{major}\n\n### SDK\n\nsdkgen 0.0.1 → {__version__}. ")
    assert f"- {_ADDED.text}\n- {_BREAKING.text}\n" in entry


def test_additions_of_a_newer_sdkgen_are_a_minor_release(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", (_ADDED,))
    _as_if_made_by(project, sdkgen="0.0.1")
    minor = bump(_version(project), "minor")
    _generate(project)
    assert _version(project) == minor


def test_the_same_sdkgen_lists_no_sdk_change(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", (_ADDED, _BREAKING))
    _as_if_made_by(project)
    assert "### SDK" not in _regenerated_entry(project)


def test_which_sdk_changes_apply_between_two_sdkgen_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = (
        SdkChange("1.0.0", "major", "one"),
        SdkChange("1.1.0", "minor", "two"),
        SdkChange("2.0.0", "major", "three"),
    )
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", table)
    assert changes_since("1.0.0", "1.1.0") == table[1:2]
    assert changes_since("0.9", "2.0.0") == table
    assert changes_since("1.1.0", "1.1.0") == ()
    assert changes_since("2.0.0", "1.1.0") == ()  # an older sdkgen over a newer one's output
    # No record, or one that is no version: made before records were kept.
    first = SdkChange(RECORDED_SINCE, "minor", "recorded")
    monkeypatch.setattr(sdk_changes, "SDK_CHANGES", (first,))
    assert changes_since(None, RECORDED_SINCE) == (first,)
    assert changes_since("not a version", RECORDED_SINCE) == (first,)


def test_every_sdk_change_is_of_an_sdkgen_version_reached_and_the_versions_agree() -> None:
    # An entry names the release that makes it: sdkgen's own version is raised with it.
    assert sdk_changes.SDK_CHANGES
    reached = parse_version(__version__)
    assert reached is not None
    for change in sdk_changes.SDK_CHANGES:
        since = parse_version(change.since)
        assert since is not None and since.sort_key() <= reached.sort_key(), change
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["version"] == __version__


def _composed(tmp_path: Path) -> Path:
    """A copy of the two-page package of tests/data/compose, Get Order's answer holding an
    integer `orderTime` without a format, generated once (version 1.0.0)."""
    pages = tmp_path / "compose"
    shutil.copytree(REPO / "tests" / "data" / "compose", pages)
    _replace(
        pages / "spot-orders.md",
        '"side": {\n          "type": "string",\n          "enum": [\n            "buy",',
        '"orderTime": {\n          "type": "integer"\n        },\n        '
        '"side": {\n          "type": "string",\n          "enum": [\n            "buy",',
    )
    _generate_composed(tmp_path)
    assert _composed_version(tmp_path) == "1.0.0"
    return pages


def _replace(page: Path, old: str, new: str) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.count(old) == 1
    page.write_text(text.replace(old, new), encoding="utf-8")


def _generate_composed(tmp_path: Path) -> None:
    arguments = ["generate", "compose/trading.yaml", "--out", "out"]
    result = run_in_process(arguments, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def _composed_version(tmp_path: Path) -> str:
    project = tomllib.loads((tmp_path / "out" / "pyproject.toml").read_text(encoding="utf-8"))
    version = project["project"]["version"]
    assert isinstance(version, str)
    return version


def test_a_format_the_sdk_does_not_type_by_is_a_patch_release(tmp_path: Path) -> None:
    pages = _composed(tmp_path)
    models = (tmp_path / "out" / "src" / "trading_sdk" / "spot" / "models.py").read_text()
    _replace(
        pages / "spot-orders.md", '"type": "integer"\n', '"type": "integer",\n"format": "int64"\n'
    )
    _generate_composed(tmp_path)
    assert _composed_version(tmp_path) == "1.0.1"
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert "### Documentation" in changelog and "format: none → int64" in changelog
    assert "Breaking" not in changelog
    assert (tmp_path / "out" / "src" / "trading_sdk" / "spot" / "models.py").read_text() == models


def test_a_request_enum_value_removed_is_still_a_major_release(tmp_path: Path) -> None:
    pages = _composed(tmp_path)
    page = pages / "spot-orders.md"
    _replace(page, '"market",\n        "stop_limit"\n', '"market"\n')
    _replace(page, "| » type | stop_limit |\n", "")
    _generate_composed(tmp_path)
    assert _composed_version(tmp_path) == "2.0.0"
    assert "### Breaking changes" in (tmp_path / "out" / "CHANGELOG.md").read_text()
