"""sdkgen: turn KuCoin's Widdershins-rendered API pages into a typed Python SDK."""

__version__ = "0.3.0"

COLLECTOR_THRESHOLDS = (100_000, 50, 100)
"""The cyclic garbage collector's thresholds while sdkgen runs (generator.cli.main says why);
generator.__main__ sets them before the imports too."""
