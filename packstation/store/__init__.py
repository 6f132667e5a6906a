"""packstation.store (see DESIGN.md)."""
