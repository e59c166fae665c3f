"""The activities register: table, filters and editor."""
