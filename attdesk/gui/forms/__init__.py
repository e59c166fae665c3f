"""Modules generated from ui/*.ui by packaging/build_generated.py (not committed)."""
