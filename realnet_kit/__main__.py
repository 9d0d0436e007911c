"""``python -m realnet_kit`` does what the ``realnet`` command does."""

import sys

from realnet_kit.cli import main

sys.exit(main())
