"""`python -m generator` and the `sdkgen` script (`generator.__main__:run`): the command line."""

import gc
import sys


def run() -> int:
    """Run the command line with the cyclic collector's thresholds raised from the start.

    Importing the generator (its dataclasses, regexes and Jinja's modules) allocates enough
    to run the collector dozens of times, for nothing: so the thresholds go up before
    generator.cli is imported, not only when its `main` starts (which says why a run keeps
    them up)."""
    gc.set_threshold(100_000, 50, 100)
    from generator.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
