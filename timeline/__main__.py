"""`python -m timeline ...`: the same command line as the `timeline` script, for an environment whose
scripts folder is not on PATH (or a checkout run with PYTHONPATH)."""

import sys

from timeline.cli import main

sys.exit(main())
