"""The broker services of kucoin_sdk: `client.broker`.

It holds `api`, `nd`, each a subpackage; `client` and `async_client` hold the group's
classes. Nothing is imported here, so using one service never loads another.
"""
