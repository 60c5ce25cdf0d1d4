"""Helpers the tests share: no tests here, only what test modules (and tools/fuzz*.py) import.

- `pages`: the repository's paths and the tests' own pages, placed as spec/ holds them.
- `cli_runner`: the command line run in-process (`run_in_process`) or as a process (`run_cli`).
- `editable_page`: a page broken in one place, line by line; `page_edits`: a page changed in
  one operation's section, as KuCoin edits its docs.
- `projects`: a generated project, its files and fixtures, Python and its own tests run in it.
- `mypy_cache`: mypy over generated packages, from a cache of what they import.
- `run_order`: the order `make test` hands modules to its workers.
- `seed_sdk`: the SDK generated from the seed page, called through a scripted mock KuCoin.
- `local_server`: a scripted KuCoin on 127.0.0.1, for the tests that need real sockets.
- `fuzzing`, `runtime_fuzzing`: the page and the runtime fuzzers (`make fuzz`, tests/test_fuzz.py);
  `mutations` (generic), `mutations_beyond` and `mutations_security` (aimed at the constructs
  beyond KuCoin's pages): the page fuzzer's edits, and the `Chooser` both fuzzers draw from.
- `oracle_models`: a second set of models built from the OpenAPI export (tests/test_oracle.py).
- `readme_examples`: a generated README's examples run against the package's fake server.
- `openapi_export`: an OpenAPI export validated as sdkgen writes it (a page's defaults as written).
- `seed_expectations`: facts a person read off the seed page.
"""
