"""The account services of kucoin_sdk: `client.account`.

It holds `info`, `deposit`, `withdrawal`, `transfer`, `sub_account`, `fee`, each a
subpackage; `client` and `async_client` hold the group's classes. Nothing is imported here,
so using one service never loads another.
"""
