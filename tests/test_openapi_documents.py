"""The second front door: an OpenAPI 3.0 document read directly gives what its Widdershins
page gives.

Every `tests/data/beyond*/NAME.openapi.yaml` (found by glob, so documents added later are
covered) is generated beside its page `NAME.md`, each with the config `NAME.yaml` when there
is one: the two package trees are the same bytes, manifest and all (it records digests and
sdkgen's own provenance, never the input's name). KuCoin's pages have no document of their
own: the document `sdkgen openapi` exports from one is read back instead.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.config import BUILTIN_DEFAULTS, config_path_for
from generator.ir.snapshot import dump_api
from generator.read.openapi import read_document
from generator.read.parse import parse_file
from generator.read.sources import read_source
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO, SEED, SHARED_PAGES
from tests.support.projects import ruff_check, run_own_tests, tree, tree_diff

DOCUMENTS = sorted((REPO / "tests" / "data").glob("beyond*/*.openapi.yaml"))


def _page(document: Path) -> Path:
    return document.with_name(document.name.removesuffix(".openapi.yaml") + ".md")


def _generate(source: Path, out: Path) -> dict[str, bytes]:
    result = run_in_process(["generate", str(source), "--out", str(out)], cwd=REPO)
    assert result.returncode == 0, result.stderr
    return tree(out)


def test_there_are_documents_to_compare() -> None:
    assert len(DOCUMENTS) >= 10


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_a_document_and_its_page_give_the_same_ir(document: Path) -> None:
    page, read = parse_file(_page(document)), read_document(document)
    assert dump_api(read.api) == dump_api(page.api)
    assert read.api == page.api
    # The same warnings, each at its own file's line.
    assert sorted(w.message for w in read.warnings) == sorted(w.message for w in page.warnings)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_a_document_and_its_page_generate_the_same_package(document: Path, tmp_path: Path) -> None:
    from_page = _generate(_page(document), tmp_path / "page")
    from_document = _generate(document, tmp_path / "document")
    assert from_document == from_page, tree_diff(from_page, from_document, ("page", "document"))


def test_a_document_takes_the_config_and_package_name_its_page_takes(tmp_path: Path) -> None:
    folder = REPO / "tests" / "data" / "beyond-schemas"
    assert config_path_for(folder / "enums.openapi.yaml") == folder / "enums.yaml"
    assert config_path_for(folder / "enums.openapi.json") == folder / "enums.yaml"
    # A document named NAME.yaml is not its own config: NAME.sdkgen.yaml is, if there is one.
    shutil.copy(folder / "enums.openapi.yaml", tmp_path / "enums.yaml")
    assert config_path_for(tmp_path / "enums.yaml") == BUILTIN_DEFAULTS
    shutil.copy(folder / "enums.yaml", tmp_path / "enums.sdkgen.yaml")
    assert config_path_for(tmp_path / "enums.yaml") == tmp_path / "enums.sdkgen.yaml"
    (tmp_path / "enums.sdkgen.yaml").unlink()
    result = run_in_process(
        ["generate", str(tmp_path / "enums.yaml"), "--out", str(tmp_path / "out")], cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "src" / "enums" / "client.py").is_file()


def test_a_json_document_reads_as_its_yaml_twin(tmp_path: Path) -> None:
    source = REPO / "tests" / "data" / "beyond-schemas" / "unions.openapi.yaml"
    twin = tmp_path / "unions.openapi.json"
    twin.write_text(
        json.dumps(yaml.safe_load(source.read_text(encoding="utf-8")), indent="\t"),
        encoding="utf-8",
    )
    assert read_source(twin).api == read_source(source).api


def test_the_document_a_kucoin_page_exports_generates_that_pages_package(tmp_path: Path) -> None:
    page = tmp_path / "futures-order.md"
    shutil.copy(SEED, page)
    shutil.copy(SEED.with_suffix(".yaml"), tmp_path / "futures-order.yaml")
    exported = run_in_process(["openapi", str(page)], cwd=REPO)
    assert exported.returncode == 0, exported.stderr
    document = tmp_path / "futures-order.openapi.json"
    document.write_text(exported.stdout, encoding="utf-8")
    assert read_document(document).api == parse_file(page).api
    from_page = _generate(page, tmp_path / "page")
    from_document = _generate(document, tmp_path / "document")
    assert from_document == from_page, tree_diff(from_page, from_document, ("page", "document"))


@pytest.mark.parametrize("page", SHARED_PAGES, ids=lambda path: path.name)
def test_the_document_each_kucoin_page_exports_reads_back_as_its_ir(
    page: Path, tmp_path: Path
) -> None:
    exported = run_in_process(["openapi", str(page)], cwd=REPO)
    assert exported.returncode == 0, exported.stderr
    document = tmp_path / (page.stem + ".openapi.json")
    document.write_text(exported.stdout, encoding="utf-8")
    read = run_in_process(["ir", str(document)], cwd=REPO)
    assert read.returncode == 0 and read.stderr == "", read.stderr
    assert read.stdout == run_in_process(["ir", str(page)], cwd=REPO).stdout


def test_documents_and_pages_compose_into_one_package(tmp_path: Path) -> None:
    folder = REPO / "tests" / "data" / "beyond"
    sources = [folder / "security-keys.openapi.yaml", folder / "security-oauth.md"]
    out = tmp_path / "out"
    result = run_in_process(
        ["generate", *map(str, sources), "--package", "both", "--out", str(out)], cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    # Each input is a service named after its file: the document's without `.openapi`.
    assert (out / "src" / "both" / "security_keys" / "__init__.py").is_file()
    assert (out / "src" / "both" / "security_oauth" / "__init__.py").is_file()


def test_ir_check_and_diff_take_a_document(tmp_path: Path) -> None:
    document = REPO / "tests" / "data" / "beyond" / "security-keys.openapi.yaml"
    ir = run_in_process(["ir", str(document)], cwd=REPO)
    assert ir.returncode == 0 and ir.stdout == dump_api(parse_file(_page(document)).api)
    out = tmp_path / "out"
    _generate(document, out)
    check = run_in_process(["check", str(document), "--out", str(out)], cwd=REPO)
    assert check.returncode == 0, check.stdout + check.stderr
    diff = run_in_process(["diff", str(document), "--out", str(out)], cwd=REPO)
    assert diff.returncode == 0, diff.stderr
    pair = run_in_process(["diff", str(_page(document)), str(document)], cwd=REPO)
    assert pair.returncode == 0 and "No changes." in pair.stdout


@pytest.mark.parametrize("name", ["shelf", "roster"])
def test_the_package_of_a_document_passes_its_own_tests_and_ruff(name: str, tmp_path: Path) -> None:
    # shelf.openapi.yaml gathers what a document says otherwise than its page, roster what
    # Widdershins prints of named schemas; each package (the same bytes as its page's) works.
    out = tmp_path / name
    _generate(REPO / "tests" / "data" / "beyond" / f"{name}.openapi.yaml", out)
    assert (out / "src" / name / "client.py").is_file()  # named after NAME, not NAME.openapi
    own = run_own_tests(out)
    assert own.returncode == 0, own.stdout + own.stderr
    ruff = ruff_check([out], tmp_path)
    assert ruff.returncode == 0, ruff.stdout


def test_diff_base_reads_a_document_as_committed(tmp_path: Path) -> None:
    document = tmp_path / "shelf.openapi.yaml"
    shutil.copy(REPO / "tests" / "data" / "beyond" / "shelf.openapi.yaml", document)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(tmp_path)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "document"], check=True)
    text = document.read_text(encoding="utf-8")
    document.write_text(text.replace("  /health:\n", "  /health/{x}:\n", 1), encoding="utf-8")
    unchanged = run_in_process(["diff", "--base", "HEAD", str(document)], cwd=REPO)
    assert unchanged.returncode == 2  # the edit broke the document: a located error
    assert unchanged.stderr.startswith(f"{document}:")
    document.write_text(text.replace("      deprecated: true\n", "", 1), encoding="utf-8")
    same = run_in_process(["diff", "--base", "HEAD", str(document)], cwd=REPO)
    # The page carries no operation's `deprecated`: neither does the document's IR.
    assert same.returncode == 0 and "No changes." in same.stdout, same.stderr
    removed = text.replace(
        "  /health:\n    get:\n      security: []\n", "  /health:\n    x-gone:\n"
    )
    document.write_text(removed, encoding="utf-8")
    report = run_in_process(["diff", "--base", "HEAD", str(document)], cwd=REPO)
    assert report.returncode == 1 and "get_health" in report.stdout, report.stderr


def test_two_documents_with_out_are_one_package_to_generate_and_diff(tmp_path: Path) -> None:
    folder = REPO / "tests" / "data" / "beyond"
    documents = [str(folder / "shelf.openapi.yaml"), str(folder / "security-keys.openapi.yaml")]
    options = ["--package", "two", "--out", str(tmp_path / "out")]
    generated = run_in_process(["generate", *documents, *options], cwd=REPO)
    assert generated.returncode == 0, generated.stderr
    diff = run_in_process(["diff", *documents, *options], cwd=REPO)
    assert diff.returncode == 0 and "No changes." in diff.stdout, diff.stderr


def test_a_composition_config_lists_a_document_as_a_page(tmp_path: Path) -> None:
    folder = REPO / "tests" / "data" / "beyond"
    for name in ("shelf.openapi.yaml", "shelf.yaml", "security-keys.md"):
        shutil.copy(folder / name, tmp_path / name)
    config = tmp_path / "both.yaml"
    config.write_text(
        "extends: sdkgen:defaults\napi:\n  base_url: https://api.example.test\nservices:\n"
        "  shelf:\n    page: shelf.openapi.yaml\n  keys:\n    page: security-keys.md\n",
        encoding="utf-8",
    )
    result = run_in_process(["generate", str(config), "--out", str(tmp_path / "out")], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "src" / "both" / "shelf" / "__init__.py").is_file()
    # The document's own config (shelf.yaml beside it) gives its service's host.
    settings = (tmp_path / "out" / "src" / "both" / "_settings.py").read_text(encoding="utf-8")
    assert "https://eu.shelf.example" in settings
