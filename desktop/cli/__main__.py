"""`python -m desktop.cli`: the `carnet` command."""

import sys

from desktop.cli import main

sys.exit(main())
