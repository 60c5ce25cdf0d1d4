"""The futures services of kucoin_sdk: `client.futures`.

It holds `order`, `market`, `positions`, `funding_fees`, each a subpackage; `client` and
`async_client` hold the group's classes. Nothing is imported here, so using one service
never loads another.
"""
