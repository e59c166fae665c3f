"""Reusable widgets: searchable check lists, partial-date fields, pick lists, field errors."""
