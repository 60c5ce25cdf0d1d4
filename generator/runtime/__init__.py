"""The runtime of every generated SDK: real Python, copied verbatim into each package.

Every module here except this one and `_settings` is written into the generated package as
it is (see `generator.sdk.render.runtime_files`); the package's own `_settings.py` is rendered
from its config and holds every fact the config decides (hosts, envelope keys, error codes,
retry policy). The `_settings` beside this file is a stand-in with KuCoin's defaults, so the
runtime can be imported, linted, type-checked and unit-tested where it lives.

May import: each other (relatively), the standard library, httpx and pydantic; at run time,
the package's generated `models` module (by name, never statically). Never `generator`: this
code ships in SDKs that have no sdkgen installed.
"""
