"""sdkgen: turn KuCoin's Widdershins-rendered API pages into a typed Python SDK."""

__version__ = "0.1.0"
