"""The broker ndbroker endpoints of kucoin_sdk: `client.broker.nd`.

`client` and `async_client` hold the service classes, `models` and `enums` the page's types,
`operations` its operations table. Nothing is imported here, so using another service never
loads this one.
"""
