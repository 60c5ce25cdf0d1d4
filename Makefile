# sdkgen: every target creates .venv on first use, so a fresh machine needs only Python 3.11 and make.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: help install generate test lint check golden bench docs fuzz clean

help:
	@echo "make generate  create $(VENV) if needed, install sdkgen, regenerate generated/ from spec/"
	@echo "make test      run the test suite (installs first if needed)"
	@echo "make lint      ruff, black --check, mypy --strict, and the import rules of ARCHITECTURE.md"
	@echo "make check     fail (with a diff) when generated/ has drifted from spec/"
	@echo "make golden    rewrite the golden records (tests/golden/) from their test pages"
	@echo "make fuzz      10,000 mutated pages through the CLI, then 10,000 hostile answers through a client"
	@echo "make bench     benchmarks: bench/results.json, a table, and the figures in the docs (QUICK=1 for a short run)"
	@echo "make docs      write the figures of bench/results.json into README.md and docs/"

install: $(STAMP)

# Reinstall whenever the project's metadata (and so its dependency list) changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "sdkgen needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# The templates' compiled twins first (generator/sdk/templates.py), then every package spec/
# describes: each composition config (spec/kucoin_sdk.yaml) and any page none lists.
generate: $(STAMP)
	$(PY) -m generator.sdk.templates > /dev/null
	$(PY) -m generator generate

# pytest exits 5 when it collects nothing; for this project that means the suite is broken.
test: $(STAMP)
	@$(PY) -m pytest -q -n auto --dist loadfile --no-loadscope-reorder; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

# lint-imports checks ARCHITECTURE.md's import rules (the contracts in pyproject.toml); it
# takes under a second, so it keeps no cache in the checkout.
lint: $(STAMP)
	$(PY) -m ruff check generator tests tools bench
	$(PY) -m black --check --quiet generator tests tools bench
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache --no-logo

# Regenerate in memory and diff against generated/: exit 1 (with the diff) on drift.
check: $(STAMP)
	$(PY) -m generator check

# Rewrites tests/golden/ from tests/data/edge/*.md; review the diff before committing it
# (CONTRIBUTING.md says what to look for).
golden: $(STAMP)
	$(PY) -m generator.sdk.templates > /dev/null
	$(PY) tests/golden/update.py

# Mutates the real pages 10,000 times (FUZZ_CASES=N for another count); about 7 minutes. Every
# 20th case also goes through generate (its package must compile and import): about 5% more.
# Then 10,000 calls of the seed's client answered with hostile bodies, headers, statuses and
# transport errors (tools/fuzz_runtime.py): about a minute on one core.
fuzz: $(STAMP)
	$(PY) tools/fuzz.py --cases $(or $(FUZZ_CASES),10000)
	$(PY) tools/fuzz_runtime.py --cases $(or $(FUZZ_CASES),10000)

# Benchmarks: prints a table, writes bench/results.json (about 4 minutes; QUICK=1 for ~2),
# then the figures into the docs.
bench: $(STAMP)
	$(PY) -m bench.run $(if $(QUICK),--quick,)
	$(PY) -m bench.report

# The figures of bench/results.json into README.md and docs/, between <!-- bench:NAME -->
# markers (bench/report.py); tests/test_docs_figures.py fails while one is stale.
docs: $(STAMP)
	$(PY) -m bench.report

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
