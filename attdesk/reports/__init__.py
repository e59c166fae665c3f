"""Documents for people: the submission PDF (ReportLab)."""
