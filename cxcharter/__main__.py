"""`python -m cxcharter`: the same as the `cxcharter` command."""

import sys

from cxcharter.cli import main

sys.exit(main())
