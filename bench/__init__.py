"""sdkgen's benchmarks: `python -m bench.run` measures, `python -m bench.report` writes the
figures into the docs (bench/README.md says what each figure means).

Each section (`bench/sections/`) measures into a frozen dataclass and renders its own rows: a
line of the printed table and a row of docs/speed.md. `results.py` holds the whole run and
its JSON shape (`shape.py` converts any of these dataclasses to and from JSON). Only the
standard library is imported here; the measured work runs in child processes.
"""
