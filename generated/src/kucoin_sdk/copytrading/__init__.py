"""The copytrading services of kucoin_sdk: `client.copytrading`.

It holds `futures`, each a subpackage; `client` and `async_client` hold the group's classes.
Nothing is imported here, so using one service never loads another.
"""
