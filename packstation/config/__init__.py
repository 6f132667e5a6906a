"""Configuration: where files live, settings, secrets and logging.

This is the bottom layer of the application: it imports nothing else from ``packstation``
and every other package may use it.
"""
