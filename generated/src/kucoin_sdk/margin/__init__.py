"""The margin services of kucoin_sdk: `client.margin`.

It holds `order`, `market`, `credit`, `debit`, `risk_limit`, each a subpackage; `client` and
`async_client` hold the group's classes. Nothing is imported here, so using one service
never loads another.
"""
