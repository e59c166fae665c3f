"""Secretariat analysis: who received what, from whom, in which areas; gaps and overlaps."""
