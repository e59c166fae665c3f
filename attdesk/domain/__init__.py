"""The field's vocabulary and rules: no Qt, no SQL."""
