"""Keep the golden projects' own generated tests (tests/golden/NAME/tests) out of a plain
`pytest` run: they import their package, which is only importable with
PYTHONPATH=tests/golden/NAME/src. tests/test_golden.py runs each of them that way, as
`python -m pytest -q -p no:cacheprovider tests/golden/NAME/tests`; a directory named on the
command line is collected despite this list."""

collect_ignore_glob = ["*/tests"]
