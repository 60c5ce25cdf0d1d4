"""The packages generated from the pages of tests/data/beyond-artefacts/ that
tests/test_beyond_artefacts_extras.py reads: each passes its own tests, mypy --strict and
ruff; their clients send form bodies as forms, a JSON body with its document's media type,
header and cookie parameters (to the package's fake server, and signed to a local one), and
return the data of a response documented by its example alone.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.runtime._forms import form_body, form_values
from tests.support import local_server
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO
from tests.support.projects import imported, run_own_tests
from tests.test_beyond_artefacts_extras import FORMS, HEADERS, PAGES, XML


@contextmanager
def _fake(out: Path, package: str, **options: Any) -> Iterator[Any]:
    """The fake server of the package generated into `out`."""
    with imported(out, package, "testing") as sdk:
        yield sdk.testing.FakeKucoin(**options)


@contextmanager
def _unsigned_fake(out: Path, package: str) -> Iterator[httpx.Client]:
    """An HTTP client whose requests the package's fake server answers, unsigned."""
    with (
        _fake(out, package, require_signature=False) as fake,
        httpx.Client(transport=fake.transport()) as http,
    ):
        yield http


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, tuple[Path, str]]:
    outs = {}
    for page in PAGES:
        out = tmp_path_factory.mktemp(page.stem) / "project"
        package = page.stem.replace("-", "_")
        result = run_in_process(
            ["generate", str(page), "--out", str(out), "--package", package], cwd=REPO
        )
        assert result.returncode == 0, result.stderr
        outs[page] = (out, result.stderr)
    return outs


def test_a_form_body_generates_without_a_warning_and_another_media_type_warns(
    generated: dict[Path, tuple[Path, str]], tmp_path: Path
) -> None:
    assert "sends it as JSON" not in generated[FORMS][1]
    text = FORMS.read_text(encoding="utf-8")
    for sent in ("'Content-Type': 'multipart/form-data'", "'Content-Type':'multipart/form-data'"):
        text = text.replace(sent, sent.replace("multipart/form-data", "application/x-yaml"))
    page = tmp_path / "forms.md"
    page.write_text(text, encoding="utf-8")
    result = run_in_process(
        ["generate", str(page), "--out", str(tmp_path / "out"), "--package", "forms"],
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"{page}:151: warning: upload_photo: its body is application/x-yaml, but the generated "
        "client sends it as JSON\n"
    ) in result.stderr


