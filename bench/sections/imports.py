"""4. Import: importing a generated package and making a Client, a fresh process each, with
the runtime venv's Python: a package of one page against one composed of the four pages of
its family, and against the product (every page of spec/, spec/kucoin_sdk.yaml), all taking
turns with `python -c pass`. Without --quick, KuCoin's own SDK as a reference."""

from __future__ import annotations

from dataclasses import dataclass

from bench.commands import generate_into, generate_product, runtime_env
from bench.figures import duration, times, verdict
from bench.paths import FAMILY, PRODUCT_PACKAGE, SEED, TMP, fresh_dir, product_pages
from bench.sections.base import SpeedRow, TableRow
from bench.timing import CHILD_ENV, Contender, Timing, describe, interleaved, ratio
from bench.venvs import COMPARE_VENV, ensure_venv, runtime_python, venv_python

TARGET = 1.2  # a four-page package's import over a one-page package's: at most this
PRODUCT_TARGET = 1.1  # issue 21: the product's import over a one-page package's: at most this
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
class Growth:
    """A package of more pages against the one-page package: `ratio` is its median over the
    one-page package's, `net_ratio` the same less start-up, `meets_target` = `ratio <=
    target_ratio`."""

    bigger: PackageImport
    ratio: float
    net_ratio: float | None
    target_ratio: float
    meets_target: bool


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
    startup: Timing  # the runtime venv's `python -c pass`
    one_page: PackageImport
    four_pages: Growth
    product: Growth
    kucoin_universal_sdk: UniversalSdk | UniversalSdkFailed | None = None  # None: --quick
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = [
            ("  runtime venv: python -c pass", duration(self.startup.median_s), "")
        ]
        for entry in (self.one_page, self.four_pages.bigger, self.product.bigger):
            label = f"  {entry.package} ({entry.pages} page{'s' * (entry.pages > 1)})"
            imported = entry.imported
            rows.append(
                (label, duration(imported.timing.median_s), f"net {duration(imported.net_s)}")
            )
        for name, growth in (("four pages", self.four_pages), ("product", self.product)):
            met = verdict(growth.meets_target, "at most", growth.target_ratio)
            rows.append(
                (f"  {name} / one page", times(growth.ratio), f"net {growth.net_ratio}x; {met}")
            )
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

    def speed_rows(self) -> list[SpeedRow]:
        one, four = self.one_page.package, self._figure(self.four_pages)
        universal = self.kucoin_universal_sdk
        if isinstance(universal, UniversalSdk):
            four += (
                f"; KuCoin's own SDK: {duration(universal.module.timing.median_s)} "
                "for its order module"
            )
        four_pages, product = self.four_pages.bigger, self.product.bigger
        return [
            (
                f"`from {four_pages.package} import Client; Client(...)`, four pages vs one "
                f"(`{one}`)",
                four,
            ),
            (
                f"`from {product.package} import Client; Client(...)`, the product "
                f"({product.pages} pages) vs one page (`{one}`)",
                self._figure(self.product),
            ),
        ]

    def _figure(self, growth: Growth) -> str:
        bigger, one = growth.bigger.imported.timing, self.one_page.imported.timing
        return (
            f"{duration(bigger.median_s)} vs {duration(one.median_s)}: **{times(growth.ratio)}** "
            f"({verdict(growth.meets_target, 'at most', growth.target_ratio)})"
        )


def measure(runs: int, quick: bool) -> Imports:
    python = runtime_python()
    sources = {
        "one_page": ("kf_one", 1, generate_into([SEED], "kf_one", fresh_dir("import-kf_one"))),
        "four_pages": (
            "kf_all",
            len(FAMILY),
            generate_into(FAMILY, "kf_all", fresh_dir("import-kf_all")),
        ),
        "product": (
            PRODUCT_PACKAGE,
            len(product_pages()),
            generate_product(fresh_dir(f"import-{PRODUCT_PACKAGE}")),
        ),
    }
    statements = {}
    contenders = {"startup": Contender.one([python, "-c", "pass"])}
    for label, (package, _, src) in sources.items():
        statements[label] = f"from {package} import Client; Client({CLIENT_ARGS})"
        contenders[label] = Contender.one(
            [python, "-c", statements[label]], env=runtime_env(src, "pycache-import")
        )
    timings = interleaved(contenders, runs)
    startup = timings["startup"]
    imported = {
        label: PackageImport(package, pages, _import(statements[label], timings[label], startup))
        for label, (package, pages, _) in sources.items()
    }
    one = imported["one_page"]

    def growth(label: str, target: float) -> Growth:
        bigger = imported[label]
        over_one = ratio(timings[label], timings["one_page"])
        net_one, net_bigger = one.imported.net_s, bigger.imported.net_s
        return Growth(
            bigger=bigger,
            ratio=over_one,
            net_ratio=round(net_bigger / net_one, 2) if net_one > 0 else None,
            target_ratio=target,
            meets_target=over_one <= target,
        )

    return Imports(
        startup=startup,
        one_page=one,
        four_pages=growth("four_pages", TARGET),
        product=growth("product", PRODUCT_TARGET),
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
