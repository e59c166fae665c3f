"""Submission exchange: the submission document, its schema, signing and the package file."""
