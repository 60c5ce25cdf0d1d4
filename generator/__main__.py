"""`python -m generator` and the `sdkgen` script (`generator.__main__:run`): the command line."""

import gc
import os
import sys

from generator import COLLECTOR_THRESHOLDS


def run() -> int:
    """Run the command line as a process: collector thresholds raised from the start, and no
    interpreter teardown at the end.

    Importing the generator (its dataclasses, regexes and Jinja's modules) allocates enough
    to run the cyclic collector dozens of times, for nothing: so the thresholds go up before
    generator.cli is imported, not only when its `main` starts (which says why a run keeps
    them up). At the end every file sdkgen wrote is closed and its lock released with the
    file; what is left is freeing each object of the run one by one, 20 ms of a 300 ms run.
    The process flushes its output and leaves with `os._exit`, as mypy does."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    from generator.cli import main

    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        return status  # a closed pipe: the interpreter's own exit reports it, as it always did
    os._exit(status)


if __name__ == "__main__":
    sys.exit(run())