def test_form_bodies_go_out_as_forms_to_the_fake_server(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _fake(generated[FORMS][0], "forms") as fake:
        client = fake.client()
        assert client.log_in(user="ann b&c", remember=True).session == "session"
        assert client.upload_photo(caption='a "quoted"\nline', rating=3) == "text"
        client.upload_photo()
        login, photo, empty = (call.request for call in fake.calls)
    assert login.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert login.content == b"user=ann+b%26c&remember=true"
    assert photo.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="caption"\r\n\r\na "quoted"\nline\r\n' in photo.content
    assert b'name="rating"\r\n\r\n3\r\n' in photo.content
    assert empty.content == b""


def test_a_json_body_goes_out_with_the_json_media_type_of_its_document(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _fake(generated[XML][0], "xml_and_examples") as fake:
        fake.client().send_parcel(label="x")
        fake.client().relabel_parcel(parcel_id="p-1", label="y")
        sent, relabelled = (call.request for call in fake.calls)
    assert sent.headers["Content-Type"] == "application/vnd.parcel+json"
    assert sent.content == b'{"label":"x"}'
    assert relabelled.headers["Content-Type"] == "application/json"


def test_a_response_documented_by_its_example_alone_returns_its_data_untyped(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _fake(generated[XML][0], "xml_and_examples") as fake:
        client = fake.client()
        # The fake answers each with its fixture, the example's data (echoing what the
        # request sent, as it does for every operation).
        assert client.count_parcels() == 3
        assert client.send_parcel(label="x") == {"id": "p-1", "label": "x"}


def test_the_fake_server_checks_a_form_against_the_request_model(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _unsigned_fake(generated[FORMS][0], "forms") as http:
        url = "https://api.kucoin.com/login"
        good = http.post(url, data={"user": "ann", "remember": "false"})
        missing = http.post(url, data={"remember": "false"})
        not_form = http.post(url, json={"user": "ann"})
    assert good.status_code == 200
    assert (missing.status_code, missing.json()["msg"]) == (400, "user: required")
    assert not_form.status_code == 400 and "not a form" in not_form.json()["msg"]


def test_a_form_body_goes_out_signed_to_a_local_server(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    answer = {"code": "200000", "data": {"session": "s-1"}}
    with (
        imported(generated[FORMS][0], "forms") as package,
        local_server.serving() as server,
    ):
        server.then(local_server.reply(200, answer))
        with server.client(package) as client:
            session = client.log_in(user="ann", remember=False)
        (received,) = server.requests
    assert session.session == "s-1"
    assert received.headers["content-type"] == "application/x-www-form-urlencoded"
    assert received.body == b"user=ann&remember=false"
    assert received.signature_ok()


def test_a_form_repeats_a_list_field_and_writes_a_nested_object_as_json() -> None:
    body, content_type = form_body("urlencoded", {"tag": ["a", "b"], "at": {"x": 1}, "n": None})
    assert (body, content_type) == (
        b"tag=a&tag=b&at=%7B%22x%22%3A1%7D",
        "application/x-www-form-urlencoded",
    )
    assert form_values(content_type, body, lambda name: name == "tag") == {
        "tag": ["a", "b"],
        "at": '{"x":1}',
    }
    body, content_type = form_body("multipart", {'we"ird': "1"})
    assert form_values(content_type, body, lambda name: False) == {'we"ird': "1"}


def _tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_each_package_passes_its_own_tests_mypy_strict_and_ruff(
    generated: dict[Path, tuple[Path, str]], mypy_cache: Path
) -> None:
    for page, (out, _) in generated.items():
        result = run_own_tests(out)
        assert result.returncode == 0, page.name + result.stdout[-3000:]
        package = str(out / "src" / page.stem.replace("-", "_"))
        mypy = _tool("mypy", "--strict", "--cache-dir", str(mypy_cache), package, cwd=out)
        assert mypy.returncode == 0, page.name + mypy.stdout
        ruff = _tool("ruff", "check", "--no-cache", ".", cwd=out)
        assert ruff.returncode == 0, page.name + ruff.stdout


def test_header_and_cookie_parameters_go_out_to_the_fake_server(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _fake(generated[HEADERS][0], "headers_and_cookies") as fake:
        client = fake.client()
        client.list_entries(x_request_id="r-1", x_page_size=25, session="s 1;x", year=2024)
        client.list_entries(x_request_id="r-2")
        first, second = (call.request for call in fake.calls)
    assert (first.headers["X-Request-Id"], first.headers["X-Page-Size"]) == ("r-1", "25")
    assert first.headers["Cookie"] == "session=s%201%3Bx"
    assert first.url.query == b"year=2024"
    # Parameters not given are not sent.
    assert second.headers["X-Request-Id"] == "r-2"
    assert "X-Page-Size" not in second.headers and "Cookie" not in second.headers


def test_a_header_parameter_goes_out_signed_to_a_local_server(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    data = [{"amount": 7}]
    with (
        imported(generated[HEADERS][0], "headers_and_cookies") as package,
        local_server.serving() as server,
    ):
        server.then(local_server.reply(200, {"code": "200000", "data": data}))
        with server.client(package) as client:
            entries = client.list_entries(x_request_id="r-9", session="abc")
        (received,) = server.requests
    assert [entry.amount for entry in entries] == [7]
    assert received.headers["x-request-id"] == "r-9"
    assert received.headers["cookie"] == "session=abc"
    assert received.signature_ok()


def test_a_header_value_http_cannot_carry_is_refused_before_sending(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with imported(generated[HEADERS][0], "headers_and_cookies", "testing", "errors") as package:
        fake = package.testing.FakeKucoin()
        with pytest.raises(package.errors.KucoinRequestValidationError, match="printable ASCII"):
            fake.client().list_entries(x_request_id="r\r\nX-Evil: 1")
        assert fake.calls == []


def test_the_fake_server_refuses_a_call_without_a_required_header(
    generated: dict[Path, tuple[Path, str]],
) -> None:
    with _unsigned_fake(generated[HEADERS][0], "headers_and_cookies") as http:
        refused = http.get("https://api.kucoin.com/entries")
        answered = http.get("https://api.kucoin.com/entries", headers={"X-Request-Id": "r-1"})
    assert refused.status_code == 400
    assert refused.json()["msg"].startswith("X-Request-Id: ")
    assert answered.status_code == 200
