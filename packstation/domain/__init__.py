"""Pydantic models of the EF API and of packing (shipment, package, scan), and their rules.

Qt-free and I/O-free: the bottom of the application's layers above ``packstation.config``.
"""
