"""`python -m attdesk`: the same entry point as the `attdesk` command."""

from attdesk.cli.main import main

raise SystemExit(main())
