"""packstation.sandbox (see DESIGN.md)."""
