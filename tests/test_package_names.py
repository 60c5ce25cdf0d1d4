"""What the generated distribution is called and versioned: an importable name that hides
nothing, a PEP 440 version, a pyproject.toml that is valid TOML, and file names that fit."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import ConfigError, load_config
from generator.distribution import normalized_version
from generator.sdk.escaping import toml_key, toml_string
from tests.support.cli_runner import run_in_process
from tests.support.pages import MARKET


def page_without_config(tmp_path: Path, title: str | None = None) -> Path:
    """The market page alone in a folder (so the built-in defaults apply), its title heading
    optionally replaced."""
    page = tmp_path / "pages" / "market.md"
    page.parent.mkdir()
    text = MARKET.read_text(encoding="utf-8")
    if title is not None:
        heading = '<h1 id="futures">futures v1.0.0</h1>'
        assert heading in text
        text = text.replace(heading, f'<h1 id="futures">{title}</h1>')
    page.write_text(text, encoding="utf-8")
    return page


def generate(*args: str) -> int:
    return main(["generate", *args])


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("json", "standard library"),
        ("typing", "standard library"),
        ("Json", "standard library"),
        ("httpx", "generated package needs"),
        ("pydantic", "generated package needs"),
        ("pydantic_core", "generated package needs"),
        ("pytest", "generated package needs"),
        ("kücoin", "ASCII"),
        ("class", "keyword"),
        ("1st_sdk", "letter"),
        ("my-sdk", "ASCII identifier"),
        ("tests", "generated project"),
        ("a" * 101, "100 characters"),
        ("sitecustomize", "imports by itself at start-up"),
        ("usercustomize", "imports by itself at start-up"),
        ("SiteCustomize", "imports by itself at start-up"),
        ("typing_extensions", "generated package needs"),
        ("anyio", "generated package needs"),
        ("compression", "standard library"),  # new in Python 3.14
        ("annotationlib", "standard library"),  # new in Python 3.14
        ("session", "plugin pytest registers itself"),
        ("terminal", "plugin pytest registers itself"),
    ],
)
def test_a_package_name_that_cannot_be_imported_or_shadows_a_module_is_refused(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    out = tmp_path / "out"
    assert generate(str(market_page), "--out", str(out), "--package", name) == 2
    error = capsys.readouterr().err
    assert len(error.splitlines()) == 1
    assert f"--package {name!r}" in error and reason in error
    assert not out.exists()


def test_a_config_package_name_that_shadows_a_module_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text(
        "extends: sdkgen:defaults\n"
        "package: {name: httpx, distribution: x, version: 1.0.0, summary: S}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"package\.name: 'httpx' .*generated package needs"):
        load_config(config)


@pytest.mark.parametrize("name", ["sitecustomize", "usercustomize"])
def test_a_config_package_name_python_imports_at_start_up_is_a_config_error(
    tmp_path: Path, name: str
) -> None:
    config = tmp_path / "page.yaml"
    config.write_text(
        "extends: sdkgen:defaults\n"
        f"package: {{name: {name}, distribution: x, version: 1.0.0, summary: S}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=rf"package\.name: '{name}' .*at start-up"):
        load_config(config)


@pytest.mark.parametrize(
    ("version", "normalized"),
    [
        ("1.0.0", "1.0.0"),
        ("1.0", "1.0.0"),
        ("2", "2.0.0"),
        ("1.2.3.4", "1.2.3.4"),
        ("v1.2.3", "1.2.3"),
        ("1.0.0-beta", "1.0.0b0"),
        ("1.0RC2", "1.0.0rc2"),
        ("01.002.3", "1.2.3"),
        ("1.0.0-1", "1.0.0.post1"),
        ("1!2.0.dev3", "1!2.0.0.dev3"),
        ("1.0+Local-Build_7", "1.0.0+local.build.7"),
    ],
)
def test_a_pep_440_version_is_normalized_and_padded_to_three_numbers(
    version: str, normalized: str
) -> None:
    assert normalized_version(version) == normalized


@pytest.mark.parametrize("version", ['1.0.0-evil"', "1.0.0 beta", "latest", "1..0", "1.0.0+", ""])
def test_a_version_that_is_not_pep_440_has_no_normalized_form(version: str) -> None:
    assert normalized_version(version) is None


def test_a_page_version_that_is_not_pep_440_is_an_error_at_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = page_without_config(tmp_path, 'futures v1.0.0-evil"')
    out = tmp_path / "out"
    assert generate(str(page), "--out", str(out), "--package", "market_sdk") == 2
    error = capsys.readouterr().err.strip()
    lines = page.read_text(encoding="utf-8").splitlines()
    line = int(error.split(":")[1])
    assert 'v1.0.0-evil"' in lines[line - 1]
    assert "PEP 440" in error and len(error.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(("title", "version"), [("futures v1.0", "1.0.0"), ("futures v2", "2.0.0")])
def test_a_short_page_version_is_padded_to_major_minor_patch(
    tmp_path: Path, title: str, version: str
) -> None:
    page = page_without_config(tmp_path, title)
    out = tmp_path / "out"
    assert generate(str(page), "--out", str(out), "--package", "market_sdk") == 0
    pyproject = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == version


def test_a_config_version_that_is_not_pep_440_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text(
        "extends: sdkgen:defaults\n"
        "package: {name: sdk, distribution: sdk, version: '1.0.0-evil\"', summary: S}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"package\.version: .*PEP 440"):
        load_config(config)


HUGE = "1.0." + "9" * 5000
"""A version Python cannot read as one integer (more than 4300 digits): it crashed with
Python's own ValueError, naming neither the file nor the line."""


