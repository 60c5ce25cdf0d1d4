"""The account fee endpoints of kucoin_sdk: `client.account.fee`.

`client` and `async_client` hold the service classes, `models` and `enums` the page's types,
`operations` its operations table. Nothing is imported here, so using another service never
loads this one.
"""
