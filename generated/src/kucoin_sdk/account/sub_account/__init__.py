"""The account subaccount endpoints of kucoin_sdk: `client.account.sub_account`.

`client` and `async_client` hold the service classes, `models` and `enums` the page's types,
`operations` its operations table. Nothing is imported here, so using another service never
loads this one.
"""