def test_a_5000_digit_page_version_is_an_error_at_the_title_through_the_cli(
    tmp_path: Path,
) -> None:
    page = page_without_config(tmp_path, f"futures v{HUGE}")
    line = next(
        number
        for number, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("<h1") and HUGE in text
    )
    arguments = ["generate", str(page), "--package", "market_sdk", "--out", "out"]
    result = run_in_process(arguments, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"{page}:{line}: error: the page's version '1.0.999")
    assert "(5004 characters) is not a PEP 440 version" in result.stderr
    assert f"set package.version in {page.stem}.yaml beside the page" in result.stderr
    assert len(result.stderr) < 400 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_5000_digit_config_version_is_an_error_in_the_config_through_the_cli(
    tmp_path: Path,
) -> None:
    page = page_without_config(tmp_path)
    config = page.with_suffix(".yaml")
    config.write_text(
        "extends: sdkgen:defaults\n"
        f"package: {{name: sdk, distribution: sdk, version: '{HUGE}', summary: S}}\n",
        encoding="utf-8",
    )
    result = run_in_process(["generate", str(page), "--out", "out"], cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"{config}:2: error: package.version: '1.0.999")
    assert "(5004 characters) is not a PEP 440 version" in result.stderr
    assert len(result.stderr) < 400


def test_a_version_number_of_more_than_50_digits_has_no_normalized_form() -> None:
    assert normalized_version("1." + "9" * 50) == "1." + "9" * 50 + ".0"
    for huge in ("1." + "9" * 51, HUGE, "9" * 5000 + "!1.0", "1.0.post" + "9" * 5000):
        assert normalized_version(huge) is None


def test_no_output_directory_is_an_error_at_the_page_without_a_config(tmp_path: Path) -> None:
    page = page_without_config(tmp_path)
    result = run_in_process(["generate", str(page), "--package", "market_sdk"], cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        f"{page}:1: error: no output directory for the package: pass --out, or set "
        "package.output in market.yaml beside it\n",
    )


HOSTILE = 'quote " backslash \\ newline \n tab \t del \x7f nul \x00 esc \x1b é 😀 \u2028'


def test_toml_strings_and_keys_are_escaped_so_tomllib_reads_back_the_same_text() -> None:
    document = f"{toml_key(HOSTILE)} = {toml_string(HOSTILE)}\nplain_key = {toml_string('x')}\n"
    assert tomllib.loads(document) == {HOSTILE: HOSTILE, "plain_key": "x"}
    assert toml_key("kucoin_futures") == "kucoin_futures"


def test_the_generated_pyproject_is_valid_toml_for_a_hostile_title(tmp_path: Path) -> None:
    page = page_without_config(tmp_path, 'futures "quoted" \\ \x7f é v1.0.0')
    out = tmp_path / "out"
    assert generate(str(page), "--out", str(out), "--package", "market_sdk") == 0
    pyproject = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"].startswith('Typed Python client for the futures "')
    assert pyproject["project"]["entry-points"]["pytest11"] == {
        "market_sdk": "market_sdk.pytest_plugin"
    }


def test_a_summary_too_long_for_a_file_name_is_an_error_at_its_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "market.md"
    text = MARKET.read_text(encoding="utf-8")
    long_summary = "Get Ticker " + "very " * 200
    page.write_text(text.replace("## Get Ticker\n", f"## {long_summary}\n", 1), encoding="utf-8")
    out = tmp_path / "out"
    assert generate(str(page), "--out", str(out), "--package", "market_sdk") == 2
    error = capsys.readouterr().err.strip()
    heading = text.splitlines().index("## Get Ticker") + 1
    assert error.startswith(f"{page}:{heading}: error: ")
    assert "too long" in error and len(error.splitlines()) == 1
    assert not out.exists()
