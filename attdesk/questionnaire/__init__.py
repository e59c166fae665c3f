"""The questionnaire engine: definitions as data, answer checks, skip logic, completion and
carry-forward. No Qt and no SQL: the store persists answers, the GUI draws the pages."""
