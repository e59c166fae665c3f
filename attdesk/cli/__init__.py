"""The `attdesk` command: the GUI by default, sub-commands for work without a window."""
