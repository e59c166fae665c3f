"""Import and export of activity spreadsheets (CSV and XLSX) in one documented layout."""
