"""packstation.services (see DESIGN.md)."""
