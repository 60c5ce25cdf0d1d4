"""`python -m generator`: the sdkgen command line."""

import sys

from generator.cli import main

sys.exit(main())
