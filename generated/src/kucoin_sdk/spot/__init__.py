"""The spot services of kucoin_sdk: `client.spot`.

It holds `order`, `market`, each a subpackage; `client` and `async_client` hold the group's
classes. Nothing is imported here, so using one service never loads another.
"""
