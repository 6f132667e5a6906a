"""ZPL rendered to an image, for the label preview.

Uses the optional ``zplkit`` (OSL-3.0, extra ``preview``). Without it, :func:`render_png`
raises :class:`~printers.errors.PreviewUnavailable` with the install hint, and
:func:`preview_available` says so up front so a GUI can show a message instead.
"""

from __future__ import annotations

import importlib.util

from printers.errors import PreviewUnavailable

INSTALL_HINT = "label preview needs the optional zplkit package: pip install 'packstation[preview]'"


def preview_available() -> bool:
    return importlib.util.find_spec("zplkit") is not None


def render_png(zpl: bytes, *, width: int = 812, height: int = 1218, dpi: int = 203) -> list[bytes]:
    """PNG images (one per label) of ``zpl`` at ``dpi``; ``width``/``height`` in dots."""
    try:
        import zplkit
    except ImportError as exc:
        raise PreviewUnavailable(INSTALL_HINT) from exc
    try:
        document = zplkit.render(zpl, zplkit.Options(width=width, height=height, dpi=dpi))
        return [scene.png() for scene in document.labels]
    except ValueError as exc:
        raise PreviewUnavailable(f"this label cannot be previewed: {exc}") from exc
