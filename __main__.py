"""`python -m uhcwatch`: the command line."""

import sys

from uhcwatch.crawler.ui.cli import main

sys.exit(main())
