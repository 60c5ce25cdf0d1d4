"""4. Import: importing a generated package and making a Client, a fresh process each, with
the runtime venv's Python: a package of one page against one composed of the four pages of
its family, taking turns with `python -c pass`. Without --quick, KuCoin's own SDK as a
reference."""

from __future__ import annotations

from dataclasses import dataclass

from bench.commands import generate_into, runtime_env
from bench.figures import duration, times, verdict
from bench.paths import FAMILY, SEED, TMP, fresh_dir
from bench.sections.base import SpeedRow, TableRow
from bench.timing import CHILD_ENV, Contender, Timing, describe, interleaved, ratio
from bench.venvs import COMPARE_VENV, ensure_venv, runtime_python, venv_python

TARGET = 1.2  # a four-page package's import over a one-page package's: at most this
CLIENT_ARGS = 'api_key="k", api_secret="s", api_passphrase="p"'
UNIVERSAL_SDK = "kucoin-universal-sdk"
UNIVERSAL_MODULE = "kucoin_universal_sdk.generate.futures.order"  # its futures order API
UNIVERSAL_ENTRY = "kucoin_universal_sdk.api"  # where its DefaultClient is


@dataclass(frozen=True)
class Import:
    """`python -c STATEMENT`; `net_s` is its median less that interpreter's start-up."""

    statement: str
    timing: Timing
    net_s: float


@dataclass(frozen=True)
class PackageImport:
    package: str
    pages: int
    imported: Import


@dataclass(frozen=True)
class UniversalSdk:
    """kucoin-universal-sdk, in the compare venv: its futures order module, its entry point."""

    version: str
    startup: Timing
    module: Import
    entry_point: Import


@dataclass(frozen=True)
class UniversalSdkFailed:
    error: str  # pip could not install it, or importing it failed


@dataclass(frozen=True)
class Imports:
    """`ratio` is the four-page package's median over the one-page package's."""

    target_ratio: float
    startup: Timing  # the runtime venv's `python -c pass`
    one_page: PackageImport
    four_pages: PackageImport
    ratio: float
    net_ratio: float | None
    meets_target: bool
    kucoin_universal_sdk: UniversalSdk | UniversalSdkFailed | None = None  # None: --quick
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = [
            ("  runtime venv: python -c pass", duration(self.startup.median_s), "")
        ]
        for entry in (self.one_page, self.four_pages):
            label = f"  {entry.package} ({entry.pages} page{'s' * (entry.pages > 1)})"
            imported = entry.imported
            rows.append(
                (label, duration(imported.timing.median_s), f"net {duration(imported.net_s)}")
            )
        note = f"net {self.net_ratio}x; {verdict(self.meets_target, 'at most', self.target_ratio)}"
        rows.append(("  four pages / one page", times(self.ratio), note))
        universal = self.kucoin_universal_sdk
        if isinstance(universal, UniversalSdkFailed):
            rows.append((f"  {UNIVERSAL_SDK}", "failed", universal.error[:120]))
        elif universal is not None:
            for imported in (universal.module, universal.entry_point):
                reference = f"{UNIVERSAL_SDK} {universal.version}"
                note = f"net {duration(imported.net_s)} (reference: {reference})"
                label = "  " + imported.statement.replace("kucoin_universal_sdk", "kucoin_u_s")
                rows.append((label, duration(imported.timing.median_s), note))
        return rows

    def speed_row(self) -> SpeedRow:
        four, one = self.four_pages.imported.timing, self.one_page.imported.timing
        figure = (
            f"{duration(four.median_s)} vs {duration(one.median_s)}: **{times(self.ratio)}** "
            f"({verdict(self.meets_target, 'at most', self.target_ratio)})"
        )
        universal = self.kucoin_universal_sdk
        if isinstance(universal, UniversalSdk):
            figure += (
                f"; KuCoin's own SDK: {duration(universal.module.timing.median_s)} "
                "for its order module"
            )
        return ("`from kucoin_futures import Client; Client(...)`, four pages vs one", figure)


def measure(runs: int, quick: bool) -> Imports:
    python = runtime_python()
    packages = {"one_page": ("kf_one", [SEED]), "four_pages": ("kf_all", list(FAMILY))}
    statements = {}
    contenders = {"startup": Contender.one([python, "-c", "pass"])}
    for label, (package, pages) in packages.items():
        src = generate_into(pages, package, fresh_dir(f"import-{package}"))
        statements[label] = f"from {package} import Client; Client({CLIENT_ARGS})"
        contenders[label] = Contender.one(
            [python, "-c", statements[label]], env=runtime_env(src, "pycache-import")
        )
    timings = interleaved(contenders, runs)
    startup = timings["startup"]
    imported = {
        label: PackageImport(
            package,
            len(pages),
            _import(statements[label], timings[label], startup),
        )
        for label, (package, pages) in packages.items()
    }
    net_one, net_all = imported["one_page"].imported.net_s, imported["four_pages"].imported.net_s
    four_over_one = ratio(timings["four_pages"], timings["one_page"])
    return Imports(
        target_ratio=TARGET,
        startup=startup,
        one_page=imported["one_page"],
        four_pages=imported["four_pages"],
        ratio=four_over_one,
        net_ratio=round(net_all / net_one, 2) if net_one > 0 else None,
        meets_target=four_over_one <= TARGET,
        kucoin_universal_sdk=None if quick else _universal(runs),
    )


def _import(statement: str, timing: Timing, startup: Timing) -> Import:
    return Import(statement, timing, round(timing.median_s - startup.median_s, 4))


def _universal(runs: int) -> UniversalSdk | UniversalSdkFailed:
    """For reference: KuCoin's own SDK, its futures order module and its entry point."""
    try:
        version = ensure_venv(COMPARE_VENV, [UNIVERSAL_SDK])[UNIVERSAL_SDK]
        python = str(venv_python(COMPARE_VENV))
        env = dict(CHILD_ENV, PYTHONPYCACHEPREFIX=str(TMP / "pycache-compare"))
        env.pop("PYTHONPATH", None)
        module = f"import {UNIVERSAL_MODULE}"
        entry_point = f"from {UNIVERSAL_ENTRY} import DefaultClient"
        timings = interleaved(
            {
                statement: Contender.one([python, "-c", statement], env=env)
                for statement in ("pass", module, entry_point)
            },
            runs,
        )
    except Exception as error:
        return UniversalSdkFailed(describe(error))
    startup = timings["pass"]
    return UniversalSdk(
        version=version,
        startup=startup,
        module=_import(module, timings[module], startup),
        entry_point=_import(entry_point, timings[entry_point], startup),
    )
