"""Allow ``python -m bienestar_field``."""

from bienestar_field.cli import main

raise SystemExit(main())
