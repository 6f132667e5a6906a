"""tr translations of the GUI (see build.py for the format)."""

TABLE: dict[str, str | list[str]] = {}
