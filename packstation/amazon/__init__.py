"""packstation.amazon (see DESIGN.md)."""
