"""packstation.devices (see DESIGN.md)."""
