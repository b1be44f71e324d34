"""Allow ``python -m bienestar_central``."""

from bienestar_central.cli import main

raise SystemExit(main())
