"""``python -m workshop ...``: the kit's command line, as ``workshop ...`` runs it (for a
facilitator whose environment has the package but not the script on its PATH)."""

from .cli import main

raise SystemExit(main())
