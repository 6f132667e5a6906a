"""``python -m packstation`` runs the command-line interface."""

from packstation.cli import main

raise SystemExit(main())
